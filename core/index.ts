// The public API of followup-lint: everything the CLI, the language server, the VS Code extension
// and embedders may import. Nothing else in core/ or rules/ is public.
export {
  ConfigError,
  ConfigResolver,
  configSchema,
  findConfigFile,
  loadConfigFile,
  mergeConfig,
} from './config.js'
export { type ApplyFixesResult, applyEdits, applyFixes } from './fix.js'
export { docsUrl, lint } from './lint.js'
export { type LineColumn, LineIndex, lineColumn, offsetAt } from './positions.js'
export { type RuleInfo, ruleInfo, rules } from './registry.js'
export * from './types.js'
export const VERSION = '0.1.0'

// The public API of followup-lint: everything the CLI, the language server, the VS Code extension
// and embedders may import. Nothing else in core/ or rules/ is public.

export { LintCache } from './cache.js'
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
export {
  FRONTMATTER_KEYS,
  type FrontmatterData,
  type FrontmatterKey,
  frontmatterSchema,
  TIMING_KEYS,
} from './frontmatter-schema.js'
export {
  type FrontmatterIssue,
  type FrontmatterIssueCode,
  validateFrontmatter,
} from './frontmatter-validate.js'
export { vtimezone } from './ical-timezone.js'
export { checkSendTime, planFollowUps, type SendCheck, type SendInput, type SendProblem } from './planner.js'
export {
  DEFAULT_WINDOWS,
  type FollowUpKind,
  type FollowUpPlan,
  type PlanInput,
  type PlannedTime,
  type SendWindow,
  type TimeInput,
  TimingError,
  type WindowSettings,
  type WindowStatus,
} from './timing.js'
export {
  checkFrontmatterSend,
  type FrontmatterTiming,
  planFromFrontmatter,
  type TimingDefaults,
  timingFromFrontmatter,
} from './timing-frontmatter.js'

// Configuration: schema (zod, also exported as JSON Schema), validation with file/line/key errors,
// and discovery of `.followuplintrc.json|yaml|yml` or a `followup-lint` key in package.json by
// walking up from a file. Config is data only: nothing here ever imports or evaluates user files.
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { RULES } from '../rules/index.js'
import type { AnyRule } from './rule.js'
import { type Config, INDUSTRIES } from './types.js'
import { didYouMean } from './words.js'

export const CONFIG_FILES = [
  '.followuplintrc.json',
  '.followuplintrc.yaml',
  '.followuplintrc.yml',
  'package.json',
]

const severity = z.enum(['off', 'info', 'warning', 'error'])

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isValidZone, { message: 'Unknown time zone; use an IANA name such as "America/New_York"' })

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour "HH:MM", e.g. "08:00"')

const schemaCache = new WeakMap<readonly AnyRule[], ReturnType<typeof buildConfigSchema>>()

/** The config schema, with one typed entry per registered rule (built once per rule list). */
export function configSchema(rules: readonly AnyRule[] = RULES) {
  let schema = schemaCache.get(rules)
  if (!schema) {
    schema = buildConfigSchema(rules)
    schemaCache.set(rules, schema)
  }
  return schema
}

function buildConfigSchema(rules: readonly AnyRule[]) {
  const ruleShape: Record<string, z.ZodType> = {}
  const phraseShape: Record<string, z.ZodType> = {}
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const options = (rule.options as z.ZodType | undefined) ?? z.strictObject({})
    ruleShape[rule.id] = z
      .union([severity, z.tuple([severity]), z.tuple([severity, options])])
      .describe(`${rule.description} (default: ${rule.severity})`)
    if (rule.phrases) {
      phraseShape[rule.id] = z
        .strictObject({
          add: z.array(z.string().min(1)).optional().describe('Patterns to add to the list'),
          remove: z.array(z.string().min(1)).optional().describe('Entry ids or patterns to remove'),
        })
        .describe(`Edit the phrase list of ${rule.id}`)
    }
  }
  return z
    .strictObject({
      $schema: z.string().optional(),
      rules: z
        .strictObject(ruleShape)
        .partial()
        .optional()
        .describe('Rule id → severity or [severity, options]'),
      industry: z.enum(INDUSTRIES).optional().describe('Shifts the default follow-up windows'),
      timezone: timeZoneSchema.optional().describe('Your IANA time zone, for times without an offset'),
      businessHours: z
        .strictObject({
          start: clock.optional(),
          end: clock.optional(),
          days: z.array(z.number().int().min(1).max(7)).optional().describe('ISO weekdays, 1 = Monday'),
        })
        .optional()
        .describe("The recipient's business hours (default Mon–Fri 08:00–18:00)"),
      phrases: z.strictObject(phraseShape).partial().optional().describe('Extend or trim phrase lists'),
      templates: z.array(z.string()).optional().describe('Globs of template files'),
      variables: z.array(z.string()).optional().describe('Placeholders allowed in templates, e.g. "company"'),
      maxFileSize: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Largest file to lint, in bytes (default 1 MB)'),
    })
    .describe('followup-lint configuration')
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly key: string | undefined,
  ) {
    const where = file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ` : ''
    super(`${where}${key ? `"${key}": ` : ''}${message}`)
    this.name = 'ConfigError'
  }
}

interface Located {
  file?: string
  text?: string
  /** Path of the config object inside the file (["followup-lint"] in package.json). */
  prefix?: Array<string | number>
}

/** Validate raw config data. Throws ConfigError naming the file, line and key. */
export function validateConfig(raw: unknown, where: Located = {}, rules: readonly AnyRule[] = RULES): Config {
  const result = configSchema(rules).safeParse(raw ?? {})
  if (result.success) {
    const { $schema: _ignored, ...config } = result.data
    return config as Config
  }
  const issue = deepest(result.error.issues[0]!)
  let path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  let message = issue.message
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!
    const parent = path.at(-1)
    const known =
      parent === 'rules' || parent === 'phrases'
        ? rules.map((r) => r.id)
        : path.length === 0
          ? Object.keys(configSchema(rules).shape)
          : []
    const guess = didYouMean(key, known)
    message =
      parent === 'rules' || parent === 'phrases'
        ? `Unknown rule "${key}"${guess ? `; did you mean "${guess}"?` : ''}`
        : `Unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ''}`
    path = [...path, key]
  }
  const key = path.join('.') || undefined
  let line: number | undefined
  let column: number | undefined
  if (where.text !== undefined) {
    const pos = locate(where.text, [...(where.prefix ?? []), ...path])
    line = pos?.line
    column = pos?.col
  }
  throw new ConfigError(message, where.file, line, column, key)
}

type Issue = z.core.$ZodIssue
/** In a union failure, the branch that got furthest says most ("expected boolean" over "invalid input"). */
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue
  let best: Issue | undefined
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (!best || inner.path.length > best.path.length) best = inner
    }
  }
  if (!best || best.path.length === 0) return issue
  const resolved = deepest(best)
  return { ...resolved, path: [...issue.path, ...resolved.path] } as Issue
}

function locate(text: string, path: Array<string | number>): { line: number; col: number } | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n)
    // Point at the key when the path ends at a map entry, else at the value.
    const parent = sub.length ? doc.getIn(sub.slice(0, -1), true) : undefined
    const pair =
      parent && typeof parent === 'object' && 'items' in parent
        ? (parent.items as Array<{ key?: { value?: unknown; range?: number[] } }>).find(
            (p) => p.key?.value === sub.at(-1),
          )
        : undefined
    const node = (pair?.key ?? doc.getIn(sub, true)) as { range?: number[] } | undefined
    if (node?.range?.[0] !== undefined) return lineCounter.linePos(node.range[0])
  }
  return undefined
}

/** Read and validate one config file (JSON or YAML; package.json's `followup-lint` key). */
export function loadConfigFile(file: string): Config {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(
      `Cannot read config: ${(error as NodeJS.ErrnoException).code ?? error}`,
      file,
      0,
      0,
      undefined,
    )
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!
    const pos = lineCounter.linePos(e.pos[0])
    throw new ConfigError(
      `Not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`,
      file,
      pos.line,
      pos.col,
      undefined,
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    // An alias bomb ("Excessive alias count…") and the like: bad input, not a crash.
    const kind = file.endsWith('.json') ? 'JSON' : 'YAML'
    throw new ConfigError(`Not valid ${kind}: ${(error as Error).message}`, file, 1, 1, undefined)
  }
  if (file.endsWith('package.json')) {
    const section = (data as Record<string, unknown> | null)?.['followup-lint']
    return validateConfig(section ?? {}, { file, text, prefix: ['followup-lint'] })
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ConfigError('The config must be an object of settings', file, 1, 1, undefined)
  }
  return validateConfig(data ?? {}, { file, text })
}

function hasConfigKey(packageJson: string): boolean {
  try {
    const data = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>
    return data !== null && typeof data === 'object' && 'followup-lint' in data
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The nearest config file for a file or directory, walking up to the file system root. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start)
  if (isFile(dir)) dir = dirname(dir)
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name)
      if (!isFile(candidate)) continue
      if (name === 'package.json' && !hasConfigKey(candidate)) continue
      return candidate
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Caches config lookups per directory for a run over many files. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>()
  private readonly byFile = new Map<string, Config>()

  /** Config for a file: the nearest config file's contents, or `{}`. Throws ConfigError. */
  forFile(path: string): { config: Config; file: string | undefined } {
    const dir = dirname(resolve(path))
    let file = this.byDir.get(dir)
    if (!this.byDir.has(dir)) {
      file = findConfigFile(dir)
      this.byDir.set(dir, file)
    }
    if (!file) return { config: {}, file: undefined }
    let config = this.byFile.get(file)
    if (!config) {
      config = loadConfigFile(file)
      this.byFile.set(file, config)
    }
    return { config, file }
  }
}

/** Merge configs; later wins, rules and phrases merged per id. */
export function mergeConfig(...configs: Array<Config | undefined>): Config {
  const out: Config = {}
  for (const c of configs) {
    if (!c) continue
    const { rules, phrases, businessHours, ...rest } = c
    Object.assign(out, rest)
    if (rules) out.rules = { ...out.rules, ...rules }
    if (phrases) out.phrases = { ...out.phrases, ...phrases }
    if (businessHours) out.businessHours = { ...out.businessHours, ...businessHours }
  }
  return out
}

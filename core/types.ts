// The core's public data types. Everything a shell (CLI, server, embedder) sees is declared here.
// Offsets are UTF-16 code-unit indices into the text given to `lint` (what JavaScript strings use
// and what LSP counts); `end` is exclusive.
import type { LintCache } from './cache.js'

export type Severity = 'info' | 'warning' | 'error'
export type SeveritySetting = Severity | 'off'

export const KINDS = ['thank-you', 'status-inquiry', 'second-follow-up', 'after-rejection'] as const
export type Kind = (typeof KINDS)[number]

export const CHANNELS = ['email', 'linkedin', 'letter'] as const
export type Channel = (typeof CHANNELS)[number]

export const INDUSTRIES = ['tech', 'startup', 'corporate', 'government', 'creative', 'other'] as const
export type Industry = (typeof INDUSTRIES)[number]

/** Replace `text.slice(start, end)` with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
  /** The same insertion as an LSP snippet (`${1:topic}` tab stops), for clients that take snippets. */
  snippet?: string
}

/** A safe fix: applied by `--fix` and `source.fixAll`. */
export interface Fix {
  title: string
  edits: Edit[]
}

/** A suggestion: offered as a quick fix, never applied automatically. */
export interface Suggestion {
  title: string
  edits: Edit[]
}

export interface LintMessage {
  /** Rule id, or `internal-error` / `unknown-rule` for problems of the linter itself. */
  ruleId: string
  /** Rule-local message id (camelCase), stable across wording changes. */
  messageId: string
  severity: Severity
  message: string
  /** UTF-16 offsets, end exclusive. */
  start: number
  end: number
  docsUrl: string
  fix?: Fix
  suggestions?: Suggestion[]
}

export type FixKind = false | 'safe' | 'suggestion'

export interface FrontmatterField {
  key: string
  /** Range of the key, and of the value when present. */
  keyStart: number
  keyEnd: number
  valueStart: number
  valueEnd: number
}

export interface Frontmatter {
  /** Range of the whole block including the `---` fences. */
  start: number
  end: number
  /** Range of the YAML inside the fences. */
  contentStart: number
  contentEnd: number
  /** Parsed data (a plain object), or null when the YAML is malformed or not a mapping. */
  data: Record<string, unknown> | null
  fields: FrontmatterField[]
  /** YAML syntax errors with absolute offsets. */
  errors: Array<{ message: string; start: number; end: number }>
}

export interface BusinessHours {
  /** "HH:MM", recipient's local time. */
  start: string
  end: string
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[]
}

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>]

/** Phrase-list edits for one rule (Vale-style vocabularies). */
export interface PhraseEdits {
  add?: string[]
  remove?: string[]
}

/** The configuration a user writes (all optional). */
export interface Config {
  rules?: Record<string, RuleSetting>
  industry?: Industry
  timezone?: string
  businessHours?: Partial<BusinessHours>
  phrases?: Record<string, PhraseEdits>
  templates?: string[]
  variables?: string[]
  maxFileSize?: number
}

export interface LintOptions {
  /**
   * The configuration. Treated as immutable: it is validated once per object, so pass a new object
   * to change it rather than editing one already linted with.
   */
  config?: Config
  /** Path of the file (for template globs and messages); not read. */
  filePath?: string
  /** Treat the text as a template (declared variables are allowed). */
  template?: boolean
  /** The clock for timing rules. Defaults to the real clock. */
  now?: Date
  /**
   * A memo for linting successive versions of one document (see `LintCache`): same results, less
   * work per edit. Use one per document; omit it for one-off lints.
   */
  cache?: LintCache
}

export interface LintResult {
  messages: LintMessage[]
  frontmatter: Frontmatter | null
  kind: Kind | null
  /** Where `kind` came from. */
  kindSource: 'frontmatter' | 'inferred' | 'none'
}

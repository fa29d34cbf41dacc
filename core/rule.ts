// The rule contract. A rule is one object: typed metadata plus `create(ctx)`, which reads the parsed
// document and calls `ctx.report`. The engine checks what rules report (declared message ids,
// ranges inside the text, only the fix kinds the rule declared).
import type { z } from 'zod'
import type { Document, Sentence } from './document.js'
import type { PhraseHit, PhraseListData } from './phrases.js'
import type { Edit, FixKind, Frontmatter, Kind, Severity } from './types.js'

export const DOCS_BASE = 'https://github.com/followup-lint/followup-lint/blob/main/rules/docs/'

export interface RuleReport {
  messageId: string
  data?: Record<string, string | number>
  start: number
  end: number
  /** A safe fix; only for rules with `fix: 'safe'`. */
  fix?: { title: string; edits: Edit[] }
  /** Suggestions; for rules with `fix: 'safe'` or `'suggestion'`. */
  suggest?: Array<{ title: string; edits: Edit[] }>
}

export interface RuleSettings {
  template: boolean
  variables: readonly string[]
  filePath: string | undefined
  industry: string | undefined
  timezone: string | undefined
  businessHours: { start: string; end: string; days: number[] }
  now: Date
}

export interface RuleContext<O> {
  readonly id: string
  readonly text: string
  readonly doc: Document
  readonly frontmatter: Frontmatter | null
  readonly kind: Kind | null
  readonly kindSource: 'frontmatter' | 'inferred' | 'none'
  readonly options: O
  readonly settings: RuleSettings
  report(report: RuleReport): void
  /**
   * Phrase hits of this rule's list (with the user's config edits) in the given sentences. Entries
   * marked `strict` count only when the rule's `strict` option is true; entries with `kinds` only in
   * notes of those kinds.
   */
  findPhrases(sentences?: readonly Sentence[]): PhraseHit[]
  /**
   * `compute()`, or its result from an earlier version of this draft when the engine was given a
   * LintCache. `key` must name everything the result depends on (typically a sentence's text).
   */
  memo<T>(key: string, compute: () => T): T
  /** Sentences of the writer's prose: not the subject line, not the signature. */
  readonly prose: readonly Sentence[]
}

export interface Rule<O = Record<string, unknown>> {
  id: string
  /** One line: what the rule asks of a note. */
  description: string
  /** Why it matters, citing the guidance in the seed documents (shown on hover). */
  rationale: string
  /** Seed documents and sections the rule encodes, e.g. `001 (Don't Assume the Outcome)`. */
  evidence: string[]
  severity: Severity
  fix: FixKind
  messages: Record<string, string>
  /** Zod schema of the rule's options; `parse({})` must give the defaults. */
  options?: z.ZodType<O>
  /** The rule's phrase list (from `rules/data/<id>.yml`), if it is phrase-driven. */
  phrases?: PhraseListData
  create(ctx: RuleContext<O>): void
}

/** Identity helper that types a rule's options from its schema. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds rules of every option type
export type AnyRule = Rule<any>

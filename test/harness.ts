// The one helper every data-driven test goes through: read a fixture (with optional options in a
// leading `<!-- fixture {json} -->` comment), lint it, and render readable caret snapshots.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  applyFixes,
  LineIndex,
  type LintMessage,
  type LintOptions,
  type LintResult,
  lint,
} from '../core/index.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = join(ROOT, 'fixtures')
export const NOW = new Date('2026-11-22T12:00:00Z')

export interface Fixture {
  path: string
  name: string
  text: string
  options: LintOptions
}

export function readFixture(path: string): Fixture {
  const text = readFileSync(path, 'utf8')
  // Options ride in a `<!-- fixture {json} -->` comment: first line, or anywhere (e.g. the last line
  // of a note whose frontmatter must start at offset 0).
  const m = /<!-- fixture (\{[\s\S]*?\}) -->/.exec(text)
  const extra = m ? (JSON.parse(m[1]!) as { now?: string } & LintOptions) : {}
  const options: LintOptions = { ...extra, now: extra.now ? new Date(extra.now) : NOW }
  return { path, name: path.split('/').pop()!, text, options }
}

export function lintFixture(f: Fixture): LintResult {
  return lint(f.text, f.options)
}

export function ruleFixtures(ruleId: string): { ok: Fixture[]; notOk: Fixture[] } {
  // A rule's own fixtures, plus the regressions found for it (fixtures/regressions/<id>/).
  const out: { ok: Fixture[]; notOk: Fixture[] } = { ok: [], notOk: [] }
  for (const dir of [join(FIXTURES, 'rules', ruleId), join(FIXTURES, 'regressions', ruleId)]) {
    let files: string[] = []
    try {
      files = readdirSync(dir).sort()
    } catch {}
    const pick = (prefix: string) =>
      files
        .filter((f) => f.startsWith(prefix) && f.endsWith('.md') && !f.endsWith('.fixed.md'))
        .map((f) => readFixture(join(dir, f)))
    out.ok.push(...pick('ok-'))
    out.notOk.push(...pick('not-ok-'))
  }
  return out
}

/** Caret-underlined rendering of messages, for snapshots people can review. */
export function render(text: string, messages: readonly LintMessage[]): string {
  const index = new LineIndex(text)
  const lines = text.split(/\r\n|\r|\n/)
  const out: string[] = []
  for (const m of messages) {
    const s = index.lineColumn(m.start)
    const e = index.lineColumn(m.end)
    out.push(
      `${s.line + 1}:${s.column + 1}-${e.line + 1}:${e.column + 1} ${m.severity} ${m.ruleId}/${m.messageId}`,
    )
    const line = lines[s.line] ?? ''
    const lead = [...line.slice(0, s.column)].length
    const width =
      e.line === s.line
        ? Math.max(1, [...line.slice(s.column, e.column)].length)
        : Math.max(1, [...line.slice(s.column)].length)
    out.push(`  | ${line}`)
    out.push(`  | ${' '.repeat(lead)}${'^'.repeat(width)}`)
    out.push(`  ${m.message}`)
    if (m.fix) out.push(`  fix: ${m.fix.title}`)
    for (const sug of m.suggestions ?? []) out.push(`  suggestion: ${sug.title}`)
  }
  return `${out.join('\n')}\n`
}

/** Apply a rule's safe fixes, or else the first suggestion of each of its messages. */
export function fixWith(text: string, messages: readonly LintMessage[]): string {
  const asFixes = messages.map((m) =>
    m.fix
      ? m
      : m.suggestions?.[0]
        ? { ...m, fix: { title: m.suggestions[0].title, edits: m.suggestions[0].edits } }
        : m,
  )
  return applyFixes(text, asFixes).output
}

/** A realistic draft no rule flags, for tests whose exit codes must speak only of the case under test. */
export const CLEAN_DRAFT = `Subject: Thank you for the Data Analyst interview

Dear Ms. Rivera,

Thank you for meeting with me on Tuesday. I enjoyed our discussion about the Q3 churn dashboard and
how your team moved reporting to dbt. I remain very interested in the Data Analyst role.

Best regards,
Sam Okafor
`

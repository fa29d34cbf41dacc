// Shared by the editor end-to-end tests: find an editor binary, and decide whether its absence is
// a skip (a developer machine) or a failure (CI, where .ci/run installs it).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyEdits, lint } from '../../core/index.js'

export const NOW = '2026-11-22T12:00:00Z'

export function which(bin: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() || undefined : undefined
}

/** Run the suite when the editor is installed; in CI a missing editor is a failure, not a skip. */
export function editorAvailability(bin: string): { path: string | undefined; run: boolean } {
  const path = which(bin)
  return { path, run: path !== undefined || Boolean(process.env.CI) }
}

/** A draft where the fix sits after an emoji (UTF-16 and byte columns differ there). */
export const DRAFT = `---
kind: thank-you
to: Dana Lee
company: Acme
---

Dear Ms. Lee,

Thank you for the interview 😀 and the tour of [Company Name] on Tuesday.
`

export function draftDir(text = DRAFT): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'followup-lint-e2e-'))
  const file = join(dir, 'draft.md')
  writeFileSync(file, text)
  return { dir, file }
}

/** What the draft must read after the quick fix titled `title` for `rule`: the core's own edit. */
export function expectedAfterFix(text: string, rule: string, title: string): { text: string; count: number } {
  const messages = lint(text, { now: new Date(NOW) }).messages.filter((m) => m.ruleId === rule)
  const fix = messages.flatMap((m) => [m.fix, ...(m.suggestions ?? [])]).find((f) => f?.title.includes(title))
  if (!fix) throw new Error(`no "${title}" fix for ${rule}`)
  return { text: applyEdits(text, fix.edits), count: messages.length }
}

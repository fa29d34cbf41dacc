// source.fixAll: the core's applyFixes, re-linting until no safe fix is left (as `--fix` does).
// The result is the fixes' own edits when one pass was enough, else one edit spanning the change.
import { applyEdits, applyFixes, type Edit, type LintMessage, type LintResult } from '../core/index.js'
import { diffEdit } from './edits.js'

const MAX_PASSES = 10

function disjoint(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!
    const cur = sorted[i]!
    if (cur.start < prev.end || (cur.start === prev.start && cur.start === cur.end)) return false
  }
  return true
}

/** Edits applying every safe fix, or undefined when there is none. Without `relint`, one pass only
 *  (what the lightbulb shows cheaply; fixes that overlapped are left for the next request). */
export function fixAllEdits(
  text: string,
  messages: readonly LintMessage[],
  relint?: (text: string) => LintResult,
): Edit[] | undefined {
  let current = text
  let pending = messages
  let firstPass: Edit[] | undefined
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { output, fixed } = applyFixes(current, pending)
    if (fixed.length === 0 || output === current) break
    if (pass === 0) firstPass = fixed.flatMap((m) => m.fix?.edits ?? [])
    current = output
    if (!relint) break
    pending = relint(current).messages
    if (!pending.some((m) => m.fix)) break
  }
  if (current === text) return undefined
  if (firstPass && disjoint(firstPass)) {
    try {
      if (applyEdits(text, firstPass) === current) return firstPass
    } catch {
      // Fall through to the single spanning edit.
    }
  }
  return [diffEdit(text, current)]
}

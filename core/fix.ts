// Apply safe fixes: each fix is one unit (all of its edits or none); fixes whose span overlaps an
// earlier one are left for the next pass. Edits are applied right to left so offsets stay valid.
import type { Edit, LintMessage } from './types.js'

export interface ApplyFixesResult {
  output: string
  /** The messages whose fixes were applied. */
  fixed: LintMessage[]
  /** Messages with fixes that were skipped (overlap); a second pass may apply them. */
  skipped: LintMessage[]
}

export function applyFixes(text: string, messages: readonly LintMessage[]): ApplyFixesResult {
  const withFix = messages
    .filter((m) => m.fix && m.fix.edits.length > 0)
    .map((m) => {
      const edits = [...m.fix!.edits].sort((a, b) => a.start - b.start || a.end - b.end)
      return { m, edits, start: edits[0]!.start, end: Math.max(...edits.map((e) => e.end)) }
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)

  const accepted: typeof withFix = []
  const skipped: LintMessage[] = []
  let lastEnd = -1
  let lastInsertAt = -1
  for (const f of withFix) {
    const valid = f.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length)
    // Two insertions at the same point conflict too (their order would be arbitrary).
    const insertion = f.start === f.end
    // Overlapping deletions compose safely: delete the union (clip this one to what is left).
    const deletion = f.edits.length === 1 && f.edits[0]!.text === ''
    // Only after a single deletion (its span is what it deletes): a fix of several deletions keeps
    // the text between them, which clipping this one to its end would wrongly keep too.
    const prev = accepted.at(-1)
    const prevDeletion =
      prev !== undefined && prev.edits.length <= 1 && prev.edits.every((e) => e.text === '')
    if (valid && deletion && prevDeletion && f.start < lastEnd) {
      if (f.end > lastEnd)
        accepted.push({ ...f, start: lastEnd, edits: [{ start: lastEnd, end: f.end, text: '' }] })
      else accepted.push({ ...f, edits: [] })
      lastEnd = Math.max(lastEnd, f.end)
      continue
    }
    if (!valid || f.start < lastEnd || (insertion && f.start === lastInsertAt)) {
      skipped.push(f.m)
      continue
    }
    accepted.push(f)
    lastEnd = f.end
    lastInsertAt = insertion ? f.start : -1
  }
  const edits: Edit[] = accepted.flatMap((f) => f.edits).sort((a, b) => b.start - a.start || b.end - a.end)
  let output = text
  for (const e of edits) output = output.slice(0, e.start) + e.text + output.slice(e.end)
  return { output, fixed: accepted.map((f) => f.m), skipped }
}

/** Apply one set of edits (a suggestion chosen by the user). Throws on overlapping edits. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end)
  let output = text
  let floor = Number.POSITIVE_INFINITY
  for (const e of sorted) {
    if (e.end > floor || e.start < 0 || e.end > text.length || e.end < e.start)
      throw new RangeError('bad edit')
    output = output.slice(0, e.start) + e.text + output.slice(e.end)
    floor = e.start
  }
  return output
}

// "Disable <rule> for this line / for this file": insert the core's suppression comments
// (`<!-- followup-lint-disable-next-line id -->` above the line, `<!-- followup-lint-disable id -->`
// at the top after the frontmatter), or add the id to such a comment already there.
import type { Edit, Frontmatter } from '../core/index.js'

const NEXT_LINE = /^([ \t]*)<!--\s*followup-lint-disable-next-line\b([^\n]*?)\s*-->[ \t]*$/
const FILE = /^<!--\s*followup-lint-disable\s+([^\n]*?)\s*-->[ \t]*$/

function lineStart(text: string, offset: number): number {
  let i = offset
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--
  return i
}

function lineEnd(text: string, offset: number): number {
  let i = offset
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
  return i
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** Add `id` to an existing comment's id list, or undefined if it is already there. */
function addId(text: string, start: number, end: number, id: string): Edit | undefined {
  const comment = text.slice(start, end)
  const close = comment.lastIndexOf('-->')
  const ids = comment.slice(0, close).split(/[\s,]+/)
  if (ids.includes(id)) return undefined
  let at = start + close
  while (at > start && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  return { start: at, end: at, text: ` ${id}` }
}

/** Edit that silences `id` on the line holding `offset`; undefined if it cannot (inside frontmatter). */
export function disableLineEdit(
  text: string,
  offset: number,
  id: string,
  fm: Frontmatter | null,
): Edit | undefined {
  if (fm && offset >= fm.start && offset < fm.end) return undefined
  const start = lineStart(text, offset)
  if (start > 0) {
    let prevEnd = start - 1
    if (text[prevEnd] === '\n' && text[prevEnd - 1] === '\r') prevEnd--
    const prevStart = lineStart(text, prevEnd)
    if (NEXT_LINE.test(text.slice(prevStart, prevEnd)))
      return addId(text, prevStart, prevEnd, id) ?? undefined
  }
  const indent = /^[ \t]*/.exec(text.slice(start, lineEnd(text, start)))?.[0] ?? ''
  return { start, end: start, text: `${indent}<!-- followup-lint-disable-next-line ${id} -->${eol(text)}` }
}

/** Where a file-level comment goes: the start of the first line after the frontmatter. */
export function fileDirectiveOffset(text: string, fm: Frontmatter | null): number {
  if (!fm) return text.charCodeAt(0) === 0xfeff ? 1 : 0
  let at = fm.end
  if (text[at] === '\r') at++
  if (text[at] === '\n') at++
  return at
}

/** Edit that silences `id` in the whole file; undefined if a message at `offset` would stay. */
export function disableFileEdit(
  text: string,
  offset: number,
  id: string,
  fm: Frontmatter | null,
): Edit | undefined {
  const at = fileDirectiveOffset(text, fm)
  // The core's region comments cover what follows them; a message above the comment stays.
  if (offset < at) return undefined
  const existing = text.slice(at, lineEnd(text, at))
  if (FILE.test(existing)) return addId(text, at, at + existing.length, id)
  const nl = eol(text)
  const separator = at < text.length && /^[ \t]*\S/.test(text.slice(at, lineEnd(text, at))) ? nl : ''
  const lead = at === text.length && at > 0 && !text.endsWith('\n') ? nl : ''
  return { start: at, end: at, text: `${lead}<!-- followup-lint-disable ${id} -->${nl}${separator}` }
}

// The suggestion of require-gratitude: a sentence of thanks for the kind of note (thanksEdit), put
// after the greeting or subject line as a paragraph of its own, or at the start of the note.
import { fmString } from '../../core/frontmatter.js'
import type { Frontmatter, Kind } from '../../core/types.js'

/** Escape text for an LSP snippet. */
const snip = (s: string) => s.replace(/[\\$}]/g, '\\$&')

function sentences(kind: Kind | null, role: string | undefined, company: string | undefined) {
  const at = company ? ` at ${company}` : ''
  if (kind === 'after-rejection')
    return {
      text: `Thank you for letting me know, and for the time you spent considering my application${role ? ` for the ${role} position` : ''}.`,
      snippet: `Thank you for letting me know, and for the time you spent considering me for the \${1:${snip(role ?? 'job title')}} position.`,
    }
  return {
    text: role
      ? `Thank you for taking the time to meet with me to discuss the ${role} position${at}.`
      : 'Thank you for taking the time to meet with me and for the conversation about the role.',
    snippet: `Thank you for taking the time to meet with me \${1:yesterday} to discuss the \${2:${snip(role ?? 'job title')}} position${snip(at)}.`,
  }
}

/**
 * The edit that adds the sentence: after `anchor` (the end of the greeting or subject line) when there
 * is one, else at `start` (the start of the note).
 */
export function thanksEdit(
  text: string,
  kind: Kind | null,
  frontmatter: Frontmatter | null,
  anchor: number | undefined,
  start: number,
): { start: number; end: number; text: string; snippet: string } {
  const role = fmString(frontmatter, 'role')
  const company = fmString(frontmatter, 'company')
  const { text: sentence, snippet } = sentences(kind, role, company)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  let edit: { start: number; end: number; text: string; snippet: string }
  if (anchor !== undefined) {
    // After the greeting (or subject line), as a paragraph of its own, mirroring the note's spacing.
    const gap = /^[ \t]*((?:\r?\n[ \t]*)*)/.exec(text.slice(anchor))!
    const breaks = gap[1]!.replace(/[ \t]/g, '')
    const restOfLine = anchor + gap[0].length < text.length && breaks === ''
    if (restOfLine) {
      // "Dear Dana, our talk…": break the line and capitalise what followed.
      const next = anchor + gap[0].length
      // One whole character (an emoji or other astral character is two UTF-16 units).
      const first = String.fromCodePoint(text.codePointAt(next) ?? 32)
      const upper = first.toUpperCase()
      const sep = `${eol}${eol}`
      edit = {
        start: anchor,
        end: next + first.length,
        text: `${sep}${sentence}${sep}${upper}`,
        snippet: '',
      }
      edit.snippet = `${sep}${snippet}${sep}${snip(upper)}`
    } else {
      // Keep a blank line on both sides: reuse the note's own blank line, or make one.
      const blank = (breaks.match(/\n/g) ?? []).length >= 2
      const [before, after] = blank ? [breaks, ''] : [`${eol}${eol}`, breaks ? eol : '']
      edit = {
        start: anchor,
        end: anchor,
        text: `${before}${sentence}${after}`,
        snippet: `${before}${snippet}${after}`,
      }
    }
  } else {
    const sep = `${eol}${eol}`
    edit = { start, end: start, text: `${sentence}${sep}`, snippet: `${snippet}${sep}` }
  }
  return edit
}

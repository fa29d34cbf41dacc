// The suggestion of require-interest (interestEdit): a sentence restating interest in the role (after
// a rejection, in future openings), as its own paragraph before the sign-off, or after the last
// paragraph of prose when there is none.
import type { Sentence } from '../../core/document.js'
import { fmString } from '../../core/frontmatter.js'
import type { LineRange } from '../../core/structure.js'
import type { Frontmatter, Kind } from '../../core/types.js'

/** Escape text for an LSP snippet. */
const snip = (s: string) => s.replace(/[\\$}]/g, '\\$&')
function sentenceFor(kind: Kind | null, role: string | undefined, company: string | undefined) {
  if (kind === 'after-rejection') {
    const where = company ?? 'your team'
    return {
      text: `I remain very interested in ${where}, and I would welcome the chance to be considered for future openings.`,
      snippet: `I remain very interested in \${1:${snip(where)}}, and I would welcome the chance to be considered for \${2:future openings}.`,
    }
  }
  const what = role ? `the ${role} position` : 'the role'
  const where = company ?? 'your team'
  return {
    text: `I remain very interested in ${what} and would welcome the chance to contribute to ${where}.`,
    snippet: `I remain very interested in the \${1:${snip(role ?? 'job title')}} position and would welcome the chance to contribute to \${2:${snip(where)}}.`,
  }
}

/**
 * The edit that adds the sentence, and the range the message points at: the closing, or else the
 * last sentence of `body` with four words or more.
 */
export function interestEdit(
  text: string,
  kind: Kind | null,
  frontmatter: Frontmatter | null,
  closing: LineRange | null,
  body: readonly Sentence[],
): {
  edit: { start: number; end: number; text: string; snippet: string }
  target: { start: number; end: number }
} {
  const role = fmString(frontmatter, 'role')
  const company = fmString(frontmatter, 'company')
  const { text: sentence, snippet } = sentenceFor(kind, role, company)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  let edit: { start: number; end: number; text: string; snippet: string }
  let target: { start: number; end: number }
  if (closing) {
    // Its own paragraph, after the last body text and before the sign-off, mirroring the spacing.
    let at = closing.start
    while (at > 0 && /\s/.test(text.charAt(at - 1))) at--
    const gap = text.slice(at, closing.start)
    const sep = /\n/.test(gap) ? gap.replace(/[^\r\n]/g, '') : `${eol}${eol}`
    edit =
      at > 0
        ? { start: at, end: at, text: `${sep}${sentence}`, snippet: `${sep}${snippet}` }
        : { start: 0, end: 0, text: `${sentence}${eol}${eol}`, snippet: `${snippet}${eol}${eol}` }
    target = closing
  } else {
    // No sign-off: after the last paragraph of real prose.
    const last = [...body].reverse().find((s) => s.words.length >= 4) ?? body.at(-1)!
    const at = last.block.end
    edit = { start: at, end: at, text: `${eol}${eol}${sentence}`, snippet: `${eol}${eol}${snippet}` }
    target = last
  }
  return { edit, target }
}

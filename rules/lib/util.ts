// Small helpers shared by rules (kept out of the core's public API).
import type { Document, Sentence } from '../../core/document.js'
import type { Edit } from '../../core/types.js'

/** An edit that deletes a whole sentence and the space after it (or before it, at a block's end). */
export function removeSentence(text: string, sentence: Sentence): Edit {
  let { start, end } = sentence
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++
  if (end >= sentence.block.end || text[end] === '\n' || text[end] === '\r') {
    end = sentence.end
    while (start > sentence.block.start && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
  }
  return { start, end, text: '' }
}

/** An edit that deletes a whole paragraph and the blank line after it (before it, when it is last). */
export function removeParagraph(text: string, block: { start: number; end: number }): Edit {
  let end = block.end
  while (end < text.length && /\s/.test(text[end]!)) end++
  if (end < text.length) return { start: block.start, end, text: '' }
  let start = block.start
  while (start > 0 && /\s/.test(text[start - 1]!)) start--
  return { start, end: block.end, text: '' }
}

/** The sentence of `sentences` containing an offset. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end)
}

/** Keep a replacement's capitalisation in line with the text it replaces. */
export function matchCase(replacement: string, original: string): string {
  if (!replacement) return replacement
  const first = original.charAt(0)
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** An edit that deletes `text.slice(start, end)` with one space beside it, so no double space is left. */
export function dropEdit(text: string, start: number, end: number): Edit {
  if (text[start - 1] === ' ' || text[start - 1] === '\t') return { start: start - 1, end, text: '' }
  if (text[end] === ' ' || text[end] === '\t') return { start, end: end + 1, text: '' }
  return { start, end, text: '' }
}

/** A "P.S." after the signature is prose the reader sees, though the structure puts it in the signature. */
export function postscript(doc: Document): Sentence[] {
  const { signature } = doc.structure
  if (!signature) return []
  const m = /^[ \t]*p\.?[ \t]*(?:p\.?[ \t]*)?s\b\.?/im.exec(doc.text.slice(signature.start))
  if (!m) return []
  const from = signature.start + m.index
  return doc.sentences.filter((s) => s.start >= from)
}

// Anything but printable ASCII, tab and line breaks (other control characters take the Unicode path).
const NON_ASCII = /[^\t\n\r -~]/

/**
 * `unicode.test`, run as `ascii.test` on ASCII text (the two must agree there: `\p{L}` is `[A-Za-z]`
 * and `\p{Lu}` is `[A-Z]` in ASCII). V8 compiles a regex to native code on its second use, and a
 * `\p{…}` class takes about a millisecond to compile: a handful of them cost a cold start (one CLI
 * run on one file) more than linting the file. Nearly every word of a note is ASCII.
 */
export function unicodeTest(ascii: RegExp, unicode: RegExp): (text: string) => boolean {
  return (text) => (NON_ASCII.test(text) ? unicode.test(text) : ascii.test(text))
}

/** A set of words written as one space-separated string: `wordSet('and but or')`. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '))
}

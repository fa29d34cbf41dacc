// The shape of a note: subject line, greeting, body, closing, signature. Found on the lines of the
// prose blocks, so a greeting glued to the first sentence ("Dear Dana,\nThank you …") still counts.
import type { Document } from './document.js'

export interface LineRange {
  start: number
  end: number
  text: string
}

export interface Structure {
  /** A `Subject:` line in the body (frontmatter `subject` is read by rules separately). */
  subject: (LineRange & { value: string; valueStart: number }) | null
  greeting: LineRange | null
  closing: LineRange | null
  /** Lines after the closing (the sender's name, contact details). */
  signature: { start: number; end: number } | null
  /** Prose between greeting and closing. */
  bodyStart: number
  bodyEnd: number
}

const SUBJECT = /^\s*(?:#+\s*)?(?:\*\*|__)?(?:subject|subj|re)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i
const GREETING =
  /^\s*(?:dear|respected|hi|hello|hey|heya|hiya|yo|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|howdy|sup|kia ora|g'?day|gidday|salaam|salam|assalamu? ?alaikum|namaste|hallo|hola|bonjour|ciao|shalom|(?:morning|afternoon|evening)(?=\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*[,!]))\b/iu
const CLOSING =
  /^(?:(?:with )?(?:best|kind|kindest|warm|warmest|warm|many|sincere|all the|my best|respectful|cordial)(?: regards| wishes| thanks)?|regards|sincerely(?: yours)?|respectfully(?: yours)?|cheers|thanks|thank you|thanks again|thank you again|thanks so much|thank you so much|many thanks|thanks a lot|with thanks|with gratitude|with appreciation|with (?:deep|deepest|sincere|heartfelt|many|warm|warmest|great|much) (?:thanks|gratitude|appreciation)|gratefully|warmly|cordially|take care|talk soon|yours(?: truly| sincerely| faithfully)?|best|all the best|looking forward|ttyl|later|laters|thanks and regards|thanks & regards|thanking you|regards and thanks|catch (?:ya|you)(?: later| soon)?|speak soon|chat soon|see ya|cya|take it easy|be well|stay well|blessings|god bless)$/i

function linesOf(text: string, start: number, end: number): LineRange[] {
  const out: LineRange[] = []
  let lineStart = start
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 10
    if (c === 10 || c === 13) {
      const raw = text.slice(lineStart, i)
      if (raw.trim()) out.push({ start: lineStart, end: i, text: raw })
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++
      lineStart = i + 1
    }
  }
  return out
}

export function findStructure(doc: Document): Structure {
  const { text, blocks } = doc
  const structure: Structure = {
    subject: null,
    greeting: null,
    closing: null,
    signature: null,
    bodyStart: blocks[0]?.start ?? 0,
    bodyEnd: blocks.at(-1)?.end ?? 0,
  }
  if (blocks.length === 0) return structure

  // Subject and greeting: the first lines of the first two blocks.
  const head = blocks.slice(0, 2).flatMap((b) => linesOf(text, b.start, b.end))
  let i = 0
  const first = head[0]
  if (first && SUBJECT.test(first.text)) {
    const m = SUBJECT.exec(first.text)!
    const value = first.text.slice(m[0].length).replace(/(?:\*\*|__)\s*$/, '')
    structure.subject = { ...first, value: value.trim(), valueStart: first.start + m[0].length }
    i = 1
  }
  const greet = head[i]
  if (greet && GREETING.test(greet.text)) {
    // Only the salutation itself, up to its comma/colon, when the line goes on
    // ("Dear Sam, our conversation about …" has the greeting "Dear Sam,").
    const cut = /^[^,:!\n]*[,:!]/.exec(greet.text)
    const words = (s: string) => s.trim().split(/\s+/).length
    const end =
      cut && words(cut[0]) <= 6 ? greet.start + cut[0].length : words(greet.text) <= 8 ? greet.end : -1
    if (end >= 0) structure.greeting = { start: greet.start, end, text: text.slice(greet.start, end) }
  }
  structure.bodyStart = structure.greeting?.end ?? structure.subject?.end ?? blocks[0]!.start

  // Closing: the last closing-like short line in the last three blocks.
  const tail = blocks.slice(-3).flatMap((b) => linesOf(text, b.start, b.end))
  for (let j = tail.length - 1; j >= 0; j--) {
    const line = tail[j]!
    if (line.start < structure.bodyStart) break
    const bare = trimTrailing(line.text.trim(), ',.!—–-').replace(/\s+/g, ' ').trim()
    if (bare.split(' ').length <= 4 && CLOSING.test(bare)) {
      // A closing is followed by a short signature, not more paragraphs of prose.
      const after = tail.slice(j + 1)
      if (after.length > 5 || after.some((l) => l.text.trim().split(/\s+/).length > 12)) continue
      structure.closing = line
      const last = blocks.at(-1)!
      if (after.length > 0) structure.signature = { start: after[0]!.start, end: last.end }
      structure.bodyEnd = line.start
      break
    }
  }
  return structure
}

/** `s` without trailing characters from `chars` (a loop: /[,.!—–-]+$/ is quadratic on long runs). */
function trimTrailing(s: string, chars: string): string {
  let end = s.length
  while (end > 0 && chars.includes(s[end - 1]!)) end--
  return s.slice(0, end)
}

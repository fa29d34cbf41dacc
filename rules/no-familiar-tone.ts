import { z } from 'zod'
import type { Document, Sentence, Word } from '../core/document.js'
import type { PhraseHit } from '../core/phrases.js'
import { defineRule } from '../core/rule.js'
import type { Edit } from '../core/types.js'
import { dropEdit, matchCase, unicodeTest } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

// Emoji are SymbolNode marks with a pictographic character (or a flag). A few pictographic code
// points are everyday typography (©, ®, ™, arrows) and count only with the emoji selector U+FE0F.
// No ASCII character is an emoji: the Unicode classes are only compiled for text that needs them.
const EMOJI = unicodeTest(/(?!)/, /\p{Extended_Pictographic}|\p{Regional_Indicator}/u)
const TYPOGRAPHIC =
  /^[\u00a9\u00ae\u2122\u2139\u2194-\u2199\u21a9\u21aa\u2934\u2935\u25aa\u25ab\u25b6\u25c0]$/u
/** What continues an emoji sequence: ZWJ, variation selector, keycap, skin tone, tag characters. */
const CONTINUES =
  /[\u200d\ufe0f\u20e3\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]|\p{Extended_Pictographic}|\p{Regional_Indicator}/u
/** Text emoticons starting at a ":" or ";" mark: ":)", ";-)", ":(", ":D", ":P". */
const EMOTICON = /^[:;]-?(?:[)(]|[DPp])/
const EXCLAIM = /!!|‼/
const HI = /^(\s*)(hi)(\s+(?:there|all|everyone|team|folks))?\b/i

function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

/** End of the emoji run starting at `start` (sequences, and emoji separated only by spaces). */
function emojiRunEnd(text: string, start: number): number {
  let end = start
  for (;;) {
    const ch = codePointAt(text, end)
    if (ch && CONTINUES.test(ch)) {
      end += ch.length
      continue
    }
    let j = end
    while (text[j] === ' ') j++
    const next = codePointAt(text, j)
    if (j > end && next && EMOJI(next) && !TYPOGRAPHIC.test(next)) {
      end = j
      continue
    }
    return end
  }
}

function emoticonLength(text: string, at: number): number {
  const m = EMOTICON.exec(text.slice(at, at + 3))
  if (!m) return 0
  const before = text[at - 1] ?? ' '
  const after = text[at + m[0].length] ?? ' '
  if (/[\p{L}\p{N})(]/u.test(after) || /\p{N}/u.test(before)) return 0
  if (/[DPp]$/.test(m[0]) && /\p{L}/u.test(before)) return 0
  return m[0].length
}

/** A capitalised single word inside a line ("Dear Ty,", "Hi Yo,") is a name, not chat-speak. */
function looksLikeName(doc: Document, words: readonly Word[]): boolean {
  if (words.length !== 1) return false
  const w = words[0]!
  if (!/^\p{Lu}\p{Ll}*$/u.test(w.text)) return false
  return /[\p{L}\p{N}]/u.test(doc.text.slice(doc.lineStart(doc.lineOf(w.start)), w.start))
}

/** Is `start` the first word of a sentence (after ". ", a line start, or a list marker)? */
function startsSentenceIn(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0 || /[\n\r.!?>*-]/.test(text[i]!)
}

const inside = (range: { start: number; end: number } | null, s: number, e: number) =>
  range !== null && s >= range.start && e <= range.end

export default defineRule({
  id: 'no-familiar-tone',
  description: 'Keep the tone warm but professional: no slang, chat-speak, emoji or "Hey".',
  rationale:
    'Overly familiar language or informal expressions undercut the professionalism a follow-up is meant ' +
    'to show (seed 001, "Steer Clear of Overly Familiar Language": not “Hey [Name], just wanted to drop a ' +
    'quick note…”); even on LinkedIn the message should stay formal (seed 000).',
  evidence: ['001 (Steer Clear of Overly Familiar Language)', '000 (LinkedIn message: keep it formal)'],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    familiar: '“{phrase}” is {note}, which reads as too familiar in a note to an interviewer; {advice}.',
    greeting:
      '“{phrase}” is too casual a greeting for a note to an interviewer; open with “{better}” instead.',
    closing: '“{phrase}” is too casual a sign-off; close with “Best regards,” instead.',
    emoji: '“{phrase}” reads as too casual in a note to an interviewer; let your words carry the warmth.',
    exclamations: '“{phrase}” sounds over-excited; one exclamation mark at most keeps the note professional.',
  },
  options: z.strictObject({
    /** Also flag wording that is warm but informal: "Hi" greetings, "chat", "chatting", "Talk soon". */
    strict: z.boolean().default(false),
  }),
  phrases: PHRASES['no-familiar-tone'],
  create(ctx) {
    const { text, doc } = ctx
    const { greeting, closing, signature } = doc.structure
    // The subject line is read too (it is sent); the signature is not.
    const sentences = doc.sentences.filter((s) => !(signature && s.start >= signature.start))
    // A salutation glued to a long first line ("Hey Dana, just wanted to…") is not a greeting line
    // to the structure finder, but it is still the opening word of the note.
    const firstBlock = ctx.prose[0]?.block
    const opensBody = (start: number) =>
      firstBlock !== undefined &&
      start >= firstBlock.start &&
      start < firstBlock.end &&
      !/\S/.test(text.slice(doc.lineStart(doc.lineOf(start)), start))
    const startsSentence = (start: number) => startsSentenceIn(text, start)
    const replace = (start: number, end: number, better: string) => ({
      title: better ? `Replace with “${better}”` : `Remove “${text.slice(start, end)}”`,
      edits: [better ? { start, end, text: better } : dropEdit(text, start, end)],
    })

    const reportHit = (hit: PhraseHit) => {
      const { start, end, entry } = hit
      const phrase = text.slice(start, end).replace(/\s+/g, ' ')
      if (closing && start < closing.end && end > closing.start) {
        const line = { start: closing.start, end: closing.end }
        const lead =
          text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length
        ctx.report({
          messageId: 'closing',
          data: { phrase },
          start,
          end,
          suggest: [replace(line.start + lead, line.end, 'Best regards,')],
        })
        return
      }
      const better = entry.suggest?.[0]
      const isGreeting = entry.id.startsWith('greeting')
      if (isGreeting && (inside(greeting, start, end) || opensBody(start))) {
        const word = matchCase(better ?? 'Dear', phrase)
        ctx.report({
          messageId: 'greeting',
          data: { phrase, better: word },
          start,
          end,
          suggest: [replace(start, end, word)],
        })
        return
      }
      const offer =
        better === undefined || isGreeting
          ? undefined
          : matchCase(better, startsSentence(start) ? 'X' : phrase)
      ctx.report({
        messageId: 'familiar',
        data: {
          phrase,
          note: entry.note ?? 'casual wording',
          advice: offer === undefined ? 'rephrase it' : offer ? `write “${offer}” instead` : 'leave it out',
        },
        start,
        end,
        ...(offer === undefined ? {} : { suggest: [replace(start, end, offer)] }),
      })
    }

    for (const hit of ctx.findPhrases(sentences)) {
      if (!looksLikeName(doc, hit.words)) reportHit(hit)
    }

    // Strict: "Hi Dana," is friendly, but "Dear Dana," is the formal opening.
    const hi = ctx.options.strict && greeting ? HI.exec(greeting.text) : null
    if (greeting && hi) {
      const start = greeting.start + hi[1]!.length
      const end = start + hi[2]!.length + (hi[3]?.length ?? 0)
      const phrase = text.slice(start, end)
      const bare = hi[3] !== undefined || /^\s*(?:[,:!]\s*)?$/.test(text.slice(end, greeting.end))
      const better = bare ? 'Hello' : 'Dear'
      ctx.report({
        messageId: 'greeting',
        data: { phrase, better },
        start,
        end,
        suggest: [replace(start, end, better)],
      })
    }

    for (const sentence of sentences) marks(sentence)

    function marks(sentence: Sentence): void {
      let coveredUntil = -1
      for (const mark of sentence.marks) {
        if (mark.start < coveredUntil) continue
        let end = 0
        let messageId: 'emoji' | 'exclamations' = 'emoji'
        let better = ''
        if (mark.kind === 'symbol' && EMOJI(mark.text)) {
          const typographic = TYPOGRAPHIC.test(mark.text) && text[mark.end] !== '\ufe0f'
          if (!typographic) end = emojiRunEnd(text, mark.start)
        } else if (mark.text === ':' || mark.text === ';') {
          const length = emoticonLength(text, mark.start)
          if (length) end = mark.start + length
        } else if (mark.kind === 'punctuation' && EXCLAIM.test(mark.text)) {
          end = mark.end
          messageId = 'exclamations'
          better = mark.text.replace(/[!‼]+/g, '!')
        }
        if (!end) continue
        coveredUntil = end
        const phrase = text.slice(mark.start, end)
        const edit: Edit = better ? { start: mark.start, end, text: better } : dropEdit(text, mark.start, end)
        ctx.report({
          messageId,
          data: { phrase },
          start: mark.start,
          end,
          suggest: [{ title: better ? `Use a single “${better}”` : `Remove “${phrase}”`, edits: [edit] }],
        })
      }
    }
  },
})

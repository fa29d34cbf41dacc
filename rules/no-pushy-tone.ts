// No pressure: demands, deadlines, ultimatums, desperation and shouting, and status questions in a
// first thank-you. Phrases come from rules/data/no-pushy-tone.yml; rules/lib/no-pushy-tone-excuse.ts
// sets aside hits that are not pressure (with -context and -party), -status reads status questions
// and whether the note is a first thank-you, and -fix builds the suggested rewrite.
import type { Sentence } from '../core/document.js'
import type { PhraseEntry, PhraseHit } from '../core/phrases.js'
import { defineRule } from '../core/rule.js'
import { quotedSpeech } from './lib/no-pushy-tone-context.js'
import { excused } from './lib/no-pushy-tone-excuse.js'
import { softerSuggestion } from './lib/no-pushy-tone-fix.js'
import { asks, firstThankYou, timeReference } from './lib/no-pushy-tone-status.js'
import { postscript, wordSet } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

/**
 * Shouting and piled-up punctuation read as impatience whatever the words: "PLEASE respond", "Any
 * news???", "Any word?!". A doubled "??" alone is chat-speak ("I kept up, right??", "Any news?? No
 * rush"), which `no-familiar-tone` flags; it is not pressure by itself.
 */
const SHOUTED = wordSet(
  // Not "ASAP": the phrase list reads it in context ("the ASAP tickets", "tickets marked ASAP").
  'please urgent urgently immediately need needed respond reply answer waiting must',
)
const PILED = /\?{3,}|\?!|!\?/g
const IMPATIENCE: PhraseEntry = { id: 'shouting', patterns: [], note: 'impatience' }

function shouting(text: string, sentence: Sentence): PhraseHit[] {
  const out: PhraseHit[] = []
  for (const w of sentence.words)
    if (w.text.length > 2 && w.text === w.text.toUpperCase() && SHOUTED.has(w.lower))
      out.push({ entry: IMPATIENCE, pattern: '', words: [w], start: w.start, end: w.end })
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PILED)) {
    const start = sentence.start + m.index
    out.push({ entry: IMPATIENCE, pattern: '', words: [], start, end: start + m[0].length })
  }
  return out
}

export default defineRule({
  id: 'no-pushy-tone',
  description:
    'Stay patient: no demands, deadlines, ultimatums or desperation, and no status questions in a thank-you.',
  rationale:
    'Pressure backfires: the guidance warns against sounding desperate or frustrated (seed 000), against ' +
    'impatience and excessive follow-up attempts (seed 001, "Avoid Excessive Follow-Up Attempts", ' +
    '"Maintain a Professional Tone"), and that too many attempts read as "annoying, desperate, or even ' +
    'aggressive" (seed 002). A first thank-you should not ask for an update, which "may come across as ' +
    'pushy" (seed 004); save that question for a status inquiry.',
  evidence: [
    '000 (Maintain Professionalism: avoid sounding desperate or frustrated)',
    '001 (Avoid Excessive Follow-Up Attempts; Maintain a Professional Tone)',
    '002 (Remain Respectful of Their Time)',
    '004 (Keep it brief and professional: avoid asking for updates)',
  ],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    pushy: '“{phrase}” can read as {note}; a patient, polite tone leaves a better impression.',
    statusInThankYou:
      '“{phrase}” asks for a status update in a first thank-you note; save the question for a later inquiry, about a week after the interview.',
  },
  phrases: PHRASES['no-pushy-tone'],
  create(ctx) {
    const { text, kind } = ctx
    const { greeting, subject } = ctx.doc.structure
    // The subject line is sent too: "URGENT: decision needed" is read (without a rewrite offered).
    const subjectLine = subject
      ? ctx.doc.sentences.filter(
          (s) => s.start < subject.end && s.end > subject.start && !ctx.prose.includes(s),
        )
      : []
    // Kind-specific entries (status questions) count only in a first thank-you.
    const thankYou = firstThankYou(ctx.doc, kind, ctx.kindSource, [...subjectLine, ...ctx.prose])
    const offered = new Set<string>()
    for (const sentence of [...subjectLine, ...ctx.prose, ...postscript(ctx.doc)]) {
      const inSubject = subjectLine.includes(sentence)
      const asking = asks(text, sentence)
      const hits = ctx
        .findPhrases([sentence])
        .filter(
          (h) =>
            !excused(sentence, h) &&
            !quotedSpeech(text, sentence, h) &&
            (!h.entry.kinds ||
              (thankYou &&
                !inSubject &&
                (h.entry.id !== 'statusTopic' || (asking && !timeReference(sentence, h))))),
        )
        .concat(shouting(text, sentence))
        .sort((a, b) => a.start - b.start)
      const first = hits[0]
      if (!first) continue
      // One message per sentence: its first demand (or else its status question); the suggestion
      // rewrites from the clause of the first hit to the end of the sentence.
      const shown = hits.find((h) => !h.entry.kinds) ?? first
      const data = {
        phrase: text.slice(shown.start, shown.end).replace(/\s+/g, ' '),
        note: shown.entry.note ?? 'pressure',
      }
      if (inSubject) {
        ctx.report({ messageId: 'pushy', data, start: shown.start, end: shown.end })
        continue
      }
      ctx.report({
        messageId: shown.entry.kinds ? 'statusInThankYou' : 'pushy',
        data,
        start: shown.start,
        end: shown.end,
        suggest: [softerSuggestion(text, sentence, greeting, first, shown, kind, offered)],
      })
    }
  },
})

import type { Sentence } from '../core/document.js'
import { opensWithThanks } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import type { Edit, Kind } from '../core/types.js'
import { removeSentence } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

// The polite sentence that replaces a pushy clause when its phrase-list entry names none: in a
// first thank-you the softer move is to stop asking; after a rejection, to ask for feedback.
const SOFTER: Record<Kind | 'other', string> = {
  'thank-you': 'I look forward to hearing about the next steps.',
  'after-rejection': 'I would welcome any feedback you are able to share.',
  'status-inquiry': 'I would appreciate any update on the timeline when you have a moment.',
  'second-follow-up': 'I would appreciate any update on the timeline when you have a moment.',
  other: 'I would appreciate any update on the timeline when you have a moment.',
}

const CONJUNCTION = new Set(['and', 'but', 'so', 'yet', 'or'])

/**
 * Where the clause holding `offset` starts: after a ";", a dash, or a comma before "and/but/so",
 * so "I remain interested, but I need an answer by Friday." keeps its first half. Returns the
 * sentence start when the clause is the whole sentence.
 */
function clauseStart(sentence: Sentence, floor: number, offset: number): number {
  const { words } = sentence
  let start = floor
  let w = 0
  for (const mark of sentence.marks) {
    if (mark.start >= offset) break
    if (mark.start < floor) continue
    while (w < words.length && words[w]!.start < mark.end) w++
    const next = words[w]
    const strong = mark.text === ';' || mark.text === '—' || mark.text === '–'
    if (strong || (mark.text === ',' && next && CONJUNCTION.has(next.lower))) start = mark.start
  }
  return start
}

/** Delete a sentence from `floor` (its start, or the end of a glued greeting); a paragraph it was alone in goes too. */
function dropWhole(text: string, sentence: Sentence, floor: number): Edit {
  const { block } = sentence
  if (floor !== sentence.start) return { start: floor, end: sentence.end, text: '' }
  if (block.sentences.length > 1) return removeSentence(text, sentence)
  let end = block.end
  while (end < text.length && /[\r\n]/.test(text[end]!)) end++
  return { start: block.start, end, text: '' }
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
    const { greeting } = ctx.doc.structure
    // Kind-specific entries (status questions) count only in a first thank-you: one the frontmatter
    // says is one, or an inferred one that opens by thanking (an inquiry often ends with thanks).
    const firstThankYou =
      kind === 'thank-you' && (ctx.kindSource === 'frontmatter' || opensWithThanks(ctx.doc))
    const offered = new Set<string>()
    for (const sentence of ctx.prose) {
      const hits = ctx.findPhrases([sentence]).filter((h) => !h.entry.kinds || firstThankYou)
      const first = hits[0]
      if (!first) continue
      // One message per sentence: its first demand (or else its status question); the suggestion
      // rewrites from the clause of the first hit to the end of the sentence.
      const shown = hits.find((h) => !h.entry.kinds) ?? first
      const replacement = shown.entry.suggest?.[0] ?? SOFTER[kind ?? 'other']
      let floor =
        greeting && greeting.end > sentence.start ? Math.min(greeting.end, first.start) : sentence.start
      while (floor < first.start && /\s/.test(text[floor]!)) floor++
      const cut = clauseStart(sentence, floor, first.start)
      // The same polite sentence once is enough: a later pushy sentence is simply dropped.
      const repeat = offered.has(replacement)
      offered.add(replacement)
      const edit: Edit =
        cut !== floor
          ? { start: cut, end: sentence.end, text: repeat ? '.' : `. ${replacement}` }
          : !repeat
            ? { start: floor, end: sentence.end, text: replacement }
            : dropWhole(text, sentence, floor)
      ctx.report({
        messageId: shown.entry.kinds ? 'statusInThankYou' : 'pushy',
        data: {
          phrase: text.slice(shown.start, shown.end).replace(/\s+/g, ' '),
          note: shown.entry.note ?? 'pressure',
        },
        start: shown.start,
        end: shown.end,
        suggest: [{ title: repeat ? 'Remove the demand' : `Replace with “${replacement}”`, edits: [edit] }],
      })
    }
  },
})

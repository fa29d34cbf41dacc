// The suggestion of no-pushy-tone (softerSuggestion): from the clause of the first pressure phrase to
// the end of the sentence, a polite sentence instead (the entry's own, or one for the kind of note),
// offered once per note; a later pushy sentence is simply dropped.
import type { Sentence } from '../../core/document.js'
import type { PhraseHit } from '../../core/phrases.js'
import type { Edit, Kind, Suggestion } from '../../core/types.js'
import { removeSentence } from './util.js'

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

/**
 * The suggestion for a pushy sentence: `first` is its first hit, `shown` the one reported, `greeting`
 * the note's greeting (a sentence glued to it keeps it); `offered` holds the sentences already offered.
 */
export function softerSuggestion(
  text: string,
  sentence: Sentence,
  greeting: { end: number } | null,
  first: PhraseHit,
  shown: PhraseHit,
  kind: Kind | null,
  offered: Set<string>,
): Suggestion {
  const replacement = shown.entry.suggest?.[0] ?? SOFTER[kind ?? 'other']
  let floor = greeting && greeting.end > sentence.start ? Math.min(greeting.end, first.start) : sentence.start
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
  return { title: repeat ? 'Remove the demand' : `Replace with “${replacement}”`, edits: [edit] }
}

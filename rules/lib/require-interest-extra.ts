// Readings of require-interest beyond its phrase list: the frontmatter subject read as prose ("Still
// very keen on the Sous Chef role"), a request about the writer ("if you could consider me for any other
// opening" is the writer's interest though "you" is the subject), "I'm very much still in", and the
// work as the subject of a wish: "Being part of that kitchen would be a dream".
import { parseLine, type Sentence, type Word } from '../../core/document.js'
import type { PhraseHit } from '../../core/phrases.js'
import { IMPERSONAL } from './require-interest-words.js'
import { doesWork } from './require-interest-work.js'

/** The sentences of a frontmatter subject, parsed on their own; offsets are into `subject`. */
export function subjectSentences(subject: string | undefined): readonly Sentence[] {
  return subject?.trim() ? parseLine(subject).sentences : []
}

/**
 * A hit that names the writer: a request about them ("consider me", "keep me in mind", "keep my CV")
 * or their own wish ("your team is the one I want to be on").
 */
export function aboutTheWriter(hit: PhraseHit): boolean {
  return hit.words.some((w) => /^(?:me|my|myself|i|i'm|i'd|i've|i'll)$/.test(w.lower))
}

// "If the post is still open, I'm very much still in." — the writer "in", at the end of the sentence.
const IN_FILL = new Set([
  'very',
  'much',
  'still',
  'definitely',
  'absolutely',
  'totally',
  'so',
  'all',
  'well',
  'truly',
])

export function saysStillIn(text: string, s: Sentence): boolean {
  const w = s.words
  const last = w.at(-1)
  if (last?.lower !== 'in' || /\w/.test(text.slice(last.end, s.end))) return false
  let k = w.length - 2
  while (k >= 0 && IN_FILL.has(w[k]!.lower)) k--
  const at = w[k]?.lower
  return at === "i'm" || (at === 'am' && w[k - 1]?.lower === 'i')
}

const WORTH = new Set([...IMPERSONAL, 'delight', 'treat', 'gift', 'blessing', 'opportunity'])

/**
 * "Being part of that kitchen would be a dream", "Working with your nurses would be a real
 * privilege": the work, as a gerund opening the sentence, that would be a joy (not "Hearing back
 * would be great").
 */
export function workWouldBeAJoy(text: string, words: readonly Word[]): boolean {
  let g = 0
  while (g < 2 && words[g] && !/ing$/.test(words[g]!.lower)) g++
  if (!words[g] || !/ing$/.test(words[g]!.lower) || !doesWork(text, words, g)) return false
  for (let k = g + 1; k < words.length - 1; k++) {
    if (!/^(?:would|will|could)$/.test(words[k]!.lower) || words[k + 1]!.lower !== 'be') continue
    return words.slice(k + 2, k + 7).some((w) => WORTH.has(w.lower))
  }
  return false
}

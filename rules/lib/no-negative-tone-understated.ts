// Checks of no-negative-tone for understated and sarcastic critique, and for the subject-matter and
// negated uses of evaluative words that are no critique: a sarcastic aside set off by commas ("the
// process has been, let's say, leisurely"), a verdict whose "that" clause names the reader's side
// ("a letdown that the chat was a two-hour grilling"), an evaluative word naming a topic ("your work
// on toxic algal blooms") and a negated quantifier ("not a single question felt irrelevant").
import type { Sentence } from '../../core/document.js'
import { clauseBreakBefore } from '../../core/phrases.js'
import { owned } from './no-negative-tone-target.js'
import { LINKING, lower, NOUNS, PEOPLE, SELF } from './no-negative-tone-words.js'
import { wordSet } from './util.js'

/** After the aside: the writer is sympathising ("you are, I'm sure, very busy"), not sneering. */
const BENIGN = wordSet(
  'busy inundated swamped aware stretched snowed juggling flooded receiving getting dealing working doing ' +
    'right correct familiar keen glad pleased happy delighted the a an',
)
/**
 * "The process has been, let's say, leisurely", "your remark was, I'm sure, meant in jest", "thank
 * you, I suppose, for eventually letting me know": an aside set off by commas after a linking verb or
 * a thanks. Not "we could meet, let's say, Tuesday" nor "you are, I'm sure, very busy".
 */
export function sarcasticAside(s: Sentence, start: number, to: number): boolean {
  let from = start
  const head = lower(s.words, from)
  if (head === 'suppose' || head === 'guess' || head === 'gather' || head === 'presume') {
    if (lower(s.words, from - 1) !== 'i') return false
    from--
  } else if (head === 'sure') {
    if (lower(s.words, from - 1) === "i'm") from--
    else if (lower(s.words, from - 1) === 'am' && lower(s.words, from - 2) === 'i') from -= 2
    else return false
  }
  if (!clauseBreakBefore(s, from) || to >= s.words.length || !clauseBreakBefore(s, to)) return false
  if (BENIGN.has(lower(s.words, to))) return false
  const prev = lower(s.words, from - 1)
  const thanks = prev === 'thanks' || (prev === 'you' && lower(s.words, from - 2) === 'thank')
  if (thanks) return true
  if (!LINKING.has(prev)) return false
  // "You were, I'm sure, …" is about the reader's feelings or workload as often as not; a thing or a
  // process as subject ("the brief was, shall we say, …") is the dry verdict.
  const subject = lower(s.words, from - 2)
  return !SELF.has(subject) && subject !== 'you' && subject !== 'we'
}

const THAT = wordSet('that why how when')
/** The post itself: "baffled that the job was re-advertised". */
const POST = wordSet('job role vacancy post position advert listing')
/** Does the clause after `that` at `to` name the reader's side, and not the writer, as its subject? */
export function thatClause(s: Sentence, to: number): boolean {
  if (!THAT.has(lower(s.words, to))) return false
  const subject = lower(s.words, to + 1)
  if (SELF.has(subject) || subject === 'my' || subject === 'we' || subject === 'our') return false
  for (let j = to + 1; j < Math.min(s.words.length, to + 8); j++) {
    const w = lower(s.words, j)
    if (SELF.has(w) || w === 'my') return false
    if ((NOUNS.has(w) || PEOPLE.has(w) || POST.has(w)) && !owned(s.words, j)) return true
  }
  return false
}

const TOPIC = wordSet(
  'on about of into against regarding concerning around tackling handling reducing preventing detecting ' +
    'studying fighting combating combatting spotting catching',
)
const STOP = wordSet(
  'and or but to of in on at for with by from that which who is are was were be been the a an as than',
)
/**
 * "Your work on toxic algal blooms", "a talk on hostile takeovers", "our discussion of sloppy data
 * entry": the evaluative word names a topic (after a preposition, before a noun phrase that is not the
 * interview, the process or the people).
 */
export function topicPhrase(s: Sentence, from: number, to: number): boolean {
  if (!TOPIC.has(lower(s.words, from - 1)) || clauseBreakBefore(s, from)) return false
  if (to >= s.words.length || clauseBreakBefore(s, to) || STOP.has(lower(s.words, to))) return false
  for (let j = to; j < Math.min(s.words.length, to + 3); j++) {
    if (j > to && (clauseBreakBefore(s, j) || STOP.has(lower(s.words, j)))) break
    const w = lower(s.words, j)
    if (NOUNS.has(w) || PEOPLE.has(w)) return false
  }
  return true
}

const NONE = wordSet('no none nothing nobody neither')
const JOINS = wordSet('and but so yet')
/** "Not a single question felt irrelevant", "none of the questions seemed unfair": nothing is judged. */
export function negatedQuantifier(s: Sentence, from: number): boolean {
  for (let a = Math.max(0, from - 8); a < from; a++) {
    const opens = a === 0 || clauseBreakBefore(s, a) || JOINS.has(lower(s.words, a - 1))
    if (!opens) continue
    const w = lower(s.words, a)
    if (NONE.has(w)) return true
    if (w === 'not' && (lower(s.words, a + 1) === 'one' || lower(s.words, a + 2) === 'single')) return true
  }
  return false
}

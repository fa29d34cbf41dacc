// The checks of no-negative-tone that read the sentence around a hit, one per kind of entry: a feeling
// recognised in others (empathic), a missing thing after "odd that" (negationFollows), "frankly" as a
// tell (candid), the writer's own restraint or rescheduling, someone else's quoted words, and the like.
import type { Sentence } from '../../core/document.js'
import { clauseBreakBefore } from '../../core/phrases.js'
import { negates } from '../../core/words.js'
import { boundaryBefore, clauseAround, hedges, looseTarget, verdict } from './no-negative-tone-target.js'
import {
  GENERIC,
  HELD_UP,
  INTENSIFIERS,
  LINKING,
  lower,
  NOUNS,
  ONLY,
  PEOPLE,
  REASSURED,
  SELF,
  THIRD,
  WAITING,
} from './no-negative-tone-words.js'
import { wordSet } from './util.js'

/** Does the clause after a hit say something was missing ("surprised that nobody asked")? */
export function negationFollows(s: Sentence, to: number): boolean {
  let i = to
  if (lower(s.words, i) === 'that') i++
  const subject = lower(s.words, i)
  if (SELF.has(subject) || subject === 'my' || subject === 'we') return false
  return s.words.slice(to, to + 10).some((w) => negates(w.lower) || ONLY.has(w.lower))
}

/** "A company that prides itself on X just doesn't…": its own clause says it fell short (the writer is not the subject). */
export function failsOwnStandard(s: Sentence, from: number, to: number): boolean {
  const [, b] = clauseAround(s, from, to)
  for (let i = to; i < b; i++) {
    const w = lower(s.words, i)
    if (SELF.has(w) || w === 'my' || w === 'we') return false
    if (negates(w) || ONLY.has(w)) return true
  }
  return false
}

const KNOW = wordSet('know knew understand understood imagine appreciate realise realize')
const ME = wordSet('me myself my us')
/**
 * A feeling the writer recognises in others or in general, not their own about the reader: "I know
 * how frustrating it can be to learn a new system", "visa delays have been frustrating for your
 * applicants".
 */
export function empathic(s: Sentence, from: number, to: number): boolean {
  // "frustrating for your applicants", "a frustrating time for the team".
  const after = lower(s.words, to)
  // …but "frustrating for candidates like me" includes the writer.
  const likeMe = s.words
    .slice(to, to + 6)
    .some((w, i) => w.lower === 'like' && ME.has(lower(s.words, to + i + 1)))
  if (likeMe) return false
  if ((after === 'for' || after === 'to') && !ME.has(lower(s.words, to + 1))) return true
  if (lower(s.words, to + 1) === 'for' && !negates(after) && !ME.has(lower(s.words, to + 2))) return true
  for (let j = from - 1; j >= Math.max(1, from - 4); j--)
    if (lower(s.words, j) === 'how' && KNOW.has(lower(s.words, j - 1))) return true
  const [a] = clauseAround(s, from, to)
  // "I know hiring can take a frustrating amount of time", "I understand it must be frustrating".
  const known = s.words.slice(0, from).some((w) => KNOW.has(w.lower))
  if (known && s.words.slice(a, from).some((w) => GENERIC.has(w.lower) || w.lower === 'must')) return true
  // "The tenants I work with are often frustrated by repair delays": someone else's feeling.
  for (let j = from - 1; j >= a; j--) {
    const w = lower(s.words, j)
    if (SELF.has(w) && j < from - 1 && THIRD.has(lower(s.words, j - 1))) continue
    if (SELF.has(w) || w === 'my' || PEOPLE.has(w) || NOUNS.has(w)) return false
    if (THIRD.has(w)) return true
  }
  return false
}
/**
 * "The silence feels a little ironic", "a month of quiet on my application seems ironic": what is
 * called ironic is the reader's side or the wait, not the writer ("it's ironic that I first used
 * your app as a customer").
 */
export function ironicWait(s: Sentence, from: number, to: number): boolean {
  if (verdict(s, from, to, true) === 'target' || looseTarget(s, from)) return true
  let k = from - 1
  while (k >= 0 && (INTENSIFIERS.has(lower(s.words, k)) || lower(s.words, k) === 'a')) k--
  if (!LINKING.has(lower(s.words, k))) return false
  const [a] = clauseAround(s, from, to)
  const before = s.words.slice(a, k).map((w) => w.lower)
  return (
    !before.some((w) => SELF.has(w) || w === 'it') && before.some((w) => WAITING.has(w) || HELD_UP.has(w))
  )
}
const THANKS = wordSet('thank thanks appreciate appreciated grateful')
/** "Thanks for letting me know, at least.": the tag ends a sentence that thanks, after a comma. */
export function grudging(s: Sentence, from: number, to: number): boolean {
  return (
    to === s.words.length &&
    clauseBreakBefore(s, from) &&
    s.words.slice(0, from).some((w) => THANKS.has(w.lower))
  )
}

const SPEECH = wordSet(
  'spoke speak speaks speaking talked talk talks talking described describe describes explained explain ' +
    'explains answered answer answers discussed discuss shared share said told admitted acknowledged ' +
    'addressed raised wrote write set out laid walked',
)
/**
 * "Frankly" or "to be frank" as a candour tell: "which frankly is not what I expected", "Frankly,
 * the wait has been long". Not manner ("how frankly you described the cut-off", "you spoke
 * frankly about the backlog"), nor a disclosure about the writer ("to be frank, my savings are
 * gone") unless that sentence complains too ("…and HR has done nothing about it").
 */
export function candid(s: Sentence, from: number, to: number): boolean {
  const prev = lower(s.words, from - 1)
  if (['how', 'so', 'very', 'quite', 'as', 'more', 'most', 'too', 'refreshingly'].includes(prev)) return false
  if (SPEECH.has(lower(s.words, to))) return false
  for (let j = from - 1; j >= Math.max(0, from - 4); j--) {
    if (SPEECH.has(lower(s.words, j))) return false
    if (boundaryBefore(s, j)) break
  }
  let k = to
  if (lower(s.words, k) === 'with' && ['me', 'you'].includes(lower(s.words, k + 1))) k += 2
  const next = lower(s.words, k)
  if (!(SELF.has(next) || next === 'my')) return true
  return s.words.some(
    (w, i) => i >= to && (negates(w.lower) || ONLY.has(w.lower)) && !REASSURED.has(lower(s.words, i + 1)),
  )
}

/**
 * An adverb of excess judges the act of its clause's subject: "I don't want to add to your inbox
 * unnecessarily" is the writer's own restraint; "you kept me waiting unnecessarily" is not.
 */
export function writerActs(s: Sentence, from: number, to: number): boolean {
  const [a] = clauseAround(s, from, to)
  const aside = hedges(s, from)
  for (let j = a; j < from; j++) {
    if (aside.has(j)) continue
    const w = lower(s.words, j)
    if (SELF.has(w) || w === 'we')
      // "I was kept waiting unnecessarily": the writer is the one acted upon.
      return !s.words
        .slice(j + 1, from)
        .some((x) => ['was', 'were', 'been', 'being', 'got', 'am'].includes(x.lower))
    if (PEOPLE.has(w) || NOUNS.has(w)) return false
  }
  return false
}

const SAYING = wordSet(
  'said say says saying comment comments remark remarks phrase words line put called call calls ' +
    'described describe mentioned told asked wrote quote quoted motto slogan brief note point joked',
)
/**
 * Is [start, end) inside someone else's reported words: a quotation of three or more words after a
 * word of saying ("your comment that the score needs to "feel wrong without anyone knowing why"")?
 * A bare scare-quote ("the panel was "too busy to read CVs"") is still the writer's own dig.
 */
export function quoted(text: string, s: Sentence, start: number, end: number): boolean {
  const body = text.slice(s.start, s.end)
  for (const m of body.matchAll(/["“]([^"“”\n]+)["”]/g)) {
    const from = s.start + (m.index ?? 0)
    const to = from + m[0].length
    if (start < from || end > to || (m[1] ?? '').trim().split(/\s+/).length < 3) continue
    if (s.words.some((w) => w.end <= from && SAYING.has(w.lower))) return true
  }
  return false
}

/** Words between a subject and its verb: "I have already postponed it twice", "that we then moved". */
const AUX = wordSet(
  "have has had 've 'd already also then just even actually since now recently previously myself ourselves",
)
const WRITER_AGENT = wordSet("i i've i'd we we've we'd")
/**
 * The writer did the rescheduling: "a final round elsewhere that I postponed twice", "I've moved my
 * notice period twice". Their own diary, not a critique of the reader's scheduling.
 */
export function writerReschedules(s: Sentence, from: number): boolean {
  let j = from - 1
  while (j >= 0 && AUX.has(lower(s.words, j))) j--
  return WRITER_AGENT.has(lower(s.words, j))
}

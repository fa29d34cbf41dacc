// Context checks for `no-pushy-tone` that read past the phrase itself: what the writer needs to know
// about, whether a pressure word sits in a conditional offer, whether it is someone else's quote, and
// whether it describes answering someone else's messages fast.
import type { Sentence, Word } from '../../core/document.js'
import { clauseBreakBefore, type PhraseHit } from '../../core/phrases.js'
import { wordSet } from './util.js'

/** What the job is like ("the salary band", "the shift pattern", "how the bonus is calculated"). */
const ATTRIBUTE = wordSet(
  'salary salaries pay paid rate rates wage wages package compensation remuneration bonus bonuses benefits pension overtime hours shift shifts rota roster pattern location hybrid remote on-site probation structure duties responsibilities holiday holidays leave parking equipment sponsorship relocation allowance terms training budget uniform more',
)
/** …as opposed to where the writer stands: "where I stand", "the outcome", "whether I have the job". */
const STANDING = wordSet(
  'stand stands standing decision decided decide deciding outcome result results verdict answer back happening chance chances shortlist shortlisted considered selected successful moving progressing offering offered mine got open news update updates progress yes no word filled available asap soon sooner today tonight tomorrow now either why',
)
const DATE = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight noon eod cob end close the this next',
)
const TAIL_STOP = wordSet('before until till because as since so but')
/** "whether the role needs a driving licence": the job is the subject of the question. */
const JOB = wordSet('role job position post work team office contract it there')
const LEARN = wordSet('know hear understand learn')

/**
 * "I'd need to know the salary range before I could consider an offer", "I need to understand the
 * shift pattern": a question about the job (salary talk at most), not a demand for news. "I need to
 * know where I stand", "…whether I have the job", "…the salary by Friday" stay demands.
 */
export function needsJobFacts(sentence: Sentence, hit: PhraseHit): boolean {
  if (hit.entry.id !== 'need' || !hit.words.some((w) => LEARN.has(w.lower))) return false
  const { words } = sentence
  let attribute = false
  for (let k = words.indexOf(hit.words.at(-1)!) + 1; k < words.length; k++) {
    if (clauseBreakBefore(sentence, k)) break
    const w = words[k]!.lower
    if ((w === 'by' || w === 'within' || TAIL_STOP.has(w)) && DATE.has(words[k + 1]?.lower ?? ''))
      return false
    if (TAIL_STOP.has(w)) break
    if (STANDING.has(w)) return false
    if (ATTRIBUTE.has(w) || w === 'start') attribute = true
    if (
      (w === 'whether' || w === 'if') &&
      JOB.has(words[k + (words[k + 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '')
    )
      attribute = true
  }
  return attribute
}

const CONDITION = wordSet('if should were where')
const SUBJECT = wordSet("it it's it'd your you the speed time that this")
const REQUESTING = wordSet('could would can will please kindly')
const NEGATIVE = /^(?:not|no|never|without|unless)$|n't$/
// Who speaks after the condition: the writer offering, or "that's fine too".
const WRITER = wordSet("i i'm i'd i'll i've here my we we're we'll that's")
const WISH = wordSet(
  'appreciate appreciated grateful thankful welcome like love need needs want expect hope prefer great helpful ideal',
)

/**
 * "If it would help to decide quickly, I can send my references today", "If the role needs filling
 * urgently, I could start on Monday": the speed is the reader's, offered for, not asked of them. Not
 * "If I don't hear by Friday…" (the writer's condition), "If you could decide quickly, I'd be
 * grateful" (a request) or "If you don't reply quickly, I will…" (a threat).
 */
export function conditionalOffer(sentence: Sentence, hit: PhraseHit): boolean {
  const { words } = sentence
  const i = words.indexOf(hit.words[0]!)
  let c = -1
  for (let j = i; j >= 0; j--) {
    const w = words[j]!.lower
    if (CONDITION.has(w) || (w === 'case' && words[j - 1]?.lower === 'in')) {
      c = j
      break
    }
    if (clauseBreakBefore(sentence, j)) return false
  }
  // The condition opens the sentence, so its clause ends at the next comma before the offer.
  if (c < 0 || (c > 0 && !clauseBreakBefore(sentence, c) && !(c === 1 && words[0]!.lower === 'in')))
    return false
  const next = words[c + 1]?.lower ?? ''
  if (!SUBJECT.has(next) && !/^(?:speed|timing)$/.test(next)) return false
  let end = i + 1
  while (end < words.length && !clauseBreakBefore(sentence, end)) end++
  const condition = words.slice(c + 1, end)
  // A negation outside the phrase ("If you don't reply quickly…"), not the "no" of "yes or no".
  if (condition.some((w) => !hit.words.includes(w) && NEGATIVE.test(w.lower))) return false
  if (condition.some((w, k) => READER_PRONOUN.has(w.lower) && REQUESTING.has(condition[k + 1]?.lower ?? '')))
    return false
  if (condition.some((w) => w.lower === 'please' || w.lower === 'kindly')) return false
  const main = words.slice(end)
  if (main.length === 0 || !main.slice(0, 3).some((w) => WRITER.has(w.lower))) return false
  return !main.some((w) => WISH.has(w.lower))
}
const READER_PRONOUN = wordSet('you your team panel')

const REPORTING =
  /\b(?:says?|said|saying|wrote|writes|write|written|emailed|asked|asks|told|tells|shouted|yelled|joked|jokes|put it|phrase|motto|mantra|slogan|saying|sign|line|words|reads|read|called|calls)\b[^"“”]{0,30}$/i

/**
 * Someone else's words in quotation marks: 'my manager's favourite phrase is "I need it ASAP"', 'a
 * client once wrote "why haven't I heard back?" in the subject line'. The words outside the quote
 * are still read ('…says "we need it ASAP", so please reply ASAP' is flagged).
 */
export function quotedSpeech(text: string, sentence: Sentence, hit: PhraseHit): boolean {
  const { block } = sentence
  const before = text.slice(block.start, hit.start)
  const straight = (before.match(/"/g) ?? []).length
  let open = -1
  if (straight % 2 === 1) open = before.lastIndexOf('"')
  else {
    const curly = before.lastIndexOf('“')
    if (curly > before.lastIndexOf('”')) open = curly
  }
  if (open < 0) return false
  const after = text.slice(hit.end, block.end)
  if (!/["”]/.test(after)) return false
  return REPORTING.test(before.slice(Math.max(0, open - 60), open).trimEnd())
}

const OBJECT_VERB = wordSet(
  'answer answers answered answering respond responds responded responding reply replies replied replying',
)
const NOT_THEIRS = wordSet(
  'me us my our your you this it these those that back to a an the all every each any some today tomorrow',
)

/**
 * Someone else's messages answered fast: "answering patient queries promptly", "respond promptly
 * to tenant repairs" (a practice described, not a reply asked for). Two words in, a plural noun.
 */
export function answersOthers(sentence: Sentence, hit: PhraseHit): boolean {
  if (hit.entry.id !== 'immediately') return false
  const { words } = sentence
  const first = words.indexOf(hit.words[0]!)
  const last = words.indexOf(hit.words.at(-1)!)
  const plural = (w: Word | undefined) =>
    w !== undefined && /^[a-z][a-z-]*[^s]s$/.test(w.text) && !NOT_THEIRS.has(w.lower)
  const nounAt = (k: number) => {
    if (k >= words.length || clauseBreakBefore(sentence, k)) return false
    if (NOT_THEIRS.has(words[k]!.lower)) return false
    return plural(words[k]) || (!clauseBreakBefore(sentence, k + 1) && plural(words[k + 1]))
  }
  if (OBJECT_VERB.has(words[first]!.lower) && nounAt(first + 1)) return true
  for (let j = first; j <= Math.min(words.length - 2, last + 3); j++)
    if (j > first && clauseBreakBefore(sentence, j)) break
    else if (words[j]!.lower === 'to' && OBJECT_VERB.has(words[first]!.lower) && nounAt(j + 1)) return true
  return false
}

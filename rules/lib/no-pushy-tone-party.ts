// Who a demand, a complaint or a plea in no-pushy-tone is about: the writer, the reader's side, the
// job, or someone else (a landlord, another firm, customers). byThirdParty reads back to the subject
// of the hit's clause; fromThirdParty reads the news, wait or call after it ("from the insurer").
import type { Sentence, Word } from '../../core/document.js'
import { clauseBreakBefore, type PhraseHit } from '../../core/phrases.js'
import { wordSet } from './util.js'

/** Words that open a new clause: the clause before a hit starts after them. */
export const CLAUSE_WORDS = new Set(['but', 'yet', 'so', 'although', 'though', 'however', 'because', 'since'])

/**
 * Who a demand, a complaint or a plea is about. A deadline someone else keeps is context ("another
 * company, which may decide by the end of the month", "my current employer needs to confirm by
 * Friday"), and so is a story about someone else ("my last employer kept me waiting for months",
 * "the ward was desperately short-staffed", "my children mean the world to me", "my old manager gave
 * me no choice but…"). Reads back from the hit to the nearest subject: a pronoun, or a noun marked
 * by its determiner ("my landlord", "the other school"; "your team" and "the panel" are the
 * reader's, "this job" is the job). A clause that asks ("Could the head decide by Friday?") is
 * never excused.
 */
const THIRD_NOUN = wordSet(
  'landlord landlady gp doctor bank lender solicitor lawyer partner wife husband mum mother dad father family kids children referee referees university college embassy insurer insurance mortgage',
)
const READER_NOUN = wordSet(
  'team panel committee board company firm school organisation organization department hr office recruiter manager managers process interviewer interviewers hospital practice trust employer business agency',
)
const JOB_NOUN = wordSet(
  'email message letter query question request job role position post vacancy opportunity offer chance reply answer response decision news interview wait silence delay application candidacy',
)
const TIME = wordSet('day week month year hour minute age fortnight while moment past whole entire')
const OTHERS = wordSet('another other competing second current previous former old last my his her their our')
const NEAR = wordSet('the this that a an these those')
const ASKING = wordSet('please kindly could can would will need want like expect appreciate must')
/** The writer as a subject: "I", "we" and their contractions. */
export const WRITER = wordSet("i we i'm i've i'd i'll we're we've we'd we'll")
const READER_WORD = wordSet("you you've you'd you'll you're your")
const OWN = wordSet(
  'email messag note call voicemail applic candidaci letter follow-up inquiri enquiri cv résumé resum text',
)
const ORDINAL = wordSet(
  'first last previous earlier latest second third two three several many recent original',
)
type Party = 'writer' | 'reader' | 'third' | 'job' | null
function partyOf(words: Word[], k: number): Party {
  const lower = words[k]!.lower
  if (WRITER.has(lower)) return 'writer'
  if (READER_WORD.has(lower)) return 'reader'
  if (lower === 'they' || lower === 'he' || lower === 'she') return 'third'
  if (lower === 'which' || lower === 'who')
    return words.slice(Math.max(0, k - 4), k).some((w) => READER_WORD.has(w.lower)) ? 'reader' : 'third'
  const noun = lower.replace(/'?s$/, '')
  if (TIME.has(noun)) return null
  const det = words[k - 1]?.lower ?? ''
  if (READER_WORD.has(det)) return 'reader'
  // "my first email went unanswered": the writer's own messages are the writer's.
  let m = k
  while (m < words.length - 1 && ORDINAL.has(words[m]!.lower)) m++
  if ((det === 'my' || det === 'our') && OWN.has(words[m]!.stem)) return 'writer'
  if (OTHERS.has(det) || (det.endsWith("'s") && THIRD_NOUN.has(det.slice(0, -2)))) return 'third'
  if (NEAR.has(det)) return READER_NOUN.has(noun) ? 'reader' : JOB_NOUN.has(noun) ? 'job' : 'third'
  return THIRD_NOUN.has(noun) ? 'third' : null
}
const BOUNDARY = wordSet('and that if when whenever while as whether')
/** Verbs that open a clause without its own subject ("…and would like", "…and has asked"). */
const SHARED = wordSet('would will has have had is was wants needs expects asked wanted needed')
const PREPOSITION = wordSet('after before since in at during following last for with from on over by until')
export function byThirdParty(sentence: Sentence, i: number): boolean {
  const { words } = sentence
  let a = i
  for (;;) {
    while (a > 0 && !clauseBreakBefore(sentence, a)) {
      const w = words[a - 1]!.lower
      if (CLAUSE_WORDS.has(w) || BOUNDARY.has(w)) break
      a--
      if (w === 'which' || w === 'who') break
    }
    // "another company has offered me a role and would like an answer by Friday": a clause after
    // "and" that opens with its verb shares the subject of the clause before.
    if (a > 1 && words[a - 1]!.lower === 'and' && a < i && SHARED.has(words[a]!.lower)) a--
    else break
  }
  if (a >= i) return false
  let party: Party = null
  if (PREPOSITION.has(words[a]!.lower)) {
    // "After the restructure I had no choice…": the subject is the first pronoun after the phrase.
    for (let k = a + 1; k < i && party === null; k++)
      if (
        WRITER.has(words[k]!.lower) ||
        READER_WORD.has(words[k]!.lower) ||
        /^(they|he|she)$/.test(words[k]!.lower)
      )
        party = partyOf(words, k)
  } else {
    const det = words[a]!.lower
    party = partyOf(words, a + 1 < i && (OTHERS.has(det) || NEAR.has(det) || det === 'your') ? a + 1 : a)
    // "My wife says we really need this job": the writer is the nearer subject.
    if (words.slice(a + 1, i).some((w) => WRITER.has(w.lower))) party = 'writer'
  }
  if (party !== 'third') return false
  // "Could the head decide by Friday?": the clause asks the reader, whoever decides.
  for (let j = a - 1; j >= 0 && !clauseBreakBefore(sentence, j + 1); j--)
    if (ASKING.has(words[j]!.lower)) return false
  return true
}
/**
 * News, a wait or a call that involves someone else: "I still haven't heard from the insurer",
 * "waiting forever for the housing association", "we must reply to customers within two hours",
 * "I will call my referee on Monday", "I chased suppliers every morning". Which linking words count
 * depends on the entry: "waiting for the panel's decision" and "reply to your email" stay the reader's.
 */
const LINKS: Record<string, Set<string>> = {
  keptWaiting: wordSet('from for on'),
  whyNoReply: wordSet('from for on'),
  expect: wordSet('from'),
  clearAnswer: wordSet('from'),
  need: wordSet('from to'),
  deadline: wordSet('from to'),
  latest: wordSet('from to'),
  immediately: wordSet('from to'),
  insist: wordSet('call calls called calling phone phoned ring rang visit email emailed contact contacted'),
  nagging: wordSet(
    'call calls called calling phone phoned phoning ring rang ringing chase chased chasing email emailed emailing contact contacted',
  ),
}
const NOT_OBJECT = wordSet(
  'you your yours me us it this again back up every each on in at by today tomorrow tonight daily twice once about to for and or anyone anybody',
)
export function fromThirdParty(sentence: Sentence, hit: PhraseHit): boolean {
  const links = LINKS[hit.entry.id]
  if (!links) return false
  const { words } = sentence
  const first = words.indexOf(hit.words[0]!)
  const last = words.indexOf(hit.words[hit.words.length - 1]!)
  for (let j = first; j <= Math.min(words.length - 2, last + 4); j++) {
    if (j > first && clauseBreakBefore(sentence, j)) break
    if (!links.has(words[j]!.lower)) continue
    const next = words[j + 1]!
    if (NEAR.has(next.lower) && j + 2 < words.length && partyOf(words, j + 2) === 'third') return true
    // "reply to my landlord", but "respond promptly to my emails" is the writer's own messages.
    const mine = (next.lower === 'my' || next.lower === 'our') && OWN.has(words[j + 2]?.stem ?? '')
    if (
      (OTHERS.has(next.lower) && !mine) ||
      THIRD_NOUN.has(next.lower) ||
      next.lower === 'him' ||
      next.lower === 'them'
    )
      return true
    // A bare plural such as "chase suppliers", "reply to customers" (a name may be the reader's).
    const bare = /^[a-z]+[^s]s$/.test(next.text) && !TIME.has(next.lower.slice(0, -1))
    if (bare && !NOT_OBJECT.has(next.lower) && !READER_NOUN.has(next.lower)) return true
  }
  return false
}

// When a pressure phrase in no-pushy-tone is not pressure: taken back in its own clause ("no rush to
// answer immediately"), "ASAP" as a label ("the ASAP tickets"), a story about someone else's speed,
// or one of the context checks of no-pushy-tone-context.ts and no-pushy-tone-party.ts.
import type { Sentence, Word } from '../../core/document.js'
import { clauseBreakBefore, type PhraseHit, PhraseMatcher } from '../../core/phrases.js'
import { answersOthers, conditionalOffer, needsJobFacts } from './no-pushy-tone-context.js'
import { byThirdParty, CLAUSE_WORDS, fromThirdParty } from './no-pushy-tone-party.js'
import { ownFewNotes, reportedSpeech } from './no-pushy-tone-reported.js'
import { wordSet } from './util.js'

/**
 * Words before a demand that take the pressure off it: "please don't feel you need to reply
 * quickly", "no rush to answer immediately", "I'm not asking you to reconsider", "I do not say this
 * to change the decision". Only in the demand's own clause ("No pressure, but I need…" still counts).
 */
const RELIEF = new PhraseMatcher([
  {
    id: 'relief',
    patterns: [
      "=don't|=not|=never|=needn't =feel|=worry",
      '=no|=without|=not =any? =need|=pressure|=rush|=hurry|=obligation|=expectation',
      "=don't|=not|=isn't|=wasn't|=aren't =in =a? =hurry|=rush",
      "=don't|=doesn't|=not|=needn't =need|=have =to",
      // Present-tense disclaimers only: "I didn't expect to wait this long" is a complaint.
      "=don't|=not|=i'm|=am =not? =expecting|=expect|=asking|=ask|=saying|=say|=writing|=trying|=seeking|=requesting|=meant|=intended|=mean|=intend",
      "=isn't|=not =an =attempt|=meant|=intended",
      // "It's not that I need an answer today", "not because I expect you to reconsider" (see excused).
      "=not|=isn't|=wasn't =that|=because =i|=we|=you",
    ],
  },
])
/** A story about the job or the day, not a demand: "how your dispatchers must decide immediately". */
const STORY = new Set(['how', 'whenever', 'while', 'where'])
const THIRD = new Set(['we', 'us', 'our', 'they', 'them', 'he', 'she', 'him', 'her'])
const READER = new Set(['please', 'you', 'your', 'me', 'let', 'i', "i'd", "i'm"])
/** Entries that ask for speed: a story about speed elsewhere is not one. */
const SPEED = new Set(['asap', 'immediately'])

/** Indices of the words of `sentence` in the clause before word `i` (back to a mark or "but"). */
function clauseBefore(sentence: Sentence, i: number): Word[] {
  let a = i
  while (a > 0 && !clauseBreakBefore(sentence, a) && !CLAUSE_WORDS.has(sentence.words[a - 1]!.lower)) a--
  return sentence.words.slice(a, i)
}

/** Words that make a clause ask the reader for something: "Need an answer ASAP", "Kindly revert ASAP". */
const REQUEST = wordSet(
  'respond responds response reply replies answer answers hear know decide decision confirm confirmation call contact update updates tell inform advise revert back feedback news word outcome result results review consider process treat expedite prioritise prioritize send schedule',
)
/** "ASAP" naming a kind of work, not asking: "the ASAP tickets", "orders marked ASAP", "ASAP jobs". */
const DETERMINER = wordSet('the a an every any some all those these their our his her its each no')
const LABELLED = wordSet('marked flagged labelled labeled tagged stamped listed filed')
const WORK = wordSet(
  'ticket request order job task item fix deadlin list queue pile work basi mode cultur label flag tag thing stuff',
)
function asapAsLabel(sentence: Sentence, i: number): boolean {
  const { words } = sentence
  const prev = words[i - 1]?.lower ?? ''
  const prev2 = words[i - 2]?.lower ?? ''
  if (DETERMINER.has(prev) || LABELLED.has(prev) || (prev === 'as' && LABELLED.has(prev2))) return true
  const next = words[i + 1]
  return next !== undefined && WORK.has(next.stem) && !clauseBreakBefore(sentence, i + 1)
}

const TURNED = wordSet('turn turned turning pass passed passing gave give giving said')
const TIED = wordSet(
  "you your yours you've you'd this these available availability free open clear elsewhere strength hold waiting",
)

/** Is this hit a demand the sentence itself takes back, or a story about someone else's speed? */
export function excused(sentence: Sentence, hit: PhraseHit): boolean {
  const { words } = sentence
  const i = words.indexOf(hit.words[0]!)
  if (i < 0) return false
  if (hit.entry.id === 'asap' && hit.words.length === 1 && asapAsLabel(sentence, i)) return true
  if (needsJobFacts(sentence, hit) || conditionalOffer(sentence, hit) || answersOthers(sentence, hit))
    return true
  if (reportedSpeech(sentence, hit) || ownFewNotes(sentence, hit)) return true
  // "My family is depending on me getting this job" is still the writer's plea.
  const onWriter = hit.entry.id === 'desperation' && hit.words.slice(0, -1).some((w) => w.lower === 'me')
  if (!hit.entry.kinds && !onWriter && byThirdParty(sentence, i)) return true
  if (fromThirdParty(sentence, hit)) return true
  // "I turned down an offer from another firm last spring to finish my degree": a story, unless it
  // is tied to this process ("…to stay available for you", "…for this role", "…elsewhere").
  if (hit.entry.id === 'guiltTrip' && TURNED.has(words[i]!.lower) && !words.some((w) => TIED.has(w.lower)))
    return true
  const before = clauseBefore(sentence, i)
  if (before.length === 0) return false
  const a = i - before.length
  // "not because I expect you to change the decision, but…": the reason is disowned.
  const cut = words[a - 1]?.lower
  const neg = words[a - 2]?.lower ?? ''
  if ((cut === 'because' || cut === 'so') && (neg === 'not' || neg.endsWith("n't"))) return true
  const from = before[0]!.start
  if (RELIEF.match(sentence).some((r) => r.start >= from && r.end <= hit.start)) return true
  if (!SPEED.has(hit.entry.id)) return false
  if (before.some((w) => STORY.has(w.lower))) return true
  const toReader = before.some((w) => READER.has(w.lower))
  // "where the lender wanted the reports ASAP": nothing in the clause asks the reader for anything.
  if (hit.entry.id === 'asap' && !toReader && !before.some((w) => REQUEST.has(w.lower))) return true
  return before.some((w) => THIRD.has(w.lower)) && !toReader
}

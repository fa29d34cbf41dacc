// Two readings of no-pushy-tone hits that are not the writer pressing the reader: someone else's
// words reported without quotation marks ("my recruiter said they need an answer by Friday"), and a
// writer counting their own few notes without complaint ("I know my last two emails may have got
// lost", "I have now emailed three times, so I will leave it here").
import type { Sentence } from '../../core/document.js'
import { clauseBreakBefore, type PhraseHit } from '../../core/phrases.js'
import { CLAUSE_WORDS, WRITER } from './no-pushy-tone-party.js'
import { wordSet } from './util.js'

const REPORTING = wordSet(
  'said says saying mentioned mentions mentioning told tells telling explained explains noted notes indicated indicates wrote writes advised advises informed informs suggested suggests warned warns confirmed confirms added adds stated states',
)
const PASSIVE = wordSet('was were been being am is are')
/** "As mentioned, …", "like I said": the writer reminding the reader of their own words. */
const SELF = wordSet('as like')

/**
 * A hit inside someone else's reported words: "Jane said the panel must decide by the end of the
 * month", "I remember you saying that the team needed an answer from finance", "I was told they
 * need a reply by Friday". Not the writer's own words ("As I said, I need an answer by Friday", "I
 * told them I expect a reply"), and not a clause of the writer's own after it ("You said you'd
 * decide by Friday, so I need your answer today"; "…and I expect…").
 */
export function reportedSpeech(sentence: Sentence, hit: PhraseHit): boolean {
  // Desperation stays the writer's, whoever says it: "my wife says we really need this job".
  if (hit.entry.id === 'desperation') return false
  const { words } = sentence
  const i = words.indexOf(hit.words[0]!)
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j]!.lower
    if (clauseBreakBefore(sentence, j + 1)) return false
    if (CLAUSE_WORDS.has(w)) return false
    if (w === 'and' && WRITER.has(words[j + 1]?.lower ?? '')) return false
    if (!REPORTING.has(w)) continue
    // "She said I need to push for an answer by Friday": the writer's own move, reported or not.
    if (words.slice(j + 1, i).some((x) => WRITER.has(x.lower))) return false
    return reporter(sentence, j) !== 'writer'
  }
  return false
}

function reporter(sentence: Sentence, v: number): 'writer' | 'other' {
  const { words } = sentence
  const verb = words[v]!.lower
  // "I was told", "we have been advised": reported to the writer.
  if (PASSIVE.has(words[v - 1]?.lower ?? '')) return 'other'
  // "told me", "informed us": someone else speaking to the writer.
  const next = words[v + 1]?.lower ?? ''
  if ((next === 'me' || next === 'us') && !/^(?:said|says|saying)$/.test(verb)) return 'other'
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    // "When we met, Jane said…": the subject is in the reporting clause.
    if (clauseBreakBefore(sentence, k + 1)) break
    const w = words[k]!.lower
    if (WRITER.has(w)) return 'writer'
    if (SELF.has(w)) return 'writer'
    if (/^(?:you|they|he|she|it|who)$/.test(w)) return 'other'
  }
  return 'other'
}

const LOW = wordSet('two three twice couple 2 3 once')
const COUNT = wordSet(
  'two three four five six seven eight nine ten twice once couple several multiple many numerous countless',
)
/** Signs that the count is a complaint: "three emails and no reply", "still nothing", "ignored". */
const COMPLAINT = wordSet('no nothing without unanswered ignored ignoring silence')
const STILL_NONE = wordSet("no nothing not waiting haven't hasn't silence")
const SOON = wordSet('today yesterday tonight')
const SHORT = wordSet('this same one a few two three couple past last 24 48')
const HEARD = wordSet('heard hear received receive answered replied responded acknowledged got gotten had')

/**
 * A count of the writer's own notes within the three the guidance allows (seed 002), said without
 * a complaint about the silence: the count shows awareness, not nagging. "I have emailed you four
 * times", "my last two emails went unanswered", "three emails and still no reply" stay nagging.
 */
export function ownFewNotes(sentence: Sentence, hit: PhraseHit): boolean {
  if (hit.entry.id !== 'nagging') return false
  const { words } = sentence
  const from = words.indexOf(hit.words[0]!)
  const to = words.indexOf(hit.words.at(-1)!)
  const counts = words.slice(from, to + 1).filter((w) => COUNT.has(w.lower) || /^\d+$/.test(w.lower))
  if (counts.length === 0 || counts.some((w) => !LOW.has(w.lower))) return false
  // "I have called your office 3 times this week": three in a week is too many, however calm.
  const span = words.some(
    (w, k) =>
      SOON.has(w.lower) ||
      (SHORT.has(w.lower) &&
        /^(?:week|day|days|morning|afternoon|evening|hours?)$/.test(words[k + 1]?.lower ?? '')),
  )
  if (span) return false
  return !words.some(
    (w, k) =>
      COMPLAINT.has(w.lower) ||
      (w.lower === 'still' && STILL_NONE.has(words[k + 1]?.lower ?? '')) ||
      (HEARD.has(w.lower) &&
        words.slice(Math.max(0, k - 3), k).some((n) => n.lower === 'not' || n.lower.endsWith("n't"))),
  )
}

// The vocabulary of require-specifics and the word-level tests built on it: the word lists of
// rules/data/require-specifics.yml (generic, abstract, role and title words, function words, verbs,
// the writer's own background…), word shapes (capitals, past tenses, adverbs), and whether a word is
// part of a job title (isRole), a number that is a date, time, length of time or pay (dateNum), or
// whether a run of capitalised words names a detail (namedDetail).
import type { Word } from '../../core/document.js'
import { normalizeWord, stemOf } from '../../core/words.js'
import { PHRASES } from '../phrases.generated.js'
import { unicodeTest } from './util.js'

export const keyOf = (lower: string) => stemOf(lower.replace(/'s?$/, ''))
type Pred = (w: Word | undefined) => boolean
/** A word-list entry of the data file: `=word` matches exactly, other words by stem. */
function wordList(id: string): Pred {
  const keys = new Set<string>()
  for (const e of PHRASES['require-specifics'].entries.filter((x) => x.id === id))
    for (const p of e.patterns.flatMap((x) => x.split(/[\s|]+/)))
      keys.add(p.startsWith('=') ? `=${normalizeWord(p.slice(1))}` : keyOf(normalizeWord(p)))
  // The lists are asked about the same words many times per note: remember each answer.
  const known = new Map<string, boolean>()
  return (w) => {
    if (w === undefined) return false
    let yes = known.get(w.lower)
    if (yes === undefined) {
      yes = keys.has(`=${w.lower}`) || keys.has(keyOf(w.lower))
      if (known.size > 20_000) known.clear()
      known.set(w.lower, yes)
    }
    return yes
  }
}
const GENERIC_WORD = wordList('generic')
const ABSTRACT = wordList('abstract')
export const GENERIC: Pred = (w) => GENERIC_WORD(w) || ABSTRACT(w)
export const ROLE = wordList('roleNoun')
export const TITLE = wordList('jobTitle')
export const FUNCTION = wordList('function')
export const CALENDAR = wordList('calendar')
export const NOT_NAME = wordList('notName')
export const BREAK = wordList('clauseBreak')
export const VERB = wordList('verb')
/** Degrees written with dots ("B.Sc.", "Ph.D.", "LL.M.") count with the ownBackground list. */
const DEGREE = /^(?:[bm]\.(?:sc|ed|a|eng|com|tech|phil|s|des|mus|arch)|ph\.d|ll\.[bm]|ed\.d|d\.phil)$/
const OWN_WORD = wordList('ownBackground')
export const OWN: Pred = (w) => w !== undefined && (OWN_WORD(w) || DEGREE.test(w.lower))
export const CORPORATE = wordList('corporate')
export const ORG = wordList('orgNoun')
export const NOT_ADVERB = wordList('notAdverb')
/** Vague hyphenated praise ("high-quality", "person-centred", "large-scale"): a quality, not a referent. */
export const VAGUE_COMPOUND =
  /^(?:high|large|world|top|best|fast|well|long|short|cutting|state|hands|full|forward|decision|problem|values|purpose|mission)-|-(?:centred|centered|centric|focused|focussed|oriented|orientated|driven|led|first|informed|minded|quality|class|scale|level|standard|notch|paced|edge|art|term|rounded|based|making|solving|building|facing|wide)$/
export const STOP_MARK = /[,;:.!?()[\]—–"“”]/
export const MEETING =
  /^(?:interview|meet|met|conversation|convo|spoke|speak|talk|chat|call|time|panel|visit|tour|tasting|welcom|hosting|having|inviting|showing|shadow|trial)/
export const WH = /^(?:how|what|why|whether|when|where|which)$/
export const DETERMINER = /^(?:the|a|an|our|my|your|their|his|her|its|this|that|these|those|such|each)$/
/** Adverbs ("truly", "deeply") and verbs in the past ("confirmed", "came") are never a topic. */
export const ADVERB = unicodeTest(/^[a-z]{3,}ly$/i, /^\p{L}{3,}ly$/u)
const PAST = unicodeTest(/^[a-z]{3,}(?:ed|ied)$/i, /^\p{L}{3,}(?:ed|ied)$/u)
const AUX = /^(?:would|could|will|can|should|might|must|may|shall|am|is|are|was|were|have|has|had|do|did|i)$/
export const past = (w: Word) => PAST(w.lower) && !/(?:eed|hundred)$/.test(w.lower)
export const verbish = (w: Word | undefined) => w !== undefined && (VERB(w) || AUX.test(w.lower) || past(w))
export const DEPT =
  /^(?:team|teams|department|departments|dept|function|functions|division|divisions|org|crew|staff)$/
/** Topic words that name the writer's own work when "I" is their subject. */
export const WORK_VERB =
  /^(?:solve|solving|build|building|design|designing|review|reviewing|work|working|test|testing)$/
export const HABIT =
  /^(?:to|try|tries|aim|strive|always|usually|often|regularly|also|still|currently|typically|generally|normally|tend|do|can|really)$/
/** Role nouns that also name a piece of work ("the commercial package program", "the Mersey Gateway
 * contract", "small commercial jobs"): a job only after a title or a career word ("the graduate scheme", "the Summer Analyst Program"). */
export const SCHEME =
  /^(?:jobs|program|programs|programme|programmes|scheme|schemes|rotation|rotations|placement|placements|contract|contracts|assignment|assignments|cohort|intake|name|appointment|appointments)$/
export const CAREER =
  /^(?:graduate|grad|trainee|apprentice|apprenticeship|intern|internship|residency|fellowship|rotational|leadership|management|development|training|early|careers?|summer|entry|entry-level|returnship|returner|placement|year|industrial|sandwich)$/
/** Counted things of the interview itself: "3 rounds", "the 2 other panellists", "4 questions". */
export const INTERVIEW_COUNT =
  /^(?:rounds?|stages?|panell?ists?|interviewers?|panels?|members?|people|persons?|candidates?|questions?|calls?|meetings?|conversations?|sessions?|colleagues?|managers?)$/
/** Words after which "that"/"those" points back to a thing: "thinking about that glaze". */
export const POINTING = /^(?:about|of|with|by|like|on|over|from)$/
export const bareName = (w: Word) => w.lower.replace(/'s?$/, '')
export const LETTERS3_OR_DIGIT = unicodeTest(/[a-z]{3}|\d/i, /\p{L}{3}|\d/u)
export const ING = unicodeTest(/[a-z]{3}ing$/i, /\p{L}{3}ing$/u)
export const PLURAL = unicodeTest(/[a-z]{3}s$/i, /\p{L}{3}s$/u)
export const CAPITAL = unicodeTest(/^[A-Z]/, /^\p{Lu}/u)
/** An everyday word in capitals for emphasis ("BEAUTIFUL", "REALLY"), not an acronym ("NHS", "HIPAA"). */
export const SHOUTED = (text: string) =>
  /^[A-Z]{4,}$/.test(text) && /(?:FUL|ING|LY|OUS|IVE|ABLE|IBLE|EST|ED|MENT|NESS|ANT|ENT)$/.test(text)
const CALENDAR_WORD =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?)$/
export const calendarCompound = (w: Word) =>
  /[-/–]/.test(w.lower) && w.lower.split(/[-/–]/).every((p) => CALENDAR_WORD.test(p))
export const capital = (w: Word) => CAPITAL(w.text)

// "the teaching position", "Junior Marketing Associate": words of a job title are not details.
export function isRole(words: readonly Word[], i: number): boolean {
  const roleAt = (n: number) => ROLE(words[n])
  for (let j = i; j < Math.min(words.length, i + 4) && !FUNCTION(words[j]); j++)
    if (
      (roleAt(j) &&
        (!SCHEME.test(words[j]!.lower) || words.slice(i, j).some((w) => CAREER.test(w.lower) || TITLE(w)))) ||
      (TITLE(words[j]) && capital(words[j]!) && capital(words[i]!))
    )
      return true
  // "the position of Firefighter", "as a Registered Nurse": a title, whatever its words.
  let k = i
  while (k > 0 && capital(words[k]!) && capital(words[k - 1]!)) k--
  const before = (n: number) => words[k - n]?.lower ?? ''
  if (
    capital(words[i]!) &&
    ((before(1) === 'of' && roleAt(k - 2)) || (/^an?$/.test(before(1)) && before(2) === 'as'))
  )
    return true
  return TITLE(words[i]) && capital(words[i]!)
}

// Dates and times are not details of the conversation: "Tuesday, November 18", "2:30 pm", "the 4th".
// Nor are lengths of time ("6 years of experience", "our 45-minute call") or phone numbers.
export function dateNum(text: string, words: readonly Word[], i: number): boolean {
  return (
    CALENDAR(words[i - 1]) ||
    CALENDAR(words[i + 1]) ||
    /^\d+(?:st|nd|rd|th)$|^\d{1,2}[:./]\d\d?|^\d{1,2}(?:am|pm)$|\d{3}[-.]\d{3}|\+$/.test(words[i]!.lower) ||
    // "9-5", "10am-2pm", "9:30–4": a span of clock times.
    /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?[-–]\d{1,2}(?:[:.]\d\d)?(?:am|pm)?$/.test(words[i]!.lower) ||
    (/^(?:19|20)\d\d$/.test(words[i]!.lower) &&
      /^(?:in|since|by|from|until|of)$/.test(words[i - 1]?.lower ?? '')) ||
    (/^\d{1,2}$/.test(words[i]!.lower) && GENERIC(words[i + 1])) ||
    /^:\d|^\+/.test(text.slice(words[i]!.end)) ||
    // Money ("£32,000", "$85k") is pay, not a detail of the conversation.
    /[£$€¥]\s*$|\d,$/.test(text.slice(Math.max(0, words[i]!.start - 2), words[i]!.start)) ||
    /^(?:years?|yrs?)$/.test(words[i + 1]?.lower ?? '') ||
    // "our 45 min chat", "11 a.m.", "within 48 hrs": a length of time or a clock time.
    /^(?:mins?|minutes?|hrs?|hours?|h|secs?|seconds?|days?|weeks?|wks?|[ap]\.?m\.?)$/.test(
      words[i + 1]?.lower ?? '',
    ) ||
    // "the 2 other panellists", "3 rounds": the interview's own people and stages.
    INTERVIEW_COUNT.test(words[i + 1]?.lower ?? '') ||
    (/^(?:other|more|further|separate|different|additional)$/.test(words[i + 1]?.lower ?? '') &&
      INTERVIEW_COUNT.test(words[i + 2]?.lower ?? '')) ||
    (/^\d+-?(?:minutes?|min|hours?|hr)?$/.test(words[i]!.lower) && MEETING.test(words[i + 1]?.lower ?? '')) ||
    // "over 140 jobs", "my third interview": the writer's search, not the interview.
    /^(?:jobs|applications|roles|positions|interviews|rejections|companies|employers)$/.test(
      words[i + 1]?.lower ?? '',
    ) ||
    // "the Year 2 teaching post", "Band 5 nurse": part of a job title.
    ROLE(words[i + 1]) ||
    ROLE(words[i + 2])
  )
}

/**
 * A run of capitalised words mid-sentence (`run`, indices into `words`; `next` the index after it) as
 * the words of a detail it names, or undefined when it names none.
 */
export function namedDetail(
  text: string,
  words: readonly Word[],
  run: readonly number[],
  next: number,
  gapBefore: (i: number) => string,
): readonly number[] | undefined {
  const roleAt = (n: number) => ROLE(words[n])
  const last = run.at(-1)
  // "the Phone Screen" (plain words) and ", Ana," (the reader, addressed by name) are not details.
  // "Dr Young", "Chef Grace": after an honorific, a plain word is a surname.
  const generic =
    !/^(?:mr|mrs|ms|mx|dr|prof|chef|sister|coach)\.?$/.test(words[run[0]! - 1]?.lower ?? '') &&
    run.every(
      (i) =>
        GENERIC(words[i]) ||
        FUNCTION(words[i]) ||
        MEETING.test(words[i]!.lower) ||
        VAGUE_COMPOUND.test(words[i]!.lower) ||
        SHOUTED(words[i]!.text),
    )
  const vocative =
    run.length === 1 && /,\s*$/.test(gapBefore(run[0]!)) && /^\s*[,.!?]/.test(text.slice(words[run[0]!]!.end))
  // "Charge Nurse Delgado", "Head Chef Marco Rossi": the person after the title is a detail.
  const lastTitle = run.findLastIndex((i) => roleAt(i) || TITLE(words[i]))
  const person = run.slice(lastTitle + 1)
  let found = run
  if (
    lastTitle >= 0 &&
    person.length > 0 &&
    /^\s+$/.test(gapBefore(person[0]!)) &&
    !roleAt(next) &&
    person.every((i) => !GENERIC(words[i]) && !ORG(words[i]) && !CORPORATE(words[i]))
  )
    found = person
  // "Assistant Manager – HR": a run with a job word in it is a title.
  if (
    last !== undefined &&
    !isRole(words, found[0]!) &&
    !generic &&
    !vocative &&
    !isRole(words, last) &&
    !roleAt(next) &&
    !found.some((i) => roleAt(i) || TITLE(words[i]))
  )
    return found
  return undefined
}

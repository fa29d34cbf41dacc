// Who or what an evaluative word in no-negative-tone judges: the reader's side (interview, process,
// people), the writer, or nothing in particular. Word sets and clause helpers shared by the rule.
import type { Sentence, Word } from '../../core/document.js'
import { clauseBreakBefore } from '../../core/phrases.js'
import { wordSet } from './util.js'

// What a judgement is about. Evaluative words ("disorganized", "rude") are flagged only when their
// target is the interview, the process or the people; "I felt unprepared" (the writer), "at my last
// job" (the writer's past) and "how the team fixed a chaotic handoff" (a problem the role solves)
// are not critiques.
export const PEOPLE = wordSet(
  "you your yours yourself yourselves you're you've you'd you'll they them their they're they've he she him her everyone everybody nobody candidates applicants",
)
export const NOUNS = wordSet(
  'interview interviews interviewer interviewers interviewing process processes panel panels panelist panelists ' +
    'question questions team teams company organisation organization organisations organizations firm agency ' +
    'recruiter recruiters recruiting recruitment hr hiring communication communications scheduling schedule ' +
    'rescheduling manager managers staff people assessment assessments test exercise format logistics call ' +
    'calls meeting conversation screening screen experience department office receptionist coordinator round ' +
    'rounds onsite visit tour timeline organizer organizers host hosts floor room space building lobby reception ' +
    'venue facility facilities environment setting setup location premises platform video connection link portal ' +
    'website system software feedback posting listing advert advertisement ad description chat discussion trip ' +
    'journey task tasks assignment assignments homework take-home email emails message messages letter reply response ' +
    'delay delays silence wait study presentation brief briefing instructions information details ' +
    'demonstration demo lesson session workshop observation council employer handling gentleman gentlemen',
)
/** Things a writer can own: "my team was chaotic" is about their own job. */
export const OWNABLE = wordSet(
  'team teams company firm agency manager managers staff people office department schedule room space setup ' +
    'connection video link system software feedback experience email emails message messages letter reply response ' +
    'presentation study details information demonstration demo lesson session',
)
export const WAITING = wordSet(
  'chasing chased chase chasers wait waiting waited weeks months response responses responded reply replies replied update updates silence decision feedback heard hearing contacted application candidacy',
)
export const SELF = wordSet("i i'm i've i'd i'll myself")
/** People the writer serves or works with: "callers can be rude when they are scared" is their work. */
export const THIRD = wordSet(
  'clients client patients patient customers customer callers caller families residents tenants victims ' +
    'survivors pupils pupil students student parents learners users children kids guests passengers travellers ' +
    'travelers visitors service-users claimants',
)
/** Weather, traffic and travel: "the roadworks outside your building were noisy" is nobody's fault. */
export const EXTERNAL = wordSet(
  'weather rain snow storm wind heat heatwave traffic roadworks road roads construction strike strikes train ' +
    'trains bus buses tube metro flight flights motorway commute drive',
)
export const HELD_UP = wordSet('waiting waited wait silence chasing')
export const SUBJECTS = wordSet('they he she you we i')
export const MET = wordSet('met meet spoke talked dealt saw interviewed emailed phoned called contacted')
export const SPATIAL = wordSet(
  'outside near opposite behind beside next around across past front close adjacent',
)
/** "the roadworks outside your building", "the café next to your office": index of the place word, or -1. */
export function spatialBefore(words: readonly Word[], j: number): number {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const w = lower(words, k)
    if (SPATIAL.has(w)) return k
    if (!DETERMINERS.has(w) && w !== 'to' && w !== 'of') return -1
  }
  return -1
}
/** "These processes can be slow", "interviews often feel rushed": a general remark, not this one. */
export const GENERIC = wordSet('can may might often sometimes usually tend tends generally inevitably')
export const PAST = wordSet('previous former last old past prior')
export const NEUTRAL = wordSet('it this that everything things which what')
export const PREPS = wordSet('to about on of for in regarding with at during from')
export const FORWARD_PREPS = wordSet('during in at throughout with from of on')
export const DETERMINERS = wordSet(
  'a an the this that these those my your our their his her its such some any',
)
export const INTENSIFIERS = wordSet(
  'very really quite rather bit little tad touch somewhat fairly pretty extremely incredibly so too completely totally utterly highly kind sort slightly overly genuinely truly just far way much',
)
export const CONJUNCTIONS = wordSet('but which while although though because whereas however')
export const BOUNDARY = /[,;:—–()!?]/
export const NEG_CUES = wordSet('expected hoped wish should surprised')
/** "There is no rush on your side", "no pressure at all": a reassurance, not a complaint. */
export const REASSURED = wordSet(
  'rush hurry pressure worries worry problem problems obligation need expectation urgency',
)

export type Verdict = 'target' | 'self' | 'none'
/** Linking verbs: "X and Y seem excessive" judges X and Y across the "and". */
export const LINKING = wordSet(
  'is are was were be been seem seems seemed feel feels felt look looks looked sound sounds sounded appear appears appeared become became remain remained got',
)

/** The word at `i`, lower case, possessive dropped ("the panel's" → "panel"). */
export const lower = (words: readonly Word[], i: number) => (words[i]?.lower ?? '').replace(/'s$/, '')

export function boundaryBefore(s: Sentence, i: number): boolean {
  const w = s.words[i]
  const prev = s.words[i - 1]
  if (!w || !prev) return true
  if (CONJUNCTIONS.has(w.lower)) return true
  // "and"/"or" start a new clause only before a new subject ("rushed and unfair" shares one).
  if (w.lower === 'and' || w.lower === 'or') {
    const next = s.words[i + 1]?.lower ?? ''
    if (SELF.has(next) || PEOPLE.has(next) || DETERMINERS.has(next) || NEUTRAL.has(next) || NOUNS.has(next))
      return true
  }
  return s.marks.some((m) => m.start >= prev.end && m.end <= w.start && BOUNDARY.test(m.text))
}

/** Is the noun at `j` the writer's own ("my team", "my previous manager", "my answer to the question")? */
export function owned(words: readonly Word[], j: number): boolean {
  let sawPrep = false
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const w = lower(words, k)
    if (PAST.has(w)) return true
    if (w === 'my') return sawPrep || OWNABLE.has(lower(words, j)) || lower(words, k + 1) === 'own'
    // "in our office" (the writer's workplace); "our conversation" stays shared with the reader.
    if (w === 'our') return OWNABLE.has(lower(words, j))
    if (PREPS.has(w)) sawPrep = true
    else if (!sawPrep && k < j - 2) return false
  }
  return false
}

/** "I'm a …", "I made a …", "I gave a …" before the determiner at `k`. */
export function selfBefore(words: readonly Word[], k: number): boolean {
  const prev = lower(words, k - 1)
  if (prev === "i'm" || prev === 'am') return true
  return SELF.has(lower(words, k - 2)) && !NEUTRAL.has(prev) && !PEOPLE.has(prev)
}

export const OPINION = wordSet(
  'think thought felt feel find found believe believed consider considered guess suppose',
)

/**
 * Indices of the words of an opinion aside before word `from`: "in my opinion", "to my mind", and
 * "I felt" before its own verb ("which I felt was confusing"). The judgement looks past them.
 */
export function hedges(s: Sentence, from: number): Set<number> {
  const out = new Set<number>()
  const { words } = s
  for (let j = 0; j < from; j++) {
    const w = lower(words, j)
    if (
      (w === 'opinion' || w === 'view' || w === 'mind') &&
      lower(words, j - 1) === 'my' &&
      ['in', 'to'].includes(lower(words, j - 2))
    )
      for (const k of [j - 2, j - 1, j]) out.add(k)
    if (
      SELF.has(w) &&
      OPINION.has(lower(words, j + 1)) &&
      words.slice(j + 2, from).some((x) => LINKING.has(x.lower))
    )
      for (const k of [j, j + 1]) out.add(k)
  }
  return out
}

/** What the evaluative words at [from, to) judge: scan back to the clause start, then forward. */
export function verdict(s: Sentence, from: number, to: number, forward: boolean): Verdict {
  const { words } = s
  let k = from - 1
  while (k >= 0 && INTENSIFIERS.has(lower(words, k))) k--
  if (['bit', 'little', 'tad', 'touch'].includes(lower(words, k + 1)) && lower(words, k) === 'a') k--
  // "Apologies for being slow to reply", "I owe you an explanation for being late": the writer.
  if (lower(words, k) === 'being' && ['for', 'about', 'of'].includes(lower(words, k - 1)))
    return PEOPLE.has(lower(words, k - 2)) ? 'target' : 'self'
  const attributive = k >= 0 && DETERMINERS.has(lower(words, k)) && !boundaryBefore(s, k + 1)
  // "I'm a terrible judge of my own interviews", "I made a silly slip": the writer describes themself.
  if (attributive && (lower(words, k) === 'my' || selfBefore(words, k))) return 'self'
  if (!attributive) {
    const aside = hedges(s, from)
    let limit = Math.max(0, from - 8)
    let afterWhich = false
    let whichAt = -1
    for (let j = from - 1; j >= limit; j--) {
      const w = lower(words, j)
      if (aside.has(j)) {
        limit = Math.max(0, limit - 1)
        continue
      }
      if (PEOPLE.has(w)) return 'target'
      // "The roadworks outside your building": the building is where, not what is judged.
      const place = NOUNS.has(w) ? spatialBefore(words, j) : -1
      if (place >= 0) {
        j = place
        continue
      }
      if (NOUNS.has(w)) return owned(words, j) ? 'self' : 'target'
      // "The recruiter I spoke to was curt": a relative clause about the reader's side.
      if (
        SELF.has(w) &&
        MET.has(lower(words, j + 1)) &&
        (NOUNS.has(lower(words, j - 1)) || PEOPLE.has(lower(words, j - 1)))
      )
        return 'target'
      // "I've been waiting six weeks, which seems excessive": the wait is judged.
      if (afterWhich && HELD_UP.has(w)) return 'target'
      if (SELF.has(w) || THIRD.has(w) || EXTERNAL.has(w)) return 'self'
      if (w === 'my' && !PREPS.has(lower(words, j - 1))) return 'self'
      // "…, which was unprofessional": the judgement is about the clause before "which".
      if (w === 'which') {
        afterWhich = true
        whichAt = j
      }
      if (boundaryBefore(s, j) && w !== 'which' && !aside.has(j - 1)) break
      // "I was shocked by how unprepared the panel seemed": the judgement has its own subject.
      if (w === 'how') break
    }
    // Past the window, a long clause before "which" is judged by its subject: "The practical test
    // was on a gearbox nobody has made since the 90s, which didn't seem fair".
    if (whichAt > 0) {
      const subject = clauseSubject(s, whichAt)
      if (subject) return subject
    }
  }
  if (!forward) return 'none'
  // "It is pretty shabby to leave candidates waiting": what the infinitive does to whom.
  if (lower(words, to) === 'to' && LINKING.has(lower(words, k)) && NEUTRAL.has(lower(words, k - 1)))
    for (let j = to + 2; j < Math.min(words.length, to + 6); j++) {
      if (boundaryBefore(s, j)) break
      if (SELF.has(lower(words, j)) || lower(words, j) === 'my') return 'self'
      if (NOUNS.has(lower(words, j)) || PEOPLE.has(lower(words, j)))
        return owned(words, j) ? 'self' : 'target'
    }
  for (let j = to; j < Math.min(words.length, to + 2); j++) {
    if (j > to && boundaryBefore(s, j)) break
    // "the awful food they joked about": a new clause's subject, not what is judged.
    if (j > to && SUBJECTS.has(lower(words, j))) break
    if (NOUNS.has(lower(words, j)) || PEOPLE.has(lower(words, j))) return 'target'
    if (FORWARD_PREPS.has(lower(words, j))) {
      for (let m = j + 1; m < Math.min(words.length, j + 4); m++)
        if (NOUNS.has(lower(words, m)) || PEOPLE.has(lower(words, m)))
          return owned(words, m) ? 'self' : 'target'
      break
    }
  }
  return 'none'
}

/**
 * Does the clause that ends before `end` open with the reader's side ("The practical test was…")?
 * 'target' if so; null when it opens with the writer or anything else (the caller decides then).
 */
function clauseSubject(s: Sentence, end: number): Verdict | null {
  let start = end - 1
  while (start > 0 && !boundaryBefore(s, start)) start--
  for (let j = start; j < Math.min(end, start + 4); j++) {
    const w = lower(s.words, j)
    if (SELF.has(w) || w === 'my') return null
    if (PEOPLE.has(w)) return 'target'
    if (NOUNS.has(w)) return owned(s.words, j) ? null : 'target'
  }
  return null
}

/** "Processes like this can be slow", "interviews often feel rushed": a general remark. */
export function generic(s: Sentence, from: number): boolean {
  let k = from - 1
  while (k >= 0 && INTENSIFIERS.has(lower(s.words, k))) k--
  if (!LINKING.has(lower(s.words, k))) return false
  return (
    GENERIC.has(lower(s.words, k - 1)) ||
    (lower(s.words, k - 1) === 'to' && GENERIC.has(lower(s.words, k - 2)))
  )
}

export const FEARED = wordSet('worried feared afraid nervous anxious concerned scared')
export const WOULD = wordSet("would might could 'd")
/** "I was worried the case study would try to catch me out, but…": a fear, not a verdict. */
export function feared(s: Sentence, from: number): boolean {
  const k = s.words.findIndex((w, i) => i < from && FEARED.has(w.lower))
  return k >= 0 && s.words.slice(k + 1, from).some((w) => WOULD.has(w.lower) || w.lower.endsWith("'d"))
}

/** Across clause boundaries: "Five rounds and a take-home seem excessive" still judges the rounds. */
export function looseTarget(s: Sentence, from: number): boolean {
  let k = from - 1
  while (k >= 0 && INTENSIFIERS.has(lower(s.words, k))) k--
  if (!LINKING.has(lower(s.words, k))) return false
  const aside = hedges(s, from)
  for (let j = k - 1; j >= Math.max(0, from - 12); j--) {
    const w = lower(s.words, j)
    if (aside.has(j)) continue
    if (SELF.has(w) || w === 'my' || w === 'our' || w === 'we') return false
    const place = NOUNS.has(w) ? spatialBefore(s.words, j) : -1
    if (place >= 0) {
      j = place
      continue
    }
    if (PEOPLE.has(w) || NOUNS.has(w)) return !owned(s.words, j)
  }
  return false
}
export const CLAUSE_WORD = new Set(['but', 'yet', 'although', 'though', 'however', 'whereas'])

/** Word indices [start, end) of the clause around words [from, to) of `s`. */
export function clauseAround(s: Sentence, from: number, to: number): [number, number] {
  const { words } = s
  const boundaryAfter = (k: number) =>
    CLAUSE_WORD.has(words[k + 1]?.lower ?? '') || clauseBreakBefore(s, k + 1)
  let a = from
  while (a > 0 && !boundaryAfter(a - 1)) a--
  let b = to
  while (b < words.length && !boundaryAfter(b - 1)) b++
  return [a, b]
}

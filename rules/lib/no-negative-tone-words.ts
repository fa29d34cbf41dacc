// The vocabulary of no-negative-tone: who and what a judgement can be about (the reader's side, the
// writer, people the writer serves, weather and traffic), and the small words around it that link,
// intensify, hedge, generalise or negate. Read by no-negative-tone-target.ts, -checks.ts and the rule.
import type { Word } from '../../core/document.js'
import { wordSet } from './util.js'

// What a judgement is about. Evaluative words ("disorganized", "rude") are flagged only when their
// target is the interview, the process or the people; "I felt unprepared" (the writer), "at my last
// job" (the writer's past) and "how the team fixed a chaotic handoff" (a problem the role solves)
// are not critiques.
export const PEOPLE = wordSet(
  "you your yours yourself yourselves you're you've you'd you'll they them their they're they've he she him her everyone everybody nobody candidates applicants mr mrs ms dr",
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
    'demonstration demo lesson session workshop observation council employer handling gentleman gentlemen ' +
    'welcome afternoon morning comment comments remark remarks decision',
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
/** Linking verbs: "X and Y seem excessive" judges X and Y across the "and". */
export const LINKING = wordSet(
  'is are was were be been seem seems seemed feel feels felt look looks looked sound sounds sounded appear appears appeared become became remain remained got',
)

/** The word at `i`, lower case, possessive dropped ("the panel's" → "panel"). */
export const lower = (words: readonly Word[], i: number) => (words[i]?.lower ?? '').replace(/'s$/, '')

/** Verbs of opinion: "I felt" before its own verb is an aside ("which I felt was confusing"). */
export const OPINION = wordSet(
  'think thought felt feel find found believe believed consider considered guess suppose',
)
/** A fear of what would happen: "I was worried the case study would…". */
export const FEARED = wordSet('worried feared afraid nervous anxious concerned scared')
export const WOULD = wordSet("would might could 'd")
/** Words that open a new clause around a hit. */
export const CLAUSE_WORD = new Set(['but', 'yet', 'although', 'though', 'however', 'whereas'])
/** Words that negate like "not": "nobody asked", "only one person", "without notice". */
export const ONLY = wordSet('nobody none nothing never only without barely hardly no')

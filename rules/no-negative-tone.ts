import { z } from 'zod'
import type { Sentence } from '../core/document.js'
import { clauseBreakBefore, PhraseMatcher } from '../core/phrases.js'
import { defineRule } from '../core/rule.js'
import { negates } from '../core/words.js'
import {
  boundaryBefore,
  clauseAround,
  feared,
  GENERIC,
  generic,
  HELD_UP,
  hedges,
  INTENSIFIERS,
  LINKING,
  looseTarget,
  lower,
  NEG_CUES,
  NOUNS,
  PEOPLE,
  REASSURED,
  SELF,
  THIRD,
  verdict,
  WAITING,
} from './lib/no-negative-tone-target.js'
import { postscript, wordSet } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

const frames = (patterns: string[]) => new PhraseMatcher([{ id: 'frame', patterns }])
/** A problem the role would solve, or the writer reporting what was discussed. */
const PROBLEM = frames([
  'fix|solve|resolve|improve|rewrite|revise|streamline|modernise|modernize|overhaul|untangle|tackle|address|reduce|eliminate|replace|rebuild|refactor|simplify|reorganise|reorganize|restructure|transform|upgrade|overcome|overcame|inherit|tame|standardise|standardize|automate|consolidate|redesign|rework|revamp|recover|prevent|avoid|minimise|minimize',
  'clean|cleaning|cleaned|turn|turning|turned up|around',
  'love|like|happy|eager|glad|excited|keen to help',
  'challenge|challenges|problem|problems|bottleneck|bottlenecks|backlog|legacy',
  'pain point|points',
  'tech|technical debt',
  '=you|=they|=she|=he mentioned|described|explained|shared|noted|said|told|pointed|outlined|admitted|acknowledged|walked',
  'we discussed|talked|spoke|covered|explored|chatted',
  // "Your point that the supplier data is often inaccurate", "how open you were that the rollout was rushed".
  '=your point|comment|remark|observation|admission|concern|candour|candor|honesty|openness|frankness =that|=about|=on',
  '=you =were|=was|=are|=have =been =very|=so|=refreshingly? open|honest|candid|frank|upfront|transparent|realistic',
  '=how =open|=honest|=candid|=frank|=upfront|=transparent|=realistic =you =were|=are',
  'hearing|learning|learned|learnt|heard ... how|about|that|why',
  'our conversation|discussion|chat about',
  // Retelling the reader's anecdote: "your story about the pour that was rescheduled three times".
  '=your|=the|=that|=his|=her|=their story|stories|anecdote|anecdotes|example|examples about|of|from',
  'story|stories|anecdote|anecdotes =you|=she|=he|=they told|shared|described|mentioned|recounted',
])
/** The writer's own past jobs. */
const OWN_PAST = frames([
  'my previous|former|last|old|past|prior|current|present job|role|employer|company|team|position|workplace|manager|boss|organization|organisation|firm|school|hospital|restaurant|kitchen|store|agency|department|clinic|unit',
  'at|in my last|previous|former|current|present|old|prior',
  // "in our office were made redundant": the writer's workplace ("our interview" is shared, not this).
  'at|in our office|offices|firm|company|department|branch|practice|store|site|ward|unit|clinic|warehouse|plant|depot|school',
  'in a|my previous|prior|past|former role|job|position',
  '=previously|=formerly',
  'in the past',
  'where i used to work',
  'where i currently|previously work|worked',
  "i've|i seen|dealt|inherited",
  'i have seen|dealt|inherited',
])

type Class =
  | 'critique'
  | 'predicate'
  | 'feeling'
  | 'negated'
  | 'honesty'
  | 'context'
  | 'marker'
  | 'candour'
  | 'soft'
  | 'notSelf'
  | 'improvable'
  | 'wait'
  | 'expect'
  | 'expectAny'
  | 'negFollows'
  | 'prides'
  | 'standard'
  | 'tag'
  | 'targeted'
  | 'endTag'
  | 'negTarget'
  | 'ironic'
const classOf = (cls: Class, ids: string) => ids.split(' ').map((id) => [id, cls] as const)
const CLASS = new Map<string, Class>([
  ...classOf(
    'critique',
    'inattentive disorganized unprofessional pointless late negatedPraise carelessness shouldHave wrongCall disappointingThing environment misjudged wrongInfo distracted faultyProcess',
  ),
  ...classOf(
    'soft',
    'regret wouldHaveLiked hardToHear rescheduled disputeDecision hardToAccept tooMany notTold unread processDig irony byHow ownClock givenUp decisionMistake',
  ),
  ...classOf('notSelf', 'counterfactual poorAdvert notRespectful'),
  ...classOf('negTarget', 'notBothered'),
  ...classOf('ironic', 'ironicVerdict'),
  ...classOf('improvable', 'improvable'),
  ...classOf('wait', 'waitSarcasm'),
  ...classOf('expect', 'backhanded'),
  ...classOf('expectAny', 'backhandedCompetence'),
  ...classOf('negFollows', 'oddThat'),
  ...classOf('predicate', 'messNoun'),
  ...classOf('feeling', 'frustration disappointment'),
  ...classOf('negated', 'unfairHearing misunderstood'),
  ...classOf('context', 'lackOf'),
  ...classOf('honesty', 'honesty'),
  ...classOf('candour', 'candour'),
  ...classOf('prides', 'prides'),
  ...classOf('standard', 'doubleStandard'),
  ...classOf('tag', 'sarcasticTag'),
  ...classOf('targeted', 'bitRich gatheringDust'),
  ...classOf('endTag', 'grudgingTag'),
])
const FRUSTRATION = wordSet('frustration disappointment keptWaiting nobodyTold')
const TONE = wordSet(
  'passesFor honesty candour frankness complaintDisclaimer sarcasm yourLoss passiveAggressive waitSarcasm backhanded backhandedCompetence hypocrisy sarcasticTag bitRich irony tooMuchToAsk grudgingTag ownClock givenUp ironicVerdict notForUs',
)
/** Context words some entries need: a sarcastic "plenty of time to…" is about a wait. */
const WAIT_WORDS = wordSet(
  'lobby reception foyer waiting wait waited delay delayed queue late sofa couch magazines security visitor parking',
)
/** "Friendlier than the reviews said" is backhanded; "more professional than I expected" always is. */
const PRIOR =
  'feared heard reviews review reputation assumed rumours rumors glassdoor led told warned read online comments suggested'
const PRIOR_WORDS = wordSet(PRIOR)
const EXPECT_WORDS = wordSet(`${PRIOR} expect expected expecting anticipated imagined thought`)
/** "how the process could be improved" is an idea the writer brings, not a complaint. */
const IDEA_WORDS = wordSet(
  'how where ways way ideas idea help helping contribute love eager keen excited opportunity',
)
/** Entries that are about the writer's own job when the paragraph is ("nobody has explained since"). */
const OWN_JOB_YIELDS = wordSet('nobodyTold hypocrisy saysLittle')
/** A sentence naming the reader's side is not carried by an earlier sentence about the writer's job. */
const READER_SIDE = wordSet('you your yours interview interviews interviewer interviewers panel')
const ONLY = wordSet('nobody none nothing never only without barely hardly no')

/** Does the clause after a hit say something was missing ("surprised that nobody asked")? */
function negationFollows(s: Sentence, to: number): boolean {
  let i = to
  if (lower(s.words, i) === 'that') i++
  const subject = lower(s.words, i)
  if (SELF.has(subject) || subject === 'my' || subject === 'we') return false
  return s.words.slice(to, to + 10).some((w) => negates(w.lower) || ONLY.has(w.lower))
}

/** "A company that prides itself on X just doesn't…": its own clause says it fell short (the writer is not the subject). */
function failsOwnStandard(s: Sentence, from: number, to: number): boolean {
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
function empathic(s: Sentence, from: number, to: number): boolean {
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
function ironicWait(s: Sentence, from: number, to: number): boolean {
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
function grudging(s: Sentence, from: number, to: number): boolean {
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
function candid(s: Sentence, from: number, to: number): boolean {
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
function writerActs(s: Sentence, from: number, to: number): boolean {
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
function quoted(text: string, s: Sentence, start: number, end: number): boolean {
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
function writerReschedules(s: Sentence, from: number): boolean {
  let j = from - 1
  while (j >= 0 && AUX.has(lower(s.words, j))) j--
  return WRITER_AGENT.has(lower(s.words, j))
}

export default defineRule({
  id: 'no-negative-tone',
  description:
    'Keep critiques of the interview, the company or the people, and frustration, out of the note.',
  rationale:
    'A follow-up is your last impression. Criticising how the interview was run, the questions, the ' +
    'people or the wait, or sounding frustrated or sarcastic, undoes the goodwill of the interview even ' +
    'when the point is fair (seed 001, "Avoid Negative Language or Critiques": focus on the positive ' +
    'elements and your enthusiasm; seed 000: avoid sounding desperate or frustrated, stay professional).',
  evidence: [
    '001 (Avoid Negative Language or Critiques)',
    '001 (Maintain a Professional Tone)',
    '000 (Maintain Professionalism)',
  ],
  severity: 'error',
  fix: false,
  messages: {
    critique:
      '“{phrase}” criticises {about}. Leave critiques out of a follow-up even if parts of the process ' +
      'disappointed you: mention what you valued and restate your interest instead.',
    frustration:
      'This sounds frustrated (“{phrase}”). Stay courteous: acknowledge that hiring takes time and restate ' +
      'your interest instead.',
    tone: '“{phrase}” reads as blunt or sarcastic. Leave it out and keep the note warm and professional.',
  },
  options: z.strictObject({
    /** Also flag evaluative words with no recognised target, and passive-aggressive reminders. */
    strict: z.boolean().default(false),
  }),
  phrases: PHRASES['no-negative-tone'],
  create(ctx) {
    const { text } = ctx
    // The subject line is sent too ("Disappointed with the interview process").
    const { subject } = ctx.doc.structure
    const subjectLine = subject
      ? ctx.doc.sentences.filter(
          (s) => s.start < subject.end && s.end > subject.start && !ctx.prose.includes(s),
        )
      : []
    // Paragraphs that turn to the writer's own job: later sentences there are about it too.
    const ownJobBlocks = new Set<unknown>()
    for (const s of [...subjectLine, ...ctx.prose, ...postscript(ctx.doc)]) {
      const ownHere = OWN_PAST.match(s).length > 0
      const carried = ownJobBlocks.has(s.block) && !s.words.some((w) => READER_SIDE.has(w.lower))
      if (ownHere) ownJobBlocks.add(s.block)
      const hits = ctx.findPhrases([s])
      if (hits.length === 0) continue
      const problems = PROBLEM.match(s)
      const position = new Map(s.words.map((w, i) => [w, i]))
      const ownPast = ownHere || carried
      const anyTarget = s.words.some((_, i) =>
        [NOUNS, PEOPLE, WAITING].some((set) => set.has(lower(s.words, i))),
      )
      const keep = hits.filter((hit) => {
        const cls = CLASS.get(hit.entry.id) ?? 'marker'
        const from = position.get(hit.words[0]!) ?? 0
        const to = from + hit.words.length
        // A frame outside the hit itself ("could be streamlined" is the complaint, not a plan to).
        const problem = problems.some((p) => p.end <= hit.start || p.start >= hit.end)
        if (quoted(text, s, hit.start, hit.end)) return false
        if (cls === 'marker') return !(ownPast && OWN_JOB_YIELDS.has(hit.entry.id))
        if (cls === 'honesty') return false
        if (cls === 'candour') return candid(s, from, to)
        if (hit.words.length === 1 && /ly$/.test(hit.words[0]!.lower) && writerActs(s, from, to)) return false
        if (problem || ownPast) return false
        if (hit.entry.id === 'rescheduled' && writerReschedules(s, from)) return false
        if (cls === 'context' || cls === 'soft') return true
        // "I'm naturally disappointed, but I took a lot from your feedback": the feeling is about
        // what its own clause names.
        if (cls === 'feeling') {
          if (empathic(s, from, to)) return false
          const [a, b] = clauseAround(s, from, to)
          return s.words
            .slice(a, b)
            .some((_, k) => [NOUNS, PEOPLE, WAITING].some((set) => set.has(lower(s.words, a + k))))
        }
        if (cls === 'negated') return anyTarget && s.words.slice(0, from).some((w) => negates(w.lower))
        if (cls === 'wait') return s.words.some((w) => WAIT_WORDS.has(w.lower))
        if (cls === 'expect') return s.words.some((w) => PRIOR_WORDS.has(w.lower))
        if (cls === 'expectAny') return s.words.some((w) => EXPECT_WORDS.has(w.lower))
        if (cls === 'negFollows') return negationFollows(s, to)
        if (cls === 'prides') return failsOwnStandard(s, from, to)
        if (cls === 'standard')
          return anyTarget && s.words.slice(0, from).some((w) => negates(w.lower) || ONLY.has(w.lower))
        if (cls === 'targeted') return anyTarget
        if (cls === 'endTag') return grudging(s, from, to)
        if (cls === 'tag') return anyTarget && s.words.some((w) => EXPECT_WORDS.has(w.lower))
        if (cls === 'notSelf') return verdict(s, from, to, false) !== 'self'
        // "Nobody at your depot can be bothered": negated, and the reader's side did not bother.
        if (cls === 'negTarget')
          return (
            s.words.slice(0, from).some((w) => negates(w.lower) || ONLY.has(w.lower)) &&
            verdict(s, from, to, false) === 'target'
          )
        if (cls === 'ironic') return ironicWait(s, from, to)
        if (cls === 'improvable')
          return !s.words.some((w) => IDEA_WORDS.has(w.lower)) && verdict(s, from, to, false) === 'target'
        if (generic(s, from) || feared(s, from)) return false
        const v = verdict(s, from, to, cls === 'critique')
        if (v === 'none' && cls === 'critique' && looseTarget(s, from)) return true
        return v === 'target' || (v === 'none' && ctx.options.strict)
      })
      // "To be honest" / "honestly" is a tell only when the sentence goes on to criticise.
      const critical =
        keep.length > 0 ||
        ctx.options.strict ||
        s.words.some(
          (w, i) =>
            (negates(w.lower) || NEG_CUES.has(w.lower)) &&
            !REASSURED.has(lower(s.words, i + 1)) &&
            verdict(s, i, i + 1, false) === 'target',
        )
      for (const hit of hits) {
        const cls = CLASS.get(hit.entry.id)
        const tell = (cls === 'honesty' || cls === 'candour') && critical
        if (!keep.includes(hit) && !(tell && !quoted(text, s, hit.start, hit.end))) continue
        const id = hit.entry.id
        const messageId = TONE.has(id) ? 'tone' : FRUSTRATION.has(id) ? 'frustration' : 'critique'
        ctx.report({
          messageId,
          data: {
            phrase: text.slice(hit.start, hit.end),
            about: hit.entry.note ?? 'the interview or the people',
          },
          start: hit.start,
          end: hit.end,
        })
      }
    }
  },
})

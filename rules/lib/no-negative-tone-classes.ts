// How no-negative-tone reads each entry of rules/data/no-negative-tone.yml: its class (which check
// decides whether a hit counts), its message (tone, frustration or critique), the context words some
// classes need, and the frames that make a sentence no critique of the reader (a problem the role
// would solve, what was discussed, the writer's own past jobs).
import { PhraseMatcher } from '../../core/phrases.js'
import { wordSet } from './util.js'

const frames = (patterns: string[]) => new PhraseMatcher([{ id: 'frame', patterns }])
/** A problem the role would solve, or the writer reporting what was discussed. */
export const PROBLEM = frames([
  'fix|solve|resolve|improve|rewrite|revise|streamline|modernise|modernize|overhaul|untangle|tackle|address|reduce|eliminate|replace|rebuild|refactor|simplify|reorganise|reorganize|restructure|transform|upgrade|overcome|overcame|inherit|tame|standardise|standardize|automate|consolidate|redesign|rework|revamp|recover|prevent|avoid|minimise|minimize',
  'clean|cleaning|cleaned|turn|turning|turned up|around',
  'love|like|happy|eager|glad|excited|keen to help',
  'challenge|challenges|problem|problems|bottleneck|bottlenecks|backlog|legacy',
  'pain point|points',
  'tech|technical debt',
  '=you|=they|=she|=he mentioned|described|explained|shared|noted|said|told|pointed|outlined|admitted|acknowledged|walked',
  // The reader's own view of a problem: "the skill mix on the late shift, which you felt was thin".
  '=you|=they|=she|=he felt|thought|agreed|worried|feared|suspected|flagged|raised',
  'we discussed|talked|spoke|covered|explored|chatted',
  // Someone else's aside, reported: "your colleague joked that the office coffee is terrible".
  '=joked|=quipped|=laughed|=confessed|=conceded =that',
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
export const OWN_PAST = frames([
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
  // "I've worked in kitchens where service was frankly chaotic".
  "=i've|=i =worked|=managed|=cooked|=served|=taught|=nursed|=volunteered =in|=at",
])

/** Which check decides whether an entry's hit counts (the rule's create reads them; 'marker' by default). */
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
  | 'aside'
  | 'aimed'
  | 'thatTarget'
const classOf = (cls: Class, ids: string) => ids.split(' ').map((id) => [id, cls] as const)
export const CLASS = new Map<string, Class>([
  ...classOf(
    'critique',
    'inattentive disorganized unprofessional pointless late negatedPraise carelessness shouldHave wrongCall disappointingThing environment misjudged wrongInfo distracted faultyProcess understated oddVerdict',
  ),
  ...classOf(
    'soft',
    'regret wouldHaveLiked hardToHear rescheduled disputeDecision hardToAccept tooMany notTold unread processDig irony byHow ownClock givenUp decisionMistake interestingChoice couldHaveTold replyTakes unheeded purposeless candidateAdvice straightAnswer foundCold',
  ),
  ...classOf('notSelf', 'counterfactual poorAdvert notRespectful mindOfItsOwn'),
  ...classOf('aside', 'sarcasticAside'),
  ...classOf('aimed', 'tooLong goneQuiet'),
  ...classOf('thatTarget', 'baffledThat'),
  ...classOf('negated', 'atItsBest'),
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
/** The message: `tone` (blunt or sarcastic) for TONE entries, `frustration` for FRUSTRATION, else `critique`. */
export const FRUSTRATION = wordSet('frustration disappointment keptWaiting nobodyTold hearNothing tooLong')
export const TONE = wordSet(
  'passesFor honesty candour frankness complaintDisclaimer sarcasm yourLoss passiveAggressive waitSarcasm backhanded backhandedCompetence hypocrisy sarcasticTag bitRich irony tooMuchToAsk grudgingTag ownClock givenUp ironicVerdict notForUs optional sarcasticAside faintGratitude houseStyle dryRemark aFirst usedToIt wow onlyAssume someRecord',
)
/** Context words some entries need: a sarcastic "plenty of time to…" is about a wait. */
export const WAIT_WORDS = wordSet(
  'lobby reception foyer waiting wait waited delay delayed queue late sofa couch magazines security visitor parking',
)
/** "Friendlier than the reviews said" is backhanded; "more professional than I expected" always is. */
const PRIOR =
  'feared heard reviews review reputation assumed rumours rumors glassdoor led told warned read online comments suggested'
export const PRIOR_WORDS = wordSet(PRIOR)
export const EXPECT_WORDS = wordSet(`${PRIOR} expect expected expecting anticipated imagined thought`)
/** "how the process could be improved" is an idea the writer brings, not a complaint. */
export const IDEA_WORDS = wordSet(
  'how where ways way ideas idea help helping contribute love eager keen excited opportunity',
)
/** Entries that are about the writer's own job when the paragraph is ("nobody has explained since"). */
export const OWN_JOB_YIELDS = wordSet('nobodyTold hypocrisy saysLittle')
/** A sentence naming the reader's side is not carried by an earlier sentence about the writer's job. */
export const READER_SIDE = wordSet('you your yours interview interviews interviewer interviewers panel')

// Status questions in no-pushy-tone: whether a sentence asks (and does not offer help), whether its
// status topic is only when something else is asked ("before the next round"), and whether the note
// is a first thank-you, where such a question is premature.
import type { Document, Sentence } from '../../core/document.js'
import { opensWithThanks } from '../../core/kind.js'
import { clauseBreakBefore, type PhraseHit, PhraseMatcher } from '../../core/phrases.js'
import type { Kind } from '../../core/types.js'

/** How a sentence asks: a status topic counts in a thank-you only when the writer asks about it. */
const ASKS = new PhraseMatcher([
  {
    id: 'asks',
    patterns: [
      'let|keep me know|posted|updated|informed',
      'tell|inform|update|advise|notify|intimate|apprise me',
      // "Kindly intimate me…", "Kindly confirm the timeline".
      '=kindly =let|=tell|=inform|=intimate|=advise|=update|=share|=confirm|=send|=revert|=apprise|=indicate|=clarify',
      'could|can|would|will|do|did|have|are|is you|there',
      "=i'd|=would =appreciate|=welcome|=value|=like|=love =to? =know|=knowing|=learn|=learning|=an|=any|=some|=a|=the|=hearing",
      "=i'd|=would =be =grateful|=glad|=thankful =if|=for",
      // "I'd be glad to know" asks; "I would be glad to relocate" offers.
      "=i'd|=would =be =grateful|=glad|=thankful =to =know|=hear|=learn|=receive|=get|=have|=find",
      'curious|wondering|wonder|eager|keen|anxious to? know|learn|about|whether|if|when|how',
      'curious|eager|keen|anxious to find out',
      'any idea|sense|indication|word|news',
      '=please',
    ],
  },
])
/** …but not when offering help ("if you need anything else before your decision") or hoping. */
const OFFERS = new PhraseMatcher([
  {
    id: 'offers',
    patterns: [
      'if you need|require|want|would|have|prefer',
      'if there is|are|anything',
      'if i can|could',
      'anything else',
      'further|additional|more information|materials|details|documents|examples|references',
      'help|assist with|in',
      'happy|glad|pleased to provide|share|answer|send|discuss',
      'look|looking forward',
      'hope|hoping to hear|learn',
      'thank|thanks',
      'understand',
      'attach|attached|enclose|enclosed',
      '=find =attached|=enclosed|=below|=my',
    ],
  },
])

/** Does the sentence ask something (a question mark, or asking words) without offering help? */
export function asks(text: string, sentence: Sentence): boolean {
  return (
    (/\?\s*$/.test(text.slice(sentence.start, sentence.end)) || ASKS.match(sentence).length > 0) &&
    OFFERS.match(sentence).length === 0
  )
}

/** The interview was yesterday or today: whatever the note is called, a status question is premature. */
const RECENT = new PhraseMatcher([
  {
    id: 'recent',
    patterns: [
      'interview|interviewing|interviewed|meeting|meet|met|conversation|chat|call|talk|talking|speaking|spoke ... =yesterday|=today|=tonight|=earlier',
      'interview|interviewing|interviewed|meeting|meet|met|conversation|chat|call|talk|talking|speaking|spoke ... =this =morning|=afternoon|=evening|=arvo',
      // "Thanks heaps for today!", "Thank you for this afternoon".
      '=thank|=thanks =you|=heaps|=so|=again? =much? =for =today|=yesterday|=tonight',
      '=thank|=thanks =you|=heaps|=so|=again? =much? =for =this =morning|=afternoon|=evening|=arvo',
      "=yesterday's|=today's|=this =morning's|=afternoon's interview|meeting|conversation|chat|call",
    ],
  },
])

/** Signs that a note opening with thanks is a later follow-up, not the first thank-you. */
const LATER = new PhraseMatcher([
  {
    id: 'later',
    patterns: [
      'follow|following|checking|check up|in on|about? my application|candidacy',
      'checking|check in|up on|about ... status|application|candidacy|decision',
      "=i'm|=am =following|=checking =up|=in",
      // "Youth Support Worker application – checking in" (a subject line says so too).
      '=checking|=check =in|=back',
      '=week|=weeks|=month|=months =ago',
      "=has|=it's|=have =been ... =days|=weeks|=months =since",
    ],
  },
])
/** "I am writing to follow up on my interview on 18 November": a later note, unless the interview was yesterday. */
const FOLLOWS_UP = new PhraseMatcher([
  {
    id: 'followsUp',
    patterns: [
      'follow|following up on|about|regarding my|our|the interview|interviews|conversation|meeting|discussion',
      '=writing =to =follow|=check =up|=in',
    ],
  },
])

/**
 * Kind-specific entries (status questions) count only in a first thank-you: one the frontmatter
 * says is one, or an inferred one that opens by thanking (an inquiry often ends with thanks).
 * Without frontmatter, a note that thanks first but says it follows up weeks later is an inquiry.
 * So is an inferred inquiry about an interview held yesterday or today (seed 004: wait a week).
 * `lines` are the subject line's sentences and the prose.
 */
export function firstThankYou(
  doc: Document,
  kind: Kind | null,
  kindSource: 'frontmatter' | 'inferred' | 'none',
  lines: readonly Sentence[],
): boolean {
  // Read once, and only when a condition below gets that far.
  let recentCache: boolean | undefined
  const recent = () => (recentCache ??= lines.some((s) => RECENT.match(s).length > 0))
  const later =
    lines.some((s) => LATER.match(s).length > 0) ||
    (lines.some((s) => FOLLOWS_UP.match(s).length > 0) && !recent())
  return (
    (kind === 'thank-you' && (kindSource === 'frontmatter' || (opensWithThanks(doc) && !later))) ||
    (kindSource !== 'frontmatter' &&
      (kind === 'thank-you' || kind === 'status-inquiry' || kind === null) &&
      !later &&
      recent())
  )
}

// "Could you send the brief before the next round?", "Before I hear back, could I ask…", "Until the
// panel reaches a decision, is the role hybrid?": the round or the decision is when, not what is
// asked about. Read back a few words in the clause, stopping at a question word ("…before Friday
// whether I have been shortlisted" still asks).
const WHEN = new Set(['before', 'until', 'till', 'during', 'once', 'after', 'while', 'pending'])
const QUESTION = new Set(['whether', 'if', 'when', 'how', 'what', 'where', 'who', 'which', 'why'])
export function timeReference(sentence: Sentence, hit: PhraseHit): boolean {
  const words = sentence.words
  const i = words.indexOf(hit.words[0]!)
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const w = words[j]!.lower
    if (QUESTION.has(w)) return false
    if (WHEN.has(w)) return true
    if ((w === 'of' && words[j - 1]?.lower === 'ahead') || (w === 'to' && words[j - 1]?.lower === 'prior'))
      return true
    if (w === 'for' && (j === i - 1 || (j === i - 2 && words[i - 1]!.lower === 'the'))) {
      const first = hit.words[0]!.lower
      return first === 'next' || first === 'following' || first === 'final'
    }
    if (clauseBreakBefore(sentence, j)) return false
  }
  return false
}

import type { Sentence, Word } from '../core/document.js'
import { opensWithThanks } from '../core/kind.js'
import { clauseBreakBefore, type PhraseEntry, type PhraseHit, PhraseMatcher } from '../core/phrases.js'
import { defineRule } from '../core/rule.js'
import type { Edit, Kind } from '../core/types.js'
import { answersOthers, conditionalOffer, needsJobFacts, quotedSpeech } from './lib/no-pushy-tone-context.js'
import { postscript, removeSentence, wordSet } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

// The polite sentence that replaces a pushy clause when its phrase-list entry names none: in a
// first thank-you the softer move is to stop asking; after a rejection, to ask for feedback.
const SOFTER: Record<Kind | 'other', string> = {
  'thank-you': 'I look forward to hearing about the next steps.',
  'after-rejection': 'I would welcome any feedback you are able to share.',
  'status-inquiry': 'I would appreciate any update on the timeline when you have a moment.',
  'second-follow-up': 'I would appreciate any update on the timeline when you have a moment.',
  other: 'I would appreciate any update on the timeline when you have a moment.',
}

const CONJUNCTION = new Set(['and', 'but', 'so', 'yet', 'or'])

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

/**
 * Shouting and piled-up punctuation read as impatience whatever the words: "PLEASE respond", "Any
 * news???", "Any word?!". A doubled "??" alone is chat-speak ("I kept up, right??", "Any news?? No
 * rush"), which `no-familiar-tone` flags; it is not pressure by itself.
 */
const SHOUTED = wordSet(
  // Not "ASAP": the phrase list reads it in context ("the ASAP tickets", "tickets marked ASAP").
  'please urgent urgently immediately need needed respond reply answer waiting must',
)
const PILED = /\?{3,}|\?!|!\?/g
const IMPATIENCE: PhraseEntry = { id: 'shouting', patterns: [], note: 'impatience' }

function shouting(text: string, sentence: Sentence): PhraseHit[] {
  const out: PhraseHit[] = []
  for (const w of sentence.words)
    if (w.text.length > 2 && w.text === w.text.toUpperCase() && SHOUTED.has(w.lower))
      out.push({ entry: IMPATIENCE, pattern: '', words: [w], start: w.start, end: w.end })
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PILED)) {
    const start = sentence.start + m.index
    out.push({ entry: IMPATIENCE, pattern: '', words: [], start, end: start + m[0].length })
  }
  return out
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
 * Where the clause holding `offset` starts: after a ";", a dash, or a comma before "and/but/so",
 * so "I remain interested, but I need an answer by Friday." keeps its first half. Returns the
 * sentence start when the clause is the whole sentence.
 */
function clauseStart(sentence: Sentence, floor: number, offset: number): number {
  const { words } = sentence
  let start = floor
  let w = 0
  for (const mark of sentence.marks) {
    if (mark.start >= offset) break
    if (mark.start < floor) continue
    while (w < words.length && words[w]!.start < mark.end) w++
    const next = words[w]
    const strong = mark.text === ';' || mark.text === '—' || mark.text === '–'
    if (strong || (mark.text === ',' && next && CONJUNCTION.has(next.lower))) start = mark.start
  }
  return start
}

/** Delete a sentence from `floor` (its start, or the end of a glued greeting); a paragraph it was alone in goes too. */
function dropWhole(text: string, sentence: Sentence, floor: number): Edit {
  const { block } = sentence
  if (floor !== sentence.start) return { start: floor, end: sentence.end, text: '' }
  if (block.sentences.length > 1) return removeSentence(text, sentence)
  let end = block.end
  while (end < text.length && /[\r\n]/.test(text[end]!)) end++
  return { start: block.start, end, text: '' }
}

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
const CLAUSE_WORDS = new Set(['but', 'yet', 'so', 'although', 'though', 'however', 'because', 'since'])

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

/** Is this hit a demand the sentence itself takes back, or a story about someone else's speed? */
function excused(sentence: Sentence, hit: PhraseHit): boolean {
  const { words } = sentence
  const i = words.indexOf(hit.words[0]!)
  if (i < 0) return false
  if (hit.entry.id === 'asap' && hit.words.length === 1 && asapAsLabel(sentence, i)) return true
  if (needsJobFacts(sentence, hit) || conditionalOffer(sentence, hit) || answersOthers(sentence, hit))
    return true
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

// "Could you send the brief before the next round?", "Before I hear back, could I ask…", "Until the
// panel reaches a decision, is the role hybrid?": the round or the decision is when, not what is
// asked about. Read back a few words in the clause, stopping at a question word ("…before Friday
// whether I have been shortlisted" still asks).
const WHEN = new Set(['before', 'until', 'till', 'during', 'once', 'after', 'while', 'pending'])
const QUESTION = new Set(['whether', 'if', 'when', 'how', 'what', 'where', 'who', 'which', 'why'])
function timeReference(sentence: Sentence, hit: PhraseHit): boolean {
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
const WRITER = wordSet("i we i'm i've i'd i'll we're we've we'd we'll")
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
const PREPOSITION = wordSet('after before since in at during following last for with from on over by until')
function byThirdParty(sentence: Sentence, i: number): boolean {
  const { words } = sentence
  let a = i
  while (a > 0 && !clauseBreakBefore(sentence, a)) {
    const w = words[a - 1]!.lower
    if (CLAUSE_WORDS.has(w) || BOUNDARY.has(w)) break
    a--
    if (w === 'which' || w === 'who') break
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
  }
  if (party !== 'third') return false
  // "Could the head decide by Friday?": the clause asks the reader, whoever decides.
  for (let j = a - 1; j >= 0 && !clauseBreakBefore(sentence, j + 1); j--)
    if (ASKING.has(words[j]!.lower)) return false
  return true
}
const TURNED = wordSet('turn turned turning pass passed passing gave give giving said')
const TIED = wordSet(
  "you your yours you've you'd this these available availability free open clear elsewhere strength hold waiting",
)
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
function fromThirdParty(sentence: Sentence, hit: PhraseHit): boolean {
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

export default defineRule({
  id: 'no-pushy-tone',
  description:
    'Stay patient: no demands, deadlines, ultimatums or desperation, and no status questions in a thank-you.',
  rationale:
    'Pressure backfires: the guidance warns against sounding desperate or frustrated (seed 000), against ' +
    'impatience and excessive follow-up attempts (seed 001, "Avoid Excessive Follow-Up Attempts", ' +
    '"Maintain a Professional Tone"), and that too many attempts read as "annoying, desperate, or even ' +
    'aggressive" (seed 002). A first thank-you should not ask for an update, which "may come across as ' +
    'pushy" (seed 004); save that question for a status inquiry.',
  evidence: [
    '000 (Maintain Professionalism: avoid sounding desperate or frustrated)',
    '001 (Avoid Excessive Follow-Up Attempts; Maintain a Professional Tone)',
    '002 (Remain Respectful of Their Time)',
    '004 (Keep it brief and professional: avoid asking for updates)',
  ],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    pushy: '“{phrase}” can read as {note}; a patient, polite tone leaves a better impression.',
    statusInThankYou:
      '“{phrase}” asks for a status update in a first thank-you note; save the question for a later inquiry, about a week after the interview.',
  },
  phrases: PHRASES['no-pushy-tone'],
  create(ctx) {
    const { text, kind } = ctx
    const { greeting, subject } = ctx.doc.structure
    // The subject line is sent too: "URGENT: decision needed" is read (without a rewrite offered).
    const subjectLine = subject
      ? ctx.doc.sentences.filter(
          (s) => s.start < subject.end && s.end > subject.start && !ctx.prose.includes(s),
        )
      : []
    // Kind-specific entries (status questions) count only in a first thank-you: one the frontmatter
    // says is one, or an inferred one that opens by thanking (an inquiry often ends with thanks).
    // Without frontmatter, a note that thanks first but says it follows up weeks later is an inquiry.
    // So is an inferred inquiry about an interview held yesterday or today (seed 004: wait a week).
    const lines = [...subjectLine, ...ctx.prose]
    // Read once, and only when a condition below gets that far.
    let recentCache: boolean | undefined
    const recent = () => (recentCache ??= lines.some((s) => RECENT.match(s).length > 0))
    const later =
      lines.some((s) => LATER.match(s).length > 0) ||
      (lines.some((s) => FOLLOWS_UP.match(s).length > 0) && !recent())
    const firstThankYou =
      (kind === 'thank-you' && (ctx.kindSource === 'frontmatter' || (opensWithThanks(ctx.doc) && !later))) ||
      (ctx.kindSource !== 'frontmatter' &&
        (kind === 'thank-you' || kind === 'status-inquiry' || kind === null) &&
        !later &&
        recent())
    const offered = new Set<string>()
    for (const sentence of [...subjectLine, ...ctx.prose, ...postscript(ctx.doc)]) {
      const inSubject = subjectLine.includes(sentence)
      const asking =
        (/\?\s*$/.test(text.slice(sentence.start, sentence.end)) || ASKS.match(sentence).length > 0) &&
        OFFERS.match(sentence).length === 0
      const hits = ctx
        .findPhrases([sentence])
        .filter(
          (h) =>
            !excused(sentence, h) &&
            !quotedSpeech(text, sentence, h) &&
            (!h.entry.kinds ||
              (firstThankYou &&
                !inSubject &&
                (h.entry.id !== 'statusTopic' || (asking && !timeReference(sentence, h))))),
        )
        .concat(shouting(text, sentence))
        .sort((a, b) => a.start - b.start)
      const first = hits[0]
      if (!first) continue
      // One message per sentence: its first demand (or else its status question); the suggestion
      // rewrites from the clause of the first hit to the end of the sentence.
      const shown = hits.find((h) => !h.entry.kinds) ?? first
      const data = {
        phrase: text.slice(shown.start, shown.end).replace(/\s+/g, ' '),
        note: shown.entry.note ?? 'pressure',
      }
      if (inSubject) {
        ctx.report({ messageId: 'pushy', data, start: shown.start, end: shown.end })
        continue
      }
      const replacement = shown.entry.suggest?.[0] ?? SOFTER[kind ?? 'other']
      let floor =
        greeting && greeting.end > sentence.start ? Math.min(greeting.end, first.start) : sentence.start
      while (floor < first.start && /\s/.test(text[floor]!)) floor++
      const cut = clauseStart(sentence, floor, first.start)
      // The same polite sentence once is enough: a later pushy sentence is simply dropped.
      const repeat = offered.has(replacement)
      offered.add(replacement)
      const edit: Edit =
        cut !== floor
          ? { start: cut, end: sentence.end, text: repeat ? '.' : `. ${replacement}` }
          : !repeat
            ? { start: floor, end: sentence.end, text: replacement }
            : dropWhole(text, sentence, floor)
      ctx.report({
        messageId: shown.entry.kinds ? 'statusInThankYou' : 'pushy',
        data,
        start: shown.start,
        end: shown.end,
        suggest: [{ title: repeat ? 'Remove the demand' : `Replace with “${replacement}”`, edits: [edit] }],
      })
    }
  },
})

import { z } from 'zod'
import type { Sentence, Word } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer, mentionsMeeting, withdraws } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import { KINDS, type Kind } from '../core/types.js'
import { negates, stemOf } from '../core/words.js'
import { wordSet } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

// "If you are interested in the samples", "your team seemed excited": someone else's interest.
const OTHER_SUBJECT = new Set([
  'you',
  "you're",
  'they',
  "they're",
  'he',
  "he's",
  'she',
  "she's",
  'team',
  "team's",
  'company',
  'anyone',
  'someone',
  'everyone',
  'who',
  'whoever',
  'candidates',
  'people',
])
// People on the other side, named as the subject: "the panel", "your recruiter", "the interviewers".
const THIRD_PARTY = new Set(
  'panel panelist panellist interviewer recruiter manager director committee board employer firm client hr head lead supervisor ceo founder owner principal department school organisation organization agency chair'.split(
    ' ',
  ),
)
const ATTITUDE = /^(?:interested|keen|eager|excited|enthusiastic|thrilled|passionate|invested)$/
const LINK =
  /^(?:is|was|were|are|be|been|seemed|seems|seem|appeared|appears|sounded|sounds|looked|looks|felt|more|less|most|very|really|clearly|obviously|genuinely|far|much|so|only|mainly|mostly)$/
const SEEM = new Set(
  'seem seemed seems seeming appear appeared appears sound sounded sounds look looked looks'.split(' '),
)
const IN_SUBJECT = /\b(?:interest(?:ed)?|enthusias\w*|excited|eager)\b/i

/** Escape text for an LSP snippet. */
const snip = (s: string) => s.replace(/[\\$}]/g, '\\$&')

// "hear from you about future roles", "thank you; I am excited": there "you" is an object, not a subject.
const OBJECT_BEFORE =
  /^(?:from|to|with|for|about|of|at|by|thank|thanks|tell|told|meet|meeting|met|let|help|see|join|joining|hear|assure|show)$/

const WRITER = new Set(['i', "i'd", "i'm", "i'll", "i've", 'we', "we'd", "we're", "we'll"])

function someoneElses(text: string, words: readonly Word[], i: number): boolean {
  // Nearest subject first: in "if a role opens on your team, I would be glad to…" the writer is it
  // (a hit that starts with "I'd" is the writer's own; so is one the writer owns: "your team remains
  // my first choice"). A subject in an earlier clause ("…the team, and our talk confirmed my
  // interest") is not this one's.
  for (let j = i; j >= Math.max(0, i - 4); j--) {
    const lower = words[j]!.lower
    if (WRITER.has(lower) || lower === 'my' || lower === 'me') return false
    // "a team where I could do my best work": the subject comes after "where".
    if (lower === 'where') return false
    if (OTHER_SUBJECT.has(lower) && !OBJECT_BEFORE.test(words[j - 1]?.lower ?? '')) return true
    // "the panel seemed more interested in my accent", "your recruiter sounded keen": a named third
    // party as subject, or a verb of seeming whose subject is not the writer.
    if (j < i && words.slice(i, i + 4).some((w) => ATTITUDE.test(w.lower))) {
      const det = /^(?:the|your|their|his|her|our|that|this)$/.test(words[j - 1]?.lower ?? '')
      if (THIRD_PARTY.has(plural(words[j]!)) && det && LINK.test(words[j + 1]!.lower)) return true
      if (SEEM.has(lower) && !WRITER.has(words[j - 1]?.lower ?? '')) return true
    }
    if (j < i && CLAUSE_WORD.has(lower)) return false
    if (gapHas(text, words, j)) return false
  }
  return false
}

// Structure: the writer wanting to do the work, in any words ("I would be really glad to run the
// interferometer sessions", "it would mean a great deal to me to work alongside you", "I came away
// wanting very much to cook in yours"): the writer (or nobody) as subject + a wish, a hope or gladness
// + "to" + a doing verb whose clause names no paperwork, news or call.
// Heads. WISH take "to" directly; MODAL_ONLY need would/'d/should/will first; IMPERSONAL go with "it".
const WISH = wordSet(
  'want wanting wanna hope hoping wish wishing longing yearn itching dying busting aim aiming',
)
// "I'd sooner drive for you", "I would kill to work there".
const MODAL_ONLY = wordSet(
  'like love relish enjoy welcome prefer rather sooner happily gladly willingly count mean kill',
)
const GLAD = wordSet(
  'glad happy delighted thrilled pleased proud honoured honored privileged keen eager excited hyped stoked ready raring chuffed buzzing desperate determined motivated',
)
const IMPERSONAL = wordSet(
  'privilege honour honor pleasure dream joy thrill great cool amazing wonderful fantastic brilliant lovely awesome exciting epic class mint ace grand deadly lush wicked',
)
const MODAL = wordSet("would should will i'd i'll we'd we'll it'd")
// Words that may stand between the subject, the head and "to".
const FILL = wordSet(
  "am i'm are we're be feel remain would should will i'd i'll we'd we'll do really very much so soo sooo truly genuinely still more than most well proper properly dead real mega totally defo absolutely incredibly extremely super quite right dearly honestly deeply absolute also all just already sincerely always definitely certainly even currently now it a an the deal lot world everything great for me us",
)
const BLOCK = wordSet(
  "you you're you'd you'll they they're they'd he she it's is was were been had has have who which team company panel everyone anyone someone",
)
const CLAUSE_WORD = wordSet('and but or so yet then')
const DEPICT_HEAD = wordSet('keen eager excited thrilled determined motivated enthusiastic raring itching')
const DEPICT = wordSet(
  'left leave came come walked went drove headed emerged finished ended returned got stepped flew rode',
)
const CAUSE = wordSet('made make makes making left leave leaves leaving got gets getting')
// A clause about the process, not the work. The first verb: hearing back, sending papers, a call, a question…
const ADMIN_VERB = wordSet(
  'hear know ask answer provide send share discuss talk chat meet speak clarify supply forward explain arrange schedule call phone ring email resend elaborate expand add follow connect receive reschedule confirm update check inform let say tell thank appreciate express reiterate note mention describe correct attend submit see learn find understand catch touch wait apologise apologize reassure point request withdraw decline come go pop drop stop hop pass travel accommodate adjust attach enclose include report wish reply respond introduce invite offer decide think reflect read review revisit consider compare weigh negotiate plan fit not never',
)
// …or anything in its clause: "do a second interview", "take any questions", "help in any way".
const ADMIN_NOUN = wordSet(
  'search searching elsewhere discussion dialogue question information info detail document documentation paperwork reference referee sample portfolio transcript cv resume résumé certificate certification form availability available contacted reached notified informed schedule time call chat interview test assessment update news feedback answer response reply decision outcome record note plot slide copy contact number email link way however sure moment conversation anything else whatever timeline timing date slot back touch coffee lunch drink meeting example thought point connected no nothing salary package pension notice',
)
// After "to be": "be part of it", "be on one of your vans", "be driving the 40" — not "be honest".
const BE_OK = wordSet(
  'part a an the on in with among at back there involved given offered considered selected chosen hired allowed able one your',
)

function gapHas(text: string, words: readonly Word[], k: number): boolean {
  return k <= 0 || /[,;:()\u2013\u2014]|\s-+\s/.test(text.slice(words[k - 1]!.end, words[k]!.start))
}

/**
 * Is the writer (or nobody: "Really keen to start") the subject of the head at `j`? Only fillers may
 * stand between them, except before a participle: "I came away wanting very much to cook in yours".
 */
function writerSubject(text: string, words: readonly Word[], j: number, impersonal: boolean): boolean {
  const participle = /ing$/.test(words[j]!.lower)
  // "I left the campus keen to teach there": an eager adjective after a verb of leaving or coming away.
  const depictive = DEPICT_HEAD.has(words[j]!.lower)
  let other = false
  for (let k = j - 1; k >= Math.max(0, j - 7); k--) {
    const w = words[k]!.lower
    if (WRITER.has(w)) return !other || participle || DEPICT.has(words[k + 1]?.lower ?? '')
    if (impersonal && (w === 'it' || w === "it'd")) return true
    // The writer as the object of a cause: "the walk-through left me keen to…", "made me want to…".
    if (w === 'me' && CAUSE.has(words[k - 1]?.lower ?? '')) return true
    if (negates(w) || w === 'never' || w === 'longer') return false
    if (BLOCK.has(w)) return false
    if (CLAUSE_WORD.has(w)) break
    if (!FILL.has(w)) {
      if (!participle && !depictive) return false
      other = true
    }
    if (gapHas(text, words, k)) break
  }
  return !other
}

const VERB_STEMS = new Set([...ADMIN_VERB].map(stemOf))
const plural = (w: Word) => w.lower.replace(/(?<=\w{3})s$/, '')
const adminNoun = (w: Word) => ADMIN_NOUN.has(w.lower) || ADMIN_NOUN.has(plural(w))
// Verbs that name the job even with nothing after them: "I would love to join."
const ALONE = wordSet('join start begin contribute work return apply continue proceed progress advance')
// Going on with the process: "keep going with Northlake", "carry on to the next stage", "go further
// in the process", "move forward" (not "move on", which gives up, nor "go over", "go through").
const ONWARD: Record<string, RegExp> = {
  keep: /^(?:going|moving|at)$/,
  carri: /^on$/,
  go: /^(?:forward|ahead|further|farther)$/,
  move: /^(?:forward|ahead|up)$/,
}

// After a rejection, only wanting the work later (or still: "I still very much want to serve at the
// centre") counts; not "I would have loved to".
const AHEAD =
  /\b(?:future|someday|one day|again|another|next|later|down the line|opens?|opening|comes? up|arises?|still)\b/i
// After "to", a word that makes it a preposition ("bring it to your team"), not an infinitive.
const DETERMINER = /^(?:the|a|an|my|your|this|that|our|their|its|you|them|him|her|it|me|us|any|some|all)$/

/** Does the rest of the clause from `c` name paperwork, news or a call ("carry on the conversation")? */
function restIsAdmin(text: string, words: readonly Word[], c: number): boolean {
  for (let k = c; k < Math.min(words.length, c + 8) && (k === c || !gapHas(text, words, k)); k++) {
    if (/^(?:if|because|but|so|whether|once|when|until|than)$/.test(words[k]!.lower)) break
    if (adminNoun(words[k]!)) return true
  }
  return false
}

/** Does the clause from `c` (the word after "to") name the work rather than the process? */
function doesWork(text: string, words: readonly Word[], c: number, depth = 0): boolean {
  while (c < words.length && /ly$/.test(words[c]!.lower) && words[c]!.lower !== 'apply') c++
  const v = words[c]
  const onward = v && ONWARD[v.stem]?.test(words[c + 1]?.lower ?? '')
  if (onward) return !restIsAdmin(text, words, c + 2)
  // "happy to move on": giving up, not going on.
  if (v?.stem === 'move' && /^(?:on|elsewhere)$/.test(words[c + 1]?.lower ?? '')) return false
  // "hope to bump into you at the next meetup", "run into you", "cross paths again": a meeting by
  // chance, not the work.
  if (/^(?:bump|run|cross)$/.test(v?.stem ?? '') && /^(?:into|paths)$/.test(words[c + 1]?.lower ?? ''))
    return false
  // "continue to work with you" (not "continue to hear").
  if (v?.stem === 'continu' && words[c + 1]?.lower === 'to') return doesWork(text, words, c + 2, depth + 1)
  if (!v || depth > 2 || ADMIN_VERB.has(v.lower) || VERB_STEMS.has(v.stem) || adminNoun(v)) return false
  if (DETERMINER.test(v.lower)) return false
  const next = words[c + 1]
  if (v.stem === 'be' && !(next && (BE_OK.has(next.lower) || /ing$/.test(next.lower)))) return false
  if (v.lower === 'have' && !/^(?:the|a|an|my|this|that|your|some|more)$/.test(next?.lower ?? ''))
    return false
  if (!next || gapHas(text, words, c + 1)) return ALONE.has(v.lower) || ALONE.has(v.stem)
  // "keep thinking about it", "continue talking": still the process.
  if (/^(?:keep|continue)$/.test(v.lower) && VERB_STEMS.has(next.stem)) return false
  // "run through my approach", "walk you through it": a presentation ("the door I'd like to walk
  // through" is not).
  if (next.lower === 'through' && words[c + 2] && !gapHas(text, words, c + 2)) return false
  for (let k = c + 1; k < Math.min(words.length, c + 12) && !gapHas(text, words, k); k++) {
    const w = words[k]!
    // "I'd rather drive for you than anywhere else": the comparison is not the work.
    if (/^(?:if|because|but|so|whether|should|once|when|until|than)$/.test(w.lower)) break
    // "get the results" is news; "build on that result" is the work.
    if (adminNoun(w) || (/^(?:get|have)$/.test(v.lower) && plural(w) === 'result')) return false
    if (/^(?:you|them|him|her)$/.test(w.lower) && words[k + 1]?.lower === 'through') return false
    // "the chance to care for your residents": the inner verb decides.
    if (w.lower === 'to' && k > c + 1 && !DETERMINER.test(words[k + 1]?.lower ?? ''))
      return doesWork(text, words, k + 1, depth + 1)
  }
  return true
}

const HOPE = wordSet('hope hoping hopeful hopefully')
const HOPE_MODAL = wordSet("can could will would may might shall i'll we'll i'd we'd")
const HOPE_FILL = wordSet('that still also soon really eventually then one day someday yet')

/** After "I hope": "(that) I can / we will / I'll get to / I'll be able to" → index of the verb, or -1. */
function hopedClause(text: string, words: readonly Word[], s: number): number {
  while (s < words.length && HOPE_FILL.has(words[s]!.lower)) s++
  const subject = words[s]?.lower ?? ''
  let c = s + 1
  if (/^(?:i|we)$/.test(subject)) {
    if (!HOPE_MODAL.has(words[c]?.lower ?? '')) return -1
    c++
  } else if (!/^(?:i'll|we'll|i'd|we'd)$/.test(subject)) return -1
  if (gapHas(text, words, s) && s > 0 && words[s - 1]!.lower !== 'that') return -1
  while (c < words.length && HOPE_FILL.has(words[c]!.lower)) c++
  const at = (i: number, ...xs: string[]) => xs.every((x, n) => words[i + n]?.lower === x)
  if (at(c, 'be', 'able', 'to')) c += 3
  else if (at(c, 'get', 'to') || at(c, 'get', 'the', 'chance', 'to')) c += at(c, 'get', 'to') ? 2 : 4
  return c < words.length ? c : -1
}

/** "over the moon", "made up" (glad): the index of the idiom's first word when `j` ends one, else -1. */
function idiomHead(words: readonly Word[], j: number): number {
  const at = (i: number) => words[i]?.lower ?? ''
  if (at(j) === 'moon' && at(j - 1) === 'the' && at(j - 2) === 'over') return j - 2
  if (at(j) === 'up' && at(j - 1) === 'made' && /^(?:be|am|i'm|well|so|really|proper|dead)$/.test(at(j - 2)))
    return j - 1
  return -1
}

function wantsTheWork(text: string, words: readonly Word[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!.lower
    const prev = words[j - 1]?.lower ?? ''
    // "looking forward to setting up the practicals" (not "to hearing from you").
    if (w === 'forward' && /^look/.test(prev) && words[j + 1]?.lower === 'to') {
      const g = words[j + 2]
      if (
        g &&
        /ing$/.test(g.lower) &&
        writerSubject(text, words, j - 1, false) &&
        doesWork(text, words, j + 2)
      )
        return true
      continue
    }
    // "I'm hopeful I can bring my onboarding experience to your team", "I hope we can continue the
    // process", "hopefully I'll get to work with you": a modal clause after the hope.
    if (HOPE.has(w) && (w === 'hopefully' || writerSubject(text, words, j, false))) {
      const c = hopedClause(text, words, j + 1)
      if (c > 0 && doesWork(text, words, c)) return true
    }
    const impersonal = IMPERSONAL.has(w)
    // "I'd be over the moon to get it", "would be made up to land this": the head is the idiom.
    const idiom = idiomHead(words, j)
    if (idiom >= 0) {
      if (
        words[j + 1]?.lower === 'to' &&
        writerSubject(text, words, idiom, false) &&
        doesWork(text, words, j + 2)
      )
        return true
      continue
    }
    if (!(WISH.has(w) || GLAD.has(w) || impersonal || MODAL_ONLY.has(w))) continue
    if (MODAL_ONLY.has(w) || impersonal) {
      // A modal before the head, over fillers only: "I should very much like", "it would be an honour".
      let k = j - 1
      while (k >= 0 && !MODAL.has(words[k]!.lower) && FILL.has(words[k]!.lower) && j - k < 6) k--
      if (k < 0 || !MODAL.has(words[k]!.lower)) continue
    }
    // Fillers up to "to": "hoping very much to", "a great deal to me to", "it a privilege to".
    let t = j + 1
    while (t < words.length && t - j < 7) {
      const x = words[t]!.lower
      if (x === 'to' && !/^(?:me|us)$/.test(words[t + 1]?.lower ?? '')) break
      if (
        x !== 'to' &&
        !FILL.has(x) &&
        !IMPERSONAL.has(x) &&
        !/^(?:happily|gladly|a|an|chance|opportunity)$/.test(x)
      )
        break
      t++
    }
    // "I'd love working with your crew", "I'd enjoy teaching there" (not "I'd love hearing back").
    const gerund = words[j + 1]
    if (
      MODAL_ONLY.has(w) &&
      gerund &&
      /ing$/.test(gerund.lower) &&
      !gapHas(text, words, j + 1) &&
      writerSubject(text, words, j, false) &&
      doesWork(text, words, j + 1)
    )
      return true
    // "wanna" is "want to": "the kinda work I wanna do".
    const bare = /^(?:rather|sooner|happily|gladly|willingly|wanna)$/.test(w)
    const c = bare ? j + 1 : t + 1
    if (!bare && words[t]?.lower !== 'to') continue
    if (!writerSubject(text, words, j, impersonal || w === 'mean')) continue
    // "the point I want to make about the rota": the clause is about the point, not the work.
    const f = frontedNoun(text, words, j)
    if (f && (NOT_WORK.has(f.lower) || adminNoun(f))) continue
    if (doesWork(text, words, c) || objectFirst(text, words, j, c) || placeFirst(words, j, c)) return true
  }
  return false
}

/** "…is still where I would most like to teach": the place named before the writer, the verb last. */
function placeFirst(words: readonly Word[], j: number, c: number): boolean {
  let k = j - 1
  while (k >= 0 && (FILL.has(words[k]!.lower) || MODAL.has(words[k]!.lower)) && !WRITER.has(words[k]!.lower))
    k--
  if (k < 1 || !WRITER.has(words[k]!.lower) || words[k - 1]!.lower !== 'where') return false
  const v = words[c]
  if (!v || ADMIN_VERB.has(v.lower) || VERB_STEMS.has(v.stem)) return false
  return c === words.length - 1 || /^(?:and|but|so|because|for|with|alongside)$/.test(words[c + 1]!.lower)
}

// "the kind of room I want to run", "a ward I'd be proud to serve on": the work named before the
// writer, the verb closing the clause (not "the point I want to make", "anything else I'd like to add").
const NOT_WORK = wordSet(
  'point points thing things one something anything everything nothing else question questions mistake mistakes message word words comment comments concern concerns topic issue issues',
)
/** The noun a relative clause hangs on: "the kind of room [that] I want to…" → "room". */
function frontedNoun(text: string, words: readonly Word[], j: number): Word | undefined {
  let k = j - 1
  while (k >= 0 && !WRITER.has(words[k]!.lower) && FILL.has(words[k]!.lower)) k--
  if (k < 2 || !/^(?:i|i'd|i'm|we|we'd)$/.test(words[k]!.lower) || gapHas(text, words, k)) return
  let n = k - 1
  if (/^(?:that|which)$/.test(words[n]!.lower)) n--
  const noun = words[n]
  if (!noun || FILL.has(noun.lower) || BLOCK.has(noun.lower)) return
  if (![1, 2, 3].some((d) => /^(?:the|a|an|of|your|this|that|such|one|any)$/.test(words[n - d]?.lower ?? '')))
    return
  return noun
}

function objectFirst(text: string, words: readonly Word[], j: number, c: number): boolean {
  const v = words[c]
  if (!v || ADMIN_VERB.has(v.lower) || VERB_STEMS.has(v.stem) || DETERMINER.test(v.lower)) return false
  // The verb (and an optional preposition: "serve on", "work in") ends the clause.
  let e = c + 1
  if (/^(?:on|in|at|for|with|alongside)$/.test(words[e]?.lower ?? '') && !gapHas(text, words, e)) e++
  if (e < words.length && !gapHas(text, words, e)) return false
  const noun = frontedNoun(text, words, j)
  return !!noun && !NOT_WORK.has(noun.lower) && !adminNoun(noun)
}

function sentenceFor(kind: Kind | null, role: string | undefined, company: string | undefined) {
  if (kind === 'after-rejection') {
    const where = company ?? 'your team'
    return {
      text: `I remain very interested in ${where}, and I would welcome the chance to be considered for future openings.`,
      snippet: `I remain very interested in \${1:${snip(where)}}, and I would welcome the chance to be considered for \${2:future openings}.`,
    }
  }
  const what = role ? `the ${role} position` : 'the role'
  const where = company ?? 'your team'
  return {
    text: `I remain very interested in ${what} and would welcome the chance to contribute to ${where}.`,
    snippet: `I remain very interested in the \${1:${snip(role ?? 'job title')}} position and would welcome the chance to contribute to \${2:${snip(where)}}.`,
  }
}

export default defineRule({
  id: 'require-interest',
  description: 'Restate your interest in the role (or, after a rejection, in future roles).',
  rationale:
    'A follow-up exists to show you still want the job: “reiterating your interest in the position” ' +
    '(seed 000, Timing Your Follow-up; Crafting Your Follow-up), “reiterate your enthusiasm for the role” ' +
    '(seed 001, Reinforcing Your Interest) and “your legitimate and enthusiastic interest in the job” ' +
    '(seed 003). After a rejection, saying you would welcome future roles keeps the door open (seed 003).',
  evidence: [
    '000 (Timing Your Follow-up; Crafting Your Follow-up)',
    '001 (Reinforcing Your Interest; Express Enthusiasm for the Role)',
    '003 (what a follow-up note should include; the reply to a rejection)',
  ],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    missingInterest:
      'This {what} never says you are still interested in the role. Add a sentence before the sign-off, e.g. “I remain very interested in the position.”',
    missingFutureInterest:
      'This reply never says you would welcome future roles. Add a sentence before the sign-off asking them to keep you in mind for future openings.',
  },
  options: z.strictObject({
    /** Kinds of note that must restate interest. */
    kinds: z.array(z.enum(KINDS)).default([...KINDS]),
    /** Also require it when the kind is unknown. */
    whenKindUnknown: z.boolean().default(true),
  }),
  phrases: PHRASES['require-interest'],
  create(ctx) {
    const { text, doc, kind, options, frontmatter } = ctx
    const { structure } = doc
    if (kind ? !options.kinds.includes(kind) : !options.whenKindUnknown) return
    const closing = structure.closing
    const own = ctx.prose.filter((s) => !closing || s.start < closing.start || s.start >= closing.end)
    const body = own.filter((s) => s.end > structure.bodyStart)
    if (!body.some((s) => s.words.length >= 3)) return

    // The subject line is read by the recipient too: "Continued interest in the Analyst position".
    const subject = structure.subject
    const subjectLine = subject
      ? doc.sentences.filter((s) => s.start < subject.end && s.end > subject.start)
      : []
    if (IN_SUBJECT.test(fmString(frontmatter, 'subject') ?? '')) return
    for (const s of [...own, ...subjectLine]) {
      for (const hit of ctx.findPhrases([s])) {
        if (someoneElses(text, s.words, s.words.indexOf(hit.words[0]!))) continue
        return
      }
    }
    // After a rejection, wanting the work counts only when it looks ahead: "I'd love to work with your
    // team one day" (not "I'm happy to continue my search").
    const ahead = (s: Sentence) => kind !== 'after-rejection' || AHEAD.test(text.slice(s.start, s.end))
    if (own.some((s) => ahead(s) && wantsTheWork(text, s.words))) return
    // Only now, with nothing found, the whole-note checks: a note of unknown kind is a follow-up only
    // when it speaks of a meeting that took place; one that withdraws, or answers an offer, has no
    // interest to restate.
    if ((!kind && !mentionsMeeting(doc)) || withdraws(doc) || answersOffer(doc)) return

    const role = fmString(frontmatter, 'role')
    const company = fmString(frontmatter, 'company')
    const { text: sentence, snippet } = sentenceFor(kind, role, company)
    const eol = text.includes('\r\n') ? '\r\n' : '\n'
    let edit: { start: number; end: number; text: string; snippet: string }
    let target: { start: number; end: number }
    if (closing) {
      // Its own paragraph, after the last body text and before the sign-off, mirroring the spacing.
      let at = closing.start
      while (at > 0 && /\s/.test(text.charAt(at - 1))) at--
      const gap = text.slice(at, closing.start)
      const sep = /\n/.test(gap) ? gap.replace(/[^\r\n]/g, '') : `${eol}${eol}`
      edit =
        at > 0
          ? { start: at, end: at, text: `${sep}${sentence}`, snippet: `${sep}${snippet}` }
          : { start: 0, end: 0, text: `${sentence}${eol}${eol}`, snippet: `${snippet}${eol}${eol}` }
      target = closing
    } else {
      // No sign-off: after the last paragraph of real prose.
      const last = [...body].reverse().find((s) => s.words.length >= 4) ?? body.at(-1)!
      const at = last.block.end
      edit = { start: at, end: at, text: `${eol}${eol}${sentence}`, snippet: `${eol}${eol}${snippet}` }
      target = last
    }
    const rejection = kind === 'after-rejection'
    ctx.report({
      messageId: rejection ? 'missingFutureInterest' : 'missingInterest',
      data: {
        what:
          kind === 'thank-you'
            ? 'thank-you note'
            : kind === 'status-inquiry'
              ? 'status inquiry'
              : kind === 'second-follow-up'
                ? 'follow-up'
                : 'note',
      },
      start: target.start,
      end: target.end,
      suggest: [
        {
          title: rejection
            ? 'Add a sentence asking to be considered for future openings'
            : 'Add a sentence restating your interest',
          edits: [edit],
        },
      ],
    })
  },
})

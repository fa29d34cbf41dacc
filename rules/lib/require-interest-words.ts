// The vocabulary of require-interest's reading of "I want to do the work": the heads of a wish ("want",
// "would love", "glad", "an honour"), the words that may stand around them, the verbs and nouns of the
// process (hearing back, papers, a call) as against the work, and gapHas, a clause break between words.
import type { Word } from '../../core/document.js'
import { stemOf } from '../../core/words.js'
import { wordSet } from './util.js'

export const WRITER = new Set(['i', "i'd", "i'm", "i'll", "i've", 'we', "we'd", "we're", "we'll"])

// Heads. WISH take "to" directly; MODAL_ONLY need would/'d/should/will first; IMPERSONAL go with "it".
export const WISH = wordSet(
  'want wanting wanna hope hoping wish wishing longing yearn itching dying busting aim aiming pray praying',
)
// "I'd sooner drive for you", "I would kill to work there".
export const MODAL_ONLY = wordSet(
  'like love relish enjoy welcome prefer rather sooner happily gladly willingly count mean kill',
)
export const GLAD = wordSet(
  'glad happy delighted thrilled pleased proud honoured honored privileged keen eager excited hyped stoked ready raring chuffed buzzing desperate determined motivated willing overjoyed elated ecstatic',
)
export const IMPERSONAL = wordSet(
  'privilege honour honor pleasure dream joy thrill great cool amazing wonderful fantastic brilliant lovely awesome exciting epic class mint ace grand deadly lush wicked',
)
export const MODAL = wordSet("would should will i'd i'll we'd we'll it'd")
// Words that may stand between the subject, the head and "to".
export const FILL = wordSet(
  "am i'm are we're be feel remain would should will i'd i'll we'd we'll do really very much so soo sooo truly genuinely still more than most well proper properly dead real mega totally defo absolutely incredibly extremely super quite right dearly honestly deeply absolute also all just already sincerely always definitely certainly even currently now it a an the deal lot world everything great for me us ever big huge true genuine absolute such my",
)
export const BLOCK = wordSet(
  "you you're you'd you'll they they're they'd he she it's is was were been had has have who which team company panel everyone anyone someone",
)
export const CLAUSE_WORD = wordSet('and but or so yet then')
export const DEPICT_HEAD = wordSet(
  'keen eager excited thrilled determined motivated enthusiastic raring itching',
)
export const DEPICT = wordSet(
  'left leave came come walked went drove headed emerged finished ended returned got stepped flew rode',
)
export const CAUSE = wordSet('made make makes making left leave leaves leaving got gets getting')
// A clause about the process, not the work. The first verb: hearing back, sending papers, a call, a question…
export const ADMIN_VERB = wordSet(
  'hear know ask answer provide send share discuss talk chat meet speak clarify supply forward explain arrange schedule call phone ring email resend elaborate expand add follow connect receive reschedule confirm update check inform let say tell thank appreciate express reiterate note mention describe correct attend submit see learn find understand catch touch wait apologise apologize reassure point request withdraw decline come go pop drop stop hop pass travel accommodate adjust attach enclose include report wish reply respond introduce invite offer decide think reflect read review revisit consider compare weigh negotiate plan fit not never',
)
// …or anything in its clause: "do a second interview", "take any questions", "help in any way".
export const ADMIN_NOUN = wordSet(
  'search searching elsewhere discussion dialogue question information info detail document documentation paperwork reference referee sample portfolio transcript cv resume résumé certificate certification form availability available contacted reached notified informed schedule time call chat interview test assessment update news feedback answer response reply decision outcome record note plot slide copy contact number email link way however sure moment conversation anything else whatever timeline timing date slot back touch coffee lunch drink beer pint dinner brunch cuppa meeting example thought point connected no nothing salary package pension notice',
)
// After "to be": "be part of it", "be on one of your vans", "be driving the 40" — not "be honest".
export const BE_OK = wordSet(
  'part a an the on in with among at back there involved given offered considered selected chosen hired allowed able one your',
)

/** Is there a clause break (a comma, colon, bracket or dash) or the sentence start before word `k`? */
export function gapHas(text: string, words: readonly Word[], k: number): boolean {
  return k <= 0 || /[,;:()\u2013\u2014]|\s-+\s/.test(text.slice(words[k - 1]!.end, words[k]!.start))
}

export const VERB_STEMS = new Set([...ADMIN_VERB].map(stemOf))
export const plural = (w: Word) => w.lower.replace(/(?<=\w{3})s$/, '')
export const adminNoun = (w: Word) => ADMIN_NOUN.has(w.lower) || ADMIN_NOUN.has(plural(w))
// Verbs that name the job even with nothing after them: "I would love to join."
export const ALONE = wordSet(
  'join start begin contribute work return apply continue proceed progress advance resume',
)
// Going on with the process: "keep going with Northlake", "carry on to the next stage", "go further
// in the process", "move forward" (not "move on", which gives up, nor "go over", "go through").
export const ONWARD: Record<string, RegExp> = {
  keep: /^(?:going|moving|at)$/,
  carri: /^on$/,
  go: /^(?:forward|ahead|further|farther)$/,
  move: /^(?:forward|ahead|up)$/,
}

// After "to", a word that makes it a preposition ("bring it to your team"), not an infinitive.
export const DETERMINER =
  /^(?:the|a|an|my|your|this|that|our|their|its|you|them|him|her|it|me|us|any|some|all)$/

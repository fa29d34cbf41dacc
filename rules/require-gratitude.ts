// A thank-you note must thank the reader. Phrases of thanks come from rules/data/require-gratitude.yml;
// those that do not thank the reader are set aside by rules/lib/require-gratitude-thanks.ts, and the
// suggested sentence is built by rules/lib/require-gratitude-fix.ts.
import { z } from 'zod'
import type { Sentence, Word } from '../core/document.js'
import { answersOffer, mentionsMeeting, withdraws } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import { KINDS } from '../core/types.js'
import { asideThanks, isSignOffLine } from './lib/require-gratitude-aside.js'
import { thanksEdit } from './lib/require-gratitude-fix.js'
import {
  appreciationAsName,
  conditionalGratitude,
  isCausal,
  isRequest,
  notThanksToReader,
} from './lib/require-gratitude-thanks.js'
import { postscript } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

const PLEA = /^(?:would|i'd|hope|hoping|please|pls|plz|if|fingers|pray|praying|wish|wishing)$/

/** Phrase-list entry whose hits mark a later follow-up rather than thanks. */
const LATER = 'laterNote'

// "Dear Dana, our talk on Tuesday…": a salutation that runs on into the first sentence.
const SALUTATION = /^[ \t]*(?:dear|hi|hello|greetings|good (?:morning|afternoon|evening))\b[^,:\n]{0,40}[,:]/i

function gluedGreeting(text: string, block: { start: number } | undefined) {
  if (!block) return null
  const m = SALUTATION.exec(text.slice(block.start, block.start + 60))
  return m ? { start: block.start, end: block.start + m[0].length } : null
}

export default defineRule({
  id: 'require-gratitude',
  description: 'Thank the reader in a thank-you note (the first note after the interview).',
  rationale:
    'Every guide to interview follow-up puts gratitude first: “express your gratitude” for the interviewer’s ' +
    'time (seed 000, Crafting Your Follow-up), “begin your thank-you note by expressing genuine gratitude” ' +
    '(seed 001, Expressing Gratitude), “thank the hiring manager for taking the time to meet with you” ' +
    '(seed 002) and “thank the hiring manager for their time” (seed 004). A note that never says thank you ' +
    'reads as a request rather than a courtesy. A sign-off such as “Thanks,” does not count.',
  evidence: [
    '000 (Crafting Your Follow-up: express your gratitude)',
    '001 (Expressing Gratitude)',
    '002 (Stay on Their Minds)',
    '004 (Keep it brief and professional)',
  ],
  severity: 'error',
  fix: 'suggestion',
  messages: {
    missingGratitude:
      'This {what} never thanks the reader. Add a sentence near the top thanking them {advice}; a “Thanks,” sign-off is not enough.',
  },
  options: z.strictObject({
    /** Kinds of note that must thank the reader. */
    kinds: z.array(z.enum(KINDS)).default(['thank-you']),
    /** Also require thanks when the kind is unknown (no frontmatter `kind` and nothing in the text says). */
    whenKindUnknown: z.boolean().default(true),
  }),
  phrases: PHRASES['require-gratitude'],
  create(ctx) {
    const { text, doc, kind, options, frontmatter } = ctx
    const { structure } = doc
    if (kind ? !options.kinds.includes(kind) : !options.whenKindUnknown) return
    const subject = structure.subject
    const greeting =
      structure.greeting ??
      gluedGreeting(
        text,
        doc.blocks.find((b) => b.start >= (subject?.end ?? 0)),
      )
    // An unknown kind only counts when the text looks like a note (a greeting, sign-off or subject).
    if (!kind && !greeting && !structure.closing && !subject && !frontmatter) return

    // The writer's own words, minus the sign-off line(s): "Thanks," is a valediction, not thanks.
    const signOff = new Map<number, boolean>()
    const onSignOff = (w: Word): boolean => {
      const line = doc.lineOf(w.start)
      let hit = signOff.get(line)
      if (hit === undefined) {
        const start = doc.lineStart(line)
        const nl = text.indexOf('\n', start)
        // A "Thank you!" line before another closing ("Thank you!\n\nBest regards,") is a sentence
        // of thanks, not the valediction.
        const beforeClosing = structure.closing !== null && start < structure.closing.start
        hit = !beforeClosing && isSignOffLine(text.slice(start, nl < 0 ? text.length : nl))
        signOff.set(line, hit)
      }
      return hit
    }
    const own: Sentence[] = []
    // A "P.S. Thanks again for the tour!" after the signature thanks too.
    const ps = postscript(doc).filter((p) => !ctx.prose.includes(p))
    // The sender's name is not thanks, even in a sentence that runs on from the closing ("Regards,
    // Kwame Asante" — "asante" is Swahili for thanks).
    const signatureStart = structure.signature?.start ?? Number.POSITIVE_INFINITY
    for (const s of [...ctx.prose, ...ps]) {
      const inPs = ps.includes(s)
      const words = s.words.filter((w) => !onSignOff(w) && (inPs || w.start < signatureStart))
      if (words.length > 0) own.push(words.length === s.words.length ? s : { ...s, words })
    }
    const body = own.filter((s) => s.end > structure.bodyStart)
    if (!body.some((s) => s.words.length >= 3)) return

    const subjectLine = subject
      ? doc.sentences.filter((s) => s.start < subject.end && s.end > subject.start)
      : []
    // Folded hands (🙏) in the writer's own prose thank the reader too, but not after a wish or a plea
    // ("would love to work there 🙏", "hope to hear soon 🙏"), where they mean "please".
    const plea = (s: Sentence) => s.words.some((w) => PLEA.test(w.lower))
    const folded = (s: Sentence) => s.marks.some((m) => m.text.includes('\u{1F64F}'))
    if (own.some((s) => s.start >= structure.bodyStart && folded(s) && !plea(s))) return
    for (const s of [...own, ...subjectLine]) {
      for (const hit of ctx.findPhrases([s])) {
        if (hit.entry.id === LATER) {
          // A guessed kind is only a guess: an unknown or inferred "thank-you" note that asks for
          // news or says it is a later note is a follow-up, which need not open with thanks.
          if (!kind || (kind === 'thank-you' && ctx.kindSource === 'inferred')) return
          continue
        }
        if (subject && hit.start < subject.end) continue
        const i = s.words.indexOf(hit.words[0]!)
        if (hit.entry.id === 'appreciate' && (isRequest(s.words, i) || appreciationAsName(s.words, i)))
          continue
        if (conditionalGratitude(s.words, i, hit.words.length)) continue
        if (hit.entry.id === 'thanks' && isCausal(s.words, i)) continue
        if (notThanksToReader(s.words, i, hit.words.length)) continue
        if (asideThanks(s, text, i, hit.words.length)) continue
        return
      }
    }

    // A note of unknown kind is only taken for the first note after the interview when it mentions
    // one (the interview, a meeting, a call): "Could you tell me more about the posting?" need not thank.
    if (!kind && !mentionsMeeting(doc)) return
    // A note that withdraws from the process, or answers an offer, is not a thank-you note.
    if (withdraws(doc) || answersOffer(doc)) return

    const edit = thanksEdit(
      text,
      kind,
      frontmatter,
      greeting?.end ?? subject?.end,
      doc.blocks[0]?.start ?? structure.bodyStart,
    )

    const target = greeting ?? body[0] ?? own[0]!
    const rejection = kind === 'after-rejection'
    ctx.report({
      messageId: 'missingGratitude',
      data: {
        what: rejection ? 'reply' : kind === 'thank-you' ? 'thank-you note' : kind ? 'follow-up' : 'note',
        advice: rejection
          ? 'for letting you know and for considering you'
          : 'for their time and the conversation',
      },
      start: target.start,
      end: target.end,
      suggest: [
        {
          title: `Add a thank-you sentence ${greeting ? 'after the greeting' : 'at the start of the note'}`,
          edits: [edit],
        },
      ],
    })
  },
})

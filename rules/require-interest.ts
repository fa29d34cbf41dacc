// A follow-up must restate interest in the role (after a rejection, in future roles). Phrases of
// interest come from rules/data/require-interest.yml; rules/lib/require-interest-subject.ts sets aside
// someone else's interest, -wants reads the writer wanting to do the work in any words (with -work and
// -words), -extra reads the frontmatter subject, requests about the writer ("consider me for…") and "being
// part of it would be a dream", and -fix builds the suggested sentence.
import { z } from 'zod'
import type { Sentence } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer, mentionsMeeting, withdraws } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import { KINDS } from '../core/types.js'
import {
  aboutTheWriter,
  saysStillIn,
  subjectSentences,
  workWouldBeAJoy,
} from './lib/require-interest-extra.js'
import { interestEdit } from './lib/require-interest-fix.js'
import { someoneElses } from './lib/require-interest-subject.js'
import { wantsTheWork } from './lib/require-interest-wants.js'
import { PHRASES } from './phrases.generated.js'

/** A frontmatter subject that already speaks of interest: "Continued interest in the Analyst role". */
const IN_SUBJECT = /\b(?:interest(?:ed)?|enthusias\w*|excited|eager)\b/i

// After a rejection, only wanting the work later (or still: "I still very much want to serve at the
// centre") counts; not "I would have loved to".
const AHEAD =
  /\b(?:future|someday|one day|again|another|next|later|down the line|opens?|opening|comes? up|arises?|still)\b/i

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
    const fmSubject = fmString(frontmatter, 'subject')
    if (IN_SUBJECT.test(fmSubject ?? '')) return
    const said = (s: Sentence, t: string) => {
      for (const hit of ctx.findPhrases([s])) {
        // "If you could consider me for any other opening": a request about the writer.
        if (!aboutTheWriter(hit) && someoneElses(t, s.words, s.words.indexOf(hit.words[0]!))) continue
        return true
      }
      return saysStillIn(t, s)
    }
    if ([...own, ...subjectLine].some((s) => said(s, text))) return
    // The frontmatter subject is read as prose of its own ("Still very keen on the Sous Chef role"),
    // parsed only when the note itself has said nothing.
    const fromSubject = subjectSentences(fmSubject)
    if (fromSubject.some((s) => said(s, fmSubject!))) return
    // After a rejection, wanting the work counts only when it looks ahead: "I'd love to work with your
    // team one day" (not "I'm happy to continue my search").
    const ahead = (s: Sentence, t = text) => kind !== 'after-rejection' || AHEAD.test(t.slice(s.start, s.end))
    if (own.some((s) => ahead(s) && (wantsTheWork(text, s.words) || workWouldBeAJoy(text, s.words)))) return
    if (fromSubject.some((s) => ahead(s, fmSubject!) && wantsTheWork(fmSubject!, s.words))) return
    // Only now, with nothing found, the whole-note checks: a note of unknown kind is a follow-up only
    // when it speaks of a meeting that took place; one that withdraws, or answers an offer, has no
    // interest to restate.
    if ((!kind && !mentionsMeeting(doc)) || withdraws(doc) || answersOffer(doc)) return

    const { edit, target } = interestEdit(text, kind, frontmatter, closing, body)
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

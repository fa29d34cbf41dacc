import { z } from 'zod'
import type { Word } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer, mentionsMeeting, withdraws } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import { KINDS, type Kind } from '../core/types.js'
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
const IN_SUBJECT = /\b(?:interest(?:ed)?|enthusias\w*|excited|eager)\b/i

/** Escape text for an LSP snippet. */
const snip = (s: string) => s.replace(/[\\$}]/g, '\\$&')

// "hear from you about future roles", "thank you; I am excited": there "you" is an object, not a subject.
const OBJECT_BEFORE =
  /^(?:from|to|with|for|about|of|at|by|thank|thanks|tell|told|meet|meeting|met|let|help|see|join|joining|hear|assure|show)$/

const WRITER = new Set(['i', "i'd", "i'm", "i'll", "i've", 'we', "we'd", "we're", "we'll"])

function someoneElses(words: readonly Word[], i: number): boolean {
  // Nearest subject first: in "if a role opens on your team, I would be glad to…" the writer is it
  // (a hit that starts with "I'd" is the writer's own).
  for (let j = i; j >= Math.max(0, i - 4); j--) {
    const lower = words[j]!.lower
    if (WRITER.has(lower)) return false
    if (OTHER_SUBJECT.has(lower) && !OBJECT_BEFORE.test(words[j - 1]?.lower ?? '')) return true
  }
  return false
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
        if (someoneElses(s.words, s.words.indexOf(hit.words[0]!))) continue
        return
      }
    }
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

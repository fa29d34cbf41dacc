import { z } from 'zod'
import type { Word } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { defineRule } from '../core/rule.js'
import type { Kind } from '../core/types.js'
import { unicodeTest } from './lib/util.js'

const STARTS_ALNUM = unicodeTest(/^[A-Za-z0-9]/, /^[\p{L}\p{N}]/u)

const fmt = (n: number) => n.toLocaleString('en-US')
const words = (n: number) => z.number().int().positive().default(n)

const NAMES: Record<Kind, string> = {
  'thank-you': 'thank-you note',
  'status-inquiry': 'status inquiry',
  'second-follow-up': 'follow-up',
  'after-rejection': 'reply',
}

/** Reading time of `n` words at about 200 words a minute, in plain words. */
function readingTime(n: number): string {
  if (n <= 160) return 'under a minute to read'
  if (n <= 260) return 'about a minute to read'
  return `about ${Math.round(n / 200)} minutes to read`
}

export default defineRule({
  id: 'max-length',
  description: 'Keep the note short: a thank-you note fits in a minute of reading.',
  rationale:
    'Hiring managers skim. The guidance asks for a thank-you note that is “brief” (seed 000, Timing Your ' +
    'Follow-up), a follow-up that is “concise and to the point” (seed 004, Keep it brief and professional) ' +
    'and a “short email” (seed 002). A long note buries the thanks and the interest it exists to carry. ' +
    'LinkedIn messages are capped by the platform (about 1,900 characters).',
  evidence: [
    '000 (Timing Your Follow-up: brief; Methods of Follow-up: LinkedIn)',
    '004 (Keep it brief and professional)',
    '002 (Stay on Their Minds: a short email)',
  ],
  severity: 'warning',
  fix: false,
  messages: {
    tooLong:
      'This {what} is {count} words; keep it under {limit} ({time}). Cut what the reader does not need from here on.',
    tooLongLinkedIn:
      'This LinkedIn message is {count} characters; keep it under {limit} so it fits in one message. Cut what the reader does not need from here on.',
  },
  options: z.strictObject({
    /** Word limits per kind (the body between greeting and sign-off). */
    'thank-you': words(200),
    'status-inquiry': words(150),
    'second-follow-up': words(150),
    'after-rejection': words(150),
    /** Limit when the kind is unknown. */
    unknown: words(200),
    /** Character limit for `channel: linkedin` (the whole message as typed). */
    linkedin: words(1900),
  }),
  create(ctx) {
    const { text, doc, kind, options, frontmatter } = ctx
    const { structure } = doc
    const closing = structure.closing

    if (fmString(frontmatter, 'channel')?.toLowerCase() === 'linkedin') {
      // LinkedIn counts every character typed: greeting, body, sign-off and name (runs of spaces
      // and line breaks count as one; paragraphs are two apart).
      const subject = structure.subject
      const chars = (from: number, to: number) => [...text.slice(from, to).replace(/\s+/g, ' ')].length
      let count = 0
      let first: { start: number; end: number } | undefined
      for (const b of doc.blocks) {
        if (subject && b.end <= subject.end) continue
        if (count > 0) count += 2
        let at = b.start
        for (const s of b.sentences) {
          count += chars(at, s.end)
          at = s.end
          if (!first && count > options.linkedin) first = s
        }
        count += chars(at, b.end)
      }
      if (!first) return
      ctx.report({
        messageId: 'tooLongLinkedIn',
        data: { count: fmt(count), limit: fmt(options.linkedin) },
        start: first.start,
        end: first.end,
      })
      return
    }

    // Words of the writer's own body: not the subject line, greeting, sign-off or signature.
    const body: Word[] = []
    for (const s of ctx.prose) {
      for (const w of s.words) {
        if (w.start < structure.bodyStart) continue
        if (closing && w.start >= closing.start) continue
        if (STARTS_ALNUM(w.text)) body.push(w)
      }
    }
    const limit = kind ? options[kind] : options.unknown
    if (body.length <= limit) return
    const over = body[limit]!
    const sentence = ctx.prose.find((s) => over.start >= s.start && over.start < s.end)
    ctx.report({
      messageId: 'tooLong',
      data: {
        what: kind ? NAMES[kind] : 'note',
        count: fmt(body.length),
        limit: fmt(limit),
        time: readingTime(limit),
      },
      start: over.start,
      end: sentence ? sentence.end : over.end,
    })
  },
})

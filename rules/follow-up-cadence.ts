import { z } from 'zod'
import { fieldItems, fieldOf, frontmatterDisabled } from '../core/frontmatter.js'
import type { TimeValue } from '../core/frontmatter-schema.js'
import { defineRule } from '../core/rule.js'
import { lo, type TimeInput, thankYouWindow, timeInput, timingModel } from '../core/timing.js'
import { timingFromFrontmatter } from '../core/timing-frontmatter.js'

interface Note {
  t: TimeValue
  start: number
  end: number
  /** This draft (not an entry of `previous`). */
  current: boolean
}

const dayText = (d: number) => (d < 1 ? 'less than a day' : d === 1 ? '1 day' : `${d} days`)
const dateText = (t: TimeValue) => t.dt.setLocale('en-US').toFormat('ccc d LLL')

export default defineRule({
  id: 'follow-up-cadence',
  description: 'Follow up at most three times after the thank-you note, a week or more apart.',
  rationale:
    'Persistence helps until it reads as pressure: avoid daily or back-to-back follow-ups and space them about a ' +
    'week apart (seed 001, Avoid Daily Follow-Ups; Avoid Excessive Follow-Up Attempts), and if the first inquiry ' +
    'goes unanswered "only try one or two more times max" (002) — after that, move on.',
  evidence: [
    '001 (Avoid Daily Follow-Ups; Avoid Excessive Follow-Up Attempts)',
    '002 (one or two more times max)',
  ],
  severity: 'warning',
  fix: false,
  messages: {
    tooSoon:
      'Only {gap} between follow-ups ({from} and {to}); leave at least {minGap} days between them, as back-to-back notes read as pressure.',
    tooMany:
      'This is follow-up number {count} about the same interview (not counting the thank-you note). After {max} unanswered notes, stop and move on: more reads as desperate, and a hiring manager who wants you will not forget you.',
  },
  options: z.strictObject({
    /** Follow-ups after the thank-you note before the rule suggests moving on. */
    maxAttempts: z.number().int().min(1).default(3),
    /** Days to leave between two follow-ups. */
    minGapDays: z.number().int().min(0).default(7),
  }),
  create(ctx) {
    const fm = ctx.frontmatter
    if (!fm || ctx.kind === 'after-rejection' || ctx.kind === 'thank-you') return
    if (frontmatterDisabled(ctx.doc, fm, ctx.id)) return
    const timing = timingFromFrontmatter(fm, {
      timezone: ctx.settings.timezone,
      industry: ctx.settings.industry,
      businessHours: ctx.settings.businessHours,
      now: ctx.settings.now,
    })
    if (!timing?.input.previous?.length) return
    const { input } = timing
    const m = timingModel(input)
    // Notes inside the thank-you window are the thank-you, not a follow-up attempt.
    const thanksEnd = m.interview ? thankYouWindow(m, m.interview).end : undefined
    const notes: Note[] = []
    for (const item of fieldItems(fm, 'previous')) {
      const t = timeInput(item.value as TimeInput, m.zone, 'Previous note')
      if (!thanksEnd || lo(t) > thanksEnd) notes.push({ t, start: item.start, end: item.end, current: false })
    }
    notes.sort((a, b) => lo(a.t).toMillis() - lo(b.t).toMillis())
    if (ctx.kind === 'status-inquiry' || ctx.kind === 'second-follow-up') {
      const field = fieldOf(fm, 'send') ?? fieldOf(fm, 'previous')!
      const t = input.send
        ? timeInput(input.send, m.zone, 'Send')
        : { dt: m.now, dateOnly: false, hasOffset: true, text: '' }
      notes.push({ t, start: field.valueStart, end: field.valueEnd, current: true })
    }
    for (let i = 1; i < notes.length; i++) {
      const [a, b] = [notes[i - 1]!, notes[i]!]
      const gap = Math.floor(lo(b.t).diff(lo(a.t), 'days').days)
      if (gap < ctx.options.minGapDays)
        ctx.report({
          messageId: 'tooSoon',
          data: {
            gap: dayText(gap),
            from: dateText(a.t),
            to: b.current && !input.send ? 'today' : dateText(b.t),
            minGap: ctx.options.minGapDays,
          },
          start: b.start,
          end: b.end,
        })
    }
    const max = ctx.options.maxAttempts
    const over = notes[max]
    if (over) {
      const last = notes.at(-1)!
      const at = last.current ? last : over
      ctx.report({ messageId: 'tooMany', data: { count: notes.length, max }, start: at.start, end: at.end })
    }
  },
})

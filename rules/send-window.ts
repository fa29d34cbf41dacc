import { z } from 'zod'
import { businessHours, describeHours } from '../core/business-hours.js'
import { fieldOf, frontmatterDisabled } from '../core/frontmatter.js'
import type { SendCheck } from '../core/planner.js'
import { defineRule } from '../core/rule.js'
import { DEFAULT_WINDOWS, type PlannedTime, type WindowSettings } from '../core/timing.js'
import { checkFrontmatterSend } from '../core/timing-frontmatter.js'
import type { Edit, Frontmatter } from '../core/types.js'

const days = z.tuple([z.number().int().min(0), z.number().int().min(0)])

const NOTE: Record<string, string> = {
  'thank-you': 'thank-you note',
  'status-inquiry': 'status inquiry',
  'second-follow-up': 'follow-up',
  'after-rejection': 'reply',
}

/** A time for a message: the recipient's clock, and the sender's when the zones differ. */
function both(p: PlannedTime): string {
  const zone = (s: string) => /\(([^)]*)\)$/.exec(s)?.[1]
  if (zone(p.sender) === zone(p.recipient)) return p.recipient
  return `${p.recipient}, ${p.sender.replace(/ \([^)]*\)$/, '')} your time`
}

function elapsed(hours: number): string {
  return hours < 72 ? `${hours} hours` : `${Math.round(hours / 24)} days`
}

/** Rewrite (or add) `send:` so the note goes out at `to`. */
function moveSend(text: string, fm: Frontmatter, to: PlannedTime, withZone: boolean): Edit {
  const field = fieldOf(fm, 'send')
  if (field && field.valueEnd > field.valueStart) {
    const old = text.slice(field.valueStart, field.valueEnd)
    const quote = /^["']/.test(old) ? old[0]! : ''
    const bare = old.replace(/^["']|["']$/g, '')
    const value = /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/.test(bare) && bare.length > 10 ? to.iso : to.local
    return { start: field.valueStart, end: field.valueEnd, text: `${quote}${value}${quote}` }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const line = `send: ${withZone ? to.local : to.iso}${eol}`
  if (field) {
    // `send:` with no value: replace the whole line.
    const lineStart = text.lastIndexOf('\n', field.keyStart - 1) + 1
    const lineEnd = text.indexOf('\n', field.keyEnd)
    return { start: lineStart, end: lineEnd < 0 ? fm.contentEnd : lineEnd + 1, text: line }
  }
  return { start: fm.contentEnd, end: fm.contentEnd, text: line }
}

export default defineRule({
  id: 'send-window',
  description: 'Send each note in its window, inside the recipient’s business hours.',
  rationale:
    'Timing is half of a follow-up: thank the interviewer within 24 hours, 48 at most (seeds 000, 001, 002, 004); ' +
    'give them a week or more before asking for news, longer in corporate and government hiring and never before ' +
    'the date they gave (000 §6, 001, 002); leave a week between follow-ups (001); and reach them in their own ' +
    'business hours (001, Global Considerations and Time Zones).',
  evidence: [
    '000 (2. Timing Your Follow-up; 6. Industry-Specific Response Timelines)',
    '001 (The Timeliness Dilemma; Global Considerations and Time Zones)',
    '002 (stick to their timeline)',
    '004 (Wait 24-48 hours; follow up if you have not heard back in a week)',
  ],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    thankYouTooLate:
      'A thank-you sent {when} arrives {elapsed} after the interview; send it within 24 hours and no later than {deadline}. Past that, send it as soon as you can: late thanks beat none.',
    tooEarly:
      'A {note} sent {when} comes only {days} days after the interview; for {industry} hiring wait until {start}, or it reads as impatient.',
    beforeDecision:
      'They said they would decide by {decisionBy}; wait until {start}, the first business day after, before asking for news.',
    tooSoonAfterPrevious:
      'Only {days} days since your previous note ({previous}); leave a week between follow-ups and send from {start}.',
    outsideBusinessHours:
      '{send} is outside the recipient’s business hours ({hours}, their time); schedule it for {suggestion}.',
  },
  options: z.strictObject({
    thankYouBestHours: z.number().positive().default(24),
    thankYouMaxHours: z.number().positive().default(48),
    /** [no sooner than, ideally by] days after the interview, per industry. */
    inquiryDays: z
      .strictObject({
        tech: days.optional(),
        startup: days.optional(),
        corporate: days.optional(),
        government: days.optional(),
        creative: days.optional(),
        other: days.optional(),
      })
      .default({}),
    followUpGapDays: z.number().int().min(0).default(7),
    /** Without `send`, also flag drafting outside the recipient's business hours (off: only the window). */
    checkNowAgainstBusinessHours: z.boolean().default(false),
  }),
  create(ctx) {
    const fm = ctx.frontmatter
    if (!fm || frontmatterDisabled(ctx.doc, fm, ctx.id)) return
    const { options: o, settings } = ctx
    const inquiryDays = Object.fromEntries(Object.entries(o.inquiryDays).filter(([, v]) => v !== undefined))
    const check = checkFrontmatterSend(fm, ctx.kind, {
      timezone: settings.timezone,
      industry: settings.industry,
      businessHours: settings.businessHours,
      now: settings.now,
      windows: {
        thankYouBestHours: o.thankYouBestHours,
        thankYouMaxHours: Math.max(o.thankYouMaxHours, o.thankYouBestHours),
        followUpGapDays: o.followUpGapDays,
        inquiryDays: { ...DEFAULT_WINDOWS.inquiryDays, ...inquiryDays } as WindowSettings['inquiryDays'],
      },
    })
    if (!check?.problem || check.problem === 'beforeInterview') return
    if (!check.hasSend && check.problem === 'outsideBusinessHours' && !o.checkNowAgainstBusinessHours) return
    const target =
      fieldOf(fm, 'send') ?? fieldOf(fm, 'interview') ?? fieldOf(fm, 'previous') ?? fieldOf(fm, 'decision-by')
    const start = target
      ? target.valueEnd > target.valueStart
        ? target.valueStart
        : target.keyStart
      : fm.start
    const end = target
      ? target.valueEnd > target.valueStart
        ? target.valueEnd
        : target.keyEnd
      : fm.start + 3
    const industry = typeof fm.data?.industry === 'string' ? fm.data.industry : (settings.industry ?? 'most')
    const data = describe(check, {
      when: !check.hasSend
        ? 'now'
        : `on ${check.dateOnly ? check.send.sender.replace(/ \d\d:\d\d \(.*$/, '') : check.send.sender}`,
      note: NOTE[ctx.kind ?? ''] ?? 'note',
      industry: industry === 'other' ? 'most' : industry,
      hours: describeHours(businessHours('UTC', settings.businessHours)),
    })
    const to = check.suggestion
    const suggest = to
      ? [
          {
            title: `Send at ${both(to)}`,
            edits: [
              moveSend(
                ctx.text,
                fm,
                to,
                fm.fields.some((f) => f.key === 'timezone'),
              ),
            ],
          },
        ]
      : []
    ctx.report({ messageId: check.problem, data, start, end, suggest })
  },
})

function describe(check: SendCheck, base: Record<string, string>): Record<string, string | number> {
  const start = check.window.start ? both(check.window.start) : ''
  return {
    ...base,
    start,
    deadline: check.window.end ? both(check.window.end) : '',
    elapsed: elapsed(Math.max(0, check.hours ?? 0)),
    days: Math.max(0, check.days ?? 0),
    previous: check.previous ? check.previous.sender.replace(/ \d\d:\d\d \(.*$/, '') : '',
    decisionBy: check.decisionBy ? check.decisionBy.recipient.replace(/ \d\d:\d\d \(.*$/, '') : '',
    send: check.dateOnly ? check.send.sender.replace(/ \d\d:\d\d \(.*$/, '') : check.send.recipient,
    suggestion: check.suggestion ? both(check.suggestion) : 'their next business day',
  }
}

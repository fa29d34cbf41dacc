// The follow-up schedule in words, from the core's planner: every window (thank-you, status
// inquiry, next follow-up) in the recipient's and the sender's time zones, and whether `send` (or
// now) is a good time. Shown on hover over `interview` / `send` and by the plan command.
import { checkFrontmatterSend, planFromFrontmatter, type SendWindow } from '../core/index.js'
import type { Linted } from './linter.js'
import { bare, between, type Clock, defaults, zoneOf } from './timing.js'

export const PLAN_COMMAND = 'followup-lint.planFollowUps'

function windowLine(w: SendWindow): string {
  return (
    `- **${w.title}** (${w.status}): ${between(w.start, w.end, 'recipient')} their time (${zoneOf(w.start.recipient)}); ` +
    `${between(w.start, w.end, 'sender')} your time (${zoneOf(w.start.sender)})` +
    (w.bestBy ? `; best by ${bare(w.bestBy.recipient)} their time` : '')
  )
}

/** The follow-up schedule and the check of `send` (or now), as Markdown lines; [] without timing. */
export function scheduleLines(linted: Linted, clock: Clock): string[] {
  const fm = linted.result.frontmatter
  const d = defaults(linted, clock)
  const lines: string[] = []
  const plan = planFromFrontmatter(fm, d)
  if (plan) {
    lines.push(
      `**When to send** — interview ${bare(plan.interview.sender)} your time, ${bare(plan.interview.recipient)} theirs`,
      '',
      ...[plan.thankYou, plan.statusInquiry, plan.secondFollowUp].map(windowLine),
      '',
      `Their business hours: ${plan.businessHours} (${plan.recipientTimezone}). ${plan.stop.message}`,
    )
  }
  const check = checkFrontmatterSend(fm, linted.result.kind, d)
  if (check) {
    const what = check.hasSend ? '`send`' : 'Sending now'
    const sendAt = `${bare(check.send.sender)} your time = ${bare(check.send.recipient)} their time`
    const next = check.suggestion
      ? `; next good time: ${bare(check.suggestion.recipient)} their time (${check.suggestion.local} yours)`
      : ''
    if (lines.length) lines.push('')
    lines.push(
      check.problem
        ? `${what} (${sendAt}) is not a good time${next}.`
        : `${what} (${sendAt}) is inside the window.`,
    )
  }
  return lines
}

/** Hover lines for the frontmatter's `interview` or `send` at `offset`. */
export function timingHover(
  linted: Linted,
  offset: number,
  clock: Clock,
): { start: number; end: number; lines: string[] } | undefined {
  const field = linted.result.frontmatter?.fields.find(
    (f) => (f.key === 'interview' || f.key === 'send') && offset >= f.keyStart && offset <= f.valueEnd,
  )
  if (!field) return undefined
  const lines = scheduleLines(linted, clock)
  if (lines.length === 0) lines.push('Add a valid `interview` date-time to see when to send this note.')
  return { start: field.keyStart, end: field.valueEnd, lines }
}

/** The plan command's answer: the schedule as a Markdown document, or null without an interview. */
export function planMarkdown(linted: Linted, clock: Clock): { markdown: string } | null {
  const lines = scheduleLines(linted, clock)
  if (!lines[0]?.startsWith('**When to send**')) return null
  return { markdown: `# Follow-up plan\n\n${lines.join('\n').replace('**When to send** — ', '')}\n` }
}

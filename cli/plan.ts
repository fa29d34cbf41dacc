// `followup-lint plan`: when to send the thank-you note, the status inquiry and the next follow-up,
// in the sender's and the recipient's time zones, and (with --ics) the same as calendar reminders.
// The schedule comes from the core's planner; this file only reads arguments and formats.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import ical, { ICalAlarmType } from 'ical-generator'
import { DateTime } from 'luxon'
import {
  type Config,
  ConfigResolver,
  DEFAULT_WINDOWS,
  type FollowUpPlan,
  INDUSTRIES,
  type Industry,
  type PlannedTime,
  planFollowUps,
  type SendWindow,
  TimingError,
  VERSION,
  vtimezone,
  type WindowSettings,
} from '../core/index.js'

export const PLAN_HELP = `followup-lint plan — when to send each follow-up after an interview

Usage:
  followup-lint plan --interview <ISO> [options]

Options:
      --interview <ISO>           when the interview ended, e.g. 2026-11-20T15:00 (required)
      --timezone <zone>           your IANA time zone (default: config, then this computer's)
      --recipient-timezone <zone> the interviewer's zone, for their business hours (default: yours)
      --industry <name>           ${INDUSTRIES.join(' | ')} (default: config, then other)
      --decision-by <ISO>         the date they said they would decide by
      --previous <ISO>            a note you already sent (repeatable, or comma-separated)
      --now <ISO>                 the clock (for tests and CI)
      --company <name>            named in the reminders
      --ics <file>                also write the reminders as an iCalendar file
      --json                      print the plan as JSON
  -h, --help                      this help
`

export interface PlanIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const defaultIO: PlanIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}

class PlanUsageError extends Error {}

function windowsFrom(config: Config): Partial<WindowSettings> {
  const options = (id: string): Record<string, unknown> => {
    const setting = config.rules?.[id]
    return Array.isArray(setting) ? (setting[1] ?? {}) : {}
  }
  const sw = options('send-window')
  const cadence = options('follow-up-cadence')
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback)
  return {
    thankYouBestHours: num(sw.thankYouBestHours, DEFAULT_WINDOWS.thankYouBestHours),
    thankYouMaxHours: num(sw.thankYouMaxHours, DEFAULT_WINDOWS.thankYouMaxHours),
    followUpGapDays: num(sw.followUpGapDays, DEFAULT_WINDOWS.followUpGapDays),
    inquiryDays: { ...DEFAULT_WINDOWS.inquiryDays, ...(sw.inquiryDays as WindowSettings['inquiryDays']) },
    maxAttempts: num(cadence.maxAttempts, DEFAULT_WINDOWS.maxAttempts),
  }
}

/** "Fri 20 Nov 2026 15:00 (America/New_York)", plus the other zone's clock when they differ. */
function when(p: PlannedTime, plan: FollowUpPlan): string {
  if (plan.timezone === plan.recipientTimezone) return p.sender
  return `${p.sender} = ${p.recipient} their time`
}

const STATUS: Record<SendWindow['status'], string> = {
  upcoming: 'upcoming',
  open: 'open now',
  passed: 'window passed',
  done: 'done',
  stop: 'stop here',
}

export function formatPlan(plan: FollowUpPlan, company?: string): string {
  const out: string[] = []
  const at = company ? ` at ${company}` : ''
  out.push(`Follow-up plan for the interview${at} on ${when(plan.interview, plan)}`)
  out.push(
    `Industry: ${plan.industry}. Their business hours: ${plan.businessHours} (${plan.recipientTimezone}).`,
  )
  if (plan.decisionBy)
    out.push(`They said they would decide by ${plan.decisionBy.recipient.replace(/ \d\d:\d\d /, ' ')}.`)
  out.push('')
  const windows = [plan.thankYou, plan.statusInquiry, plan.secondFollowUp]
  windows.forEach((w, i) => {
    out.push(`${i + 1}. ${w.title} (${STATUS[w.status]})`)
    if (w.end) {
      out.push(`   Send between ${when(w.start, plan)}`)
      out.push(`            and ${when(w.end, plan)}`)
    } else out.push(`   Send from ${when(w.start, plan)}`)
    if (w.bestBy && w.kind === 'thank-you' && w.bestBy.iso !== w.end?.iso)
      out.push(`   Best by ${when(w.bestBy, plan)}`)
    if (w.bestBy && w.kind === 'status-inquiry') out.push(`   Ideally by ${when(w.bestBy, plan)}`)
    if (w.slots.length > 0) {
      const slots = w.slots.map((s) =>
        s.start.iso === s.end.iso
          ? `${s.start.recipient.replace(/ \(.*$/, '')} (at the opening)`
          : `${s.start.recipient.replace(/ \(.*$/, '')}–${s.end.recipient.replace(/^.* (\d\d:\d\d) \(.*$/, '$1')}`,
      )
      out.push(`   Their business hours in that window: ${slots.join('; ')}`)
    }
    out.push(`   Why: ${w.why}`)
    out.push('')
  })
  out.push(
    `Follow-ups sent after the thank-you: ${plan.attempts} of ${plan.maxAttempts}.${plan.stop.reached ? '' : ` ${plan.attemptsLeft} left.`}`,
  )
  out.push(plan.stop.message)
  return `${out.join('\n')}\n`
}

/** The reminders as an RFC 5545 calendar (CRLF, folded lines, UID, DTSTAMP, VTIMEZONE). */
export function planToICalendar(plan: FollowUpPlan, stamp: Date, company?: string): string {
  const starts = [plan.thankYou, plan.statusInquiry, plan.secondFollowUp].map((w) => w.start.iso)
  const [first, last] = [plan.interview.iso, starts.at(-1) ?? plan.interview.iso]
  const calendar = ical({
    prodId: { company: 'followup-lint', product: `followup-lint ${VERSION}`, language: 'EN' },
    name: `Follow-ups${company ? `: ${company}` : ''}`,
    timezone: { name: plan.timezone, generator: (zone) => vtimezone(zone, first, last) },
  })
  const uid = (kind: string) =>
    `${createHash('sha256')
      .update(`${kind}|${plan.interview.iso}|${plan.recipientTimezone}|${company ?? ''}`)
      .digest('hex')
      .slice(0, 32)}@followup-lint`
  const at = company ? ` (${company})` : ''
  for (const w of [plan.thankYou, plan.statusInquiry, plan.secondFollowUp]) {
    if (w.status === 'done' || w.status === 'stop' || w.status === 'passed') continue
    const start = DateTime.fromISO(w.start.iso, { setZone: true })
    const lines = [
      w.end
        ? `Send between ${when(w.start, plan)} and ${when(w.end, plan)}.`
        : `Send from ${when(w.start, plan)}.`,
      w.why,
    ]
    calendar.createEvent({
      id: uid(w.kind),
      stamp,
      start,
      end: start.plus({ minutes: 30 }),
      timezone: plan.timezone,
      summary: `Send the ${w.title.toLowerCase()}${at}`,
      description: lines.join('\n'),
      alarms: [
        { type: ICalAlarmType.display, trigger: 0, description: `Send the ${w.title.toLowerCase()}${at}` },
      ],
    })
  }
  if (!plan.stop.reached) {
    const start = DateTime.fromISO(plan.stop.after.iso, { setZone: true })
    calendar.createEvent({
      id: uid('move-on'),
      stamp,
      start,
      end: start.plus({ minutes: 15 }),
      timezone: plan.timezone,
      summary: `No reply${at}? Time to move on`,
      description: plan.stop.message,
    })
  }
  // RFC 5545 wants DTSTAMP in UTC ("…Z"); with a calendar time zone ical-generator writes a local
  // time, so set it here. TIMEZONE-ID is not an RFC 5545 property (X-WR-TIMEZONE stays).
  const utc = DateTime.fromJSDate(stamp, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'")
  return calendar
    .toString()
    .replace(/^DTSTAMP:[^\r\n]*/gm, `DTSTAMP:${utc}`)
    .split('\r\n')
    .filter((line) => !line.startsWith('TIMEZONE-ID:'))
    .join('\r\n')
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      interview: { type: 'string' },
      timezone: { type: 'string' },
      'recipient-timezone': { type: 'string' },
      industry: { type: 'string' },
      'decision-by': { type: 'string' },
      previous: { type: 'string', multiple: true },
      now: { type: 'string' },
      company: { type: 'string' },
      ics: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

/** Run `followup-lint plan …`; returns the exit code (0 ok, 2 usage or I/O error). */
export function planCommand(argv: string[], cwd = process.cwd(), io: PlanIO = defaultIO): number {
  try {
    let v: ReturnType<typeof parse>['values']
    try {
      v = parse(argv).values
    } catch (error) {
      throw new PlanUsageError((error as Error).message)
    }
    if (v.help) {
      io.stdout(PLAN_HELP)
      return 0
    }
    if (!v.interview) throw new PlanUsageError('plan needs --interview, e.g. --interview 2026-11-20T15:00')
    if (v.industry !== undefined && !(INDUSTRIES as readonly string[]).includes(v.industry))
      throw new PlanUsageError(`--industry takes one of ${INDUSTRIES.join(', ')}, not "${v.industry}"`)
    const { config } = new ConfigResolver().forFile(join(cwd, 'plan.md'))
    const plan = planFollowUps({
      interview: v.interview,
      timezone: v.timezone ?? config.timezone,
      recipientTimezone: v['recipient-timezone'],
      industry: (v.industry as Industry | undefined) ?? config.industry,
      decisionBy: v['decision-by'],
      previous: (v.previous ?? []).flatMap((p) => p.split(',').map((x) => x.trim())).filter(Boolean),
      now: v.now,
      businessHours: config.businessHours,
      windows: windowsFrom(config),
    })
    io.stdout(v.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(plan, v.company))
    if (v.ics) {
      const stamp = v.now ? new Date(DateTime.fromISO(plan.now.iso).toMillis()) : new Date()
      const path = resolve(cwd, v.ics)
      writeFileSync(path, planToICalendar(plan, stamp, v.company))
      io.stderr(`Wrote calendar reminders to ${path}\n`)
    }
    return 0
  } catch (error) {
    if (error instanceof PlanUsageError || error instanceof TimingError) {
      io.stderr(`followup-lint plan: ${error.message}\nRun \`followup-lint plan --help\` for usage.\n`)
      return 2
    }
    io.stderr(`followup-lint plan: ${(error as Error).message}\n`)
    return 2
  }
}

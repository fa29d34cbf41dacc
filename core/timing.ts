// The follow-up planner (spec §4): from the interview, the two time zones, the industry, a stated
// decision date and the notes already sent, the windows for the thank-you note, the status inquiry
// and the next follow-up, and when to stop. Used by the timing rules, the `plan` command and the
// language server. Time-zone work is luxon's; nothing here adds or subtracts offsets by hand.
import { DateTime } from 'luxon'
import {
  businessHours,
  firstBusinessDayAfter,
  type Hours,
  inWindow,
  isOpen,
  nextGood,
  nextOpen,
  type Window,
} from './business-hours.js'
import { canonicalZone, dateProblem, parseTime, systemZone, type TimeValue } from './frontmatter-schema.js'
import { type BusinessHours, INDUSTRIES, type Industry } from './types.js'

export type TimeInput = string | Date

export interface WindowSettings {
  /** Thank-you: best within this many hours of the interview (default 24). */
  thankYouBestHours: number
  /** Thank-you: at most this many hours (default 48). */
  thankYouMaxHours: number
  /** Status inquiry: [no sooner than, ideally by] days after the interview, per industry. */
  inquiryDays: Record<Industry, readonly [number, number]>
  /** Days to leave between follow-ups (default 7). */
  followUpGapDays: number
  /** Follow-ups about one interview before moving on (default 3; the thank-you is not counted). */
  maxAttempts: number
}

export const DEFAULT_WINDOWS: WindowSettings = {
  thankYouBestHours: 24,
  thankYouMaxHours: 48,
  inquiryDays: {
    tech: [7, 14],
    startup: [7, 14],
    corporate: [14, 21],
    government: [14, 21],
    creative: [7, 14],
    other: [7, 14],
  },
  followUpGapDays: 7,
  maxAttempts: 3,
}

export interface PlanInput {
  /** When the interview ended: ISO date or date-time (offset optional), or a Date. */
  interview: TimeInput
  /** The sender's IANA zone, for times without an offset (default: the computer's zone). */
  timezone?: string | undefined
  /** The recipient's IANA zone, for business hours (default: `timezone`). */
  recipientTimezone?: string | undefined
  industry?: Industry | undefined
  /** The date the employer said it would decide by. */
  decisionBy?: TimeInput | undefined
  /** Dates of notes already sent about this interview (the thank-you included). */
  previous?: readonly TimeInput[] | undefined
  /** The clock (default: now). */
  now?: TimeInput | undefined
  /** The recipient's business hours (default Mon–Fri 08:00–18:00). */
  businessHours?: Partial<BusinessHours> | undefined
  windows?: Partial<WindowSettings> | undefined
}

/** A moment shown three ways. */
export interface PlannedTime {
  /** ISO 8601 with the sender's offset, e.g. 2026-11-20T15:00-05:00. */
  iso: string
  /** The sender's wall clock without offset, e.g. 2026-11-20T15:00 (what frontmatter holds). */
  local: string
  /** Readable, in the sender's zone: "Fri 20 Nov 2026 15:00 (America/New_York)". */
  sender: string
  /** Readable, in the recipient's zone. */
  recipient: string
}

export type FollowUpKind = 'thank-you' | 'status-inquiry' | 'second-follow-up'
export type WindowStatus = 'upcoming' | 'open' | 'passed' | 'done' | 'stop'

export interface SendWindow {
  kind: FollowUpKind
  title: string
  start: PlannedTime
  /** Inclusive; null: no upper limit (later is fine, only sooner is not). */
  end: PlannedTime | null
  /** The thank-you's 24-hour mark; the inquiry's "ideally by". */
  bestBy: PlannedTime | null
  /** The stretches of the recipient's business hours inside a bounded window (the thank-you's). */
  slots: Array<{ start: PlannedTime; end: PlannedTime }>
  /** Relative to `now` and the notes already sent. */
  status: WindowStatus
  /** Why the window is where it is, citing the guidance. */
  why: string
}

export interface FollowUpPlan {
  timezone: string
  recipientTimezone: string
  industry: Industry
  /** "Mon–Fri 08:00–18:00", the recipient's. */
  businessHours: string
  interview: PlannedTime
  decisionBy: PlannedTime | null
  now: PlannedTime
  thankYou: SendWindow
  statusInquiry: SendWindow
  secondFollowUp: SendWindow
  /** Follow-ups already sent after the thank-you note. */
  attempts: number
  maxAttempts: number
  attemptsLeft: number
  stop: { reached: boolean; after: PlannedTime; message: string }
  /** The next window to act on, or null when there is none (stopped). */
  next: SendWindow | null
}

export class TimingError extends RangeError {
  override name = 'TimingError'
}

/** The parsed, zone-resolved inputs shared by the planner and the send check. */
export interface TimingModel {
  zone: string
  rzone: string
  industry: Industry
  hours: Hours
  windows: WindowSettings
  interview: TimeValue | undefined
  decisionBy: TimeValue | undefined
  previous: TimeValue[]
  now: DateTime
}

const zoneOf = (value: string | undefined, what: string, fallback: () => string): string => {
  if (value === undefined || value === '') return fallback()
  const zone = canonicalZone(value.trim())
  if (!zone) throw new TimingError(`${what} "${value}" is not an IANA time zone such as America/New_York`)
  return zone
}

/** Parse a date input (times without an offset in `zone`); throws `TimingError` naming `what`. */
export function timeInput(value: TimeInput, zone: string, what: string): TimeValue {
  const parsed = parseTime(value, zone)
  if (!parsed) throw new TimingError(`${what} "${String(value)}": ${dateProblem(value) ?? 'not a date'}`)
  return parsed
}

/** Earliest and latest instants a value stands for (a date alone is the whole day). */
export const lo = (t: TimeValue): DateTime => t.dt.startOf(t.dateOnly ? 'day' : 'millisecond')
export const hi = (t: TimeValue): DateTime => (t.dateOnly ? t.dt.startOf('day').plus({ days: 1 }) : t.dt)

export function timingModel(input: Omit<PlanInput, 'interview'> & { interview?: TimeInput | undefined }) {
  const zone = zoneOf(input.timezone, 'Time zone', systemZone)
  const rzone = zoneOf(input.recipientTimezone, "Recipient's time zone", () => zone)
  const industry = input.industry ?? 'other'
  if (!(INDUSTRIES as readonly string[]).includes(industry))
    throw new TimingError(`Industry "${industry}" is not one of ${INDUSTRIES.join(', ')}`)
  const windows = { ...DEFAULT_WINDOWS, ...input.windows }
  const previous = (input.previous ?? []).map((p) => timeInput(p, zone, 'Previous note'))
  previous.sort((a, b) => lo(a).toMillis() - lo(b).toMillis())
  const model: TimingModel = {
    zone,
    rzone,
    industry,
    hours: businessHours(rzone, input.businessHours),
    windows,
    interview: input.interview === undefined ? undefined : timeInput(input.interview, zone, 'Interview'),
    decisionBy:
      input.decisionBy === undefined ? undefined : timeInput(input.decisionBy, rzone, 'Decision date'),
    previous,
    now: input.now === undefined ? DateTime.now().setZone(zone) : timeInput(input.now, zone, 'Now').dt,
  }
  return model
}

export function plannedTime(t: DateTime, m: Pick<TimingModel, 'zone' | 'rzone'>): PlannedTime {
  const s = t.setZone(m.zone).setLocale('en-US')
  const r = t.setZone(m.rzone).setLocale('en-US')
  return {
    iso: s.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? '',
    local: s.toFormat("yyyy-MM-dd'T'HH:mm"),
    sender: `${s.toFormat('ccc d LLL yyyy HH:mm')} (${m.zone})`,
    recipient: `${r.toFormat('ccc d LLL yyyy HH:mm')} (${m.rzone})`,
  }
}

export interface ThankYouWindow extends Window {
  end: DateTime
  bestBy: DateTime
}

/** After the interview; best within 24 h, at most 48 h. A deadline that falls outside business hours
 *  moves to the next opening, so the note is waiting when they start (a Friday-afternoon interview
 *  is due before Monday's business hours begin). */
export function thankYouWindow(m: TimingModel, interview: TimeValue): ThankYouWindow {
  const deadline = (hours: number) => {
    const t = hi(interview).plus({ hours })
    return isOpen(t, m.hours) ? t : nextOpen(t, m.hours)
  }
  return {
    start: nextOpen(lo(interview), m.hours),
    bestBy: deadline(m.windows.thankYouBestHours),
    end: deadline(m.windows.thankYouMaxHours),
  }
}

/** Notes in `previous` after the thank-you window: the follow-ups that count as attempts. */
export function attemptsOf(m: TimingModel): TimeValue[] {
  if (!m.interview) return m.previous
  const ty = thankYouWindow(m, m.interview)
  return m.previous.filter((p) => lo(p) > ty.end)
}

export type WindowReason = 'interview' | 'decision' | 'previous' | 'none'

/** The earliest a status inquiry (or, with `afterAll`, any further follow-up) may go, and why. */
export function inquiryStart(
  m: TimingModel,
  afterAll: boolean,
): { raw: DateTime; reason: WindowReason } | null {
  const candidates: Array<{ raw: DateTime; reason: WindowReason }> = []
  if (m.interview) {
    const [days] = m.windows.inquiryDays[m.industry]
    candidates.push({ raw: lo(m.interview).plus({ days }), reason: 'interview' })
  }
  if (m.decisionBy) {
    const after = firstBusinessDayAfter(lo(m.decisionBy).setZone(m.rzone), m.hours)
    candidates.push({ raw: after.setZone(m.rzone).startOf('day'), reason: 'decision' })
  }
  const earlier = afterAll ? m.previous : attemptsOf(m)
  const last = earlier.at(-1)
  if (last) candidates.push({ raw: lo(last).plus({ days: m.windows.followUpGapDays }), reason: 'previous' })
  if (candidates.length === 0) return null
  return candidates.reduce((a, b) => (b.raw > a.raw ? b : a))
}

export { inWindow, nextGood }

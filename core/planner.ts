// `planFollowUps` (the schedule) and `checkSendTime` (is this note's `send` a good time?), built on
// the windows in timing.ts. Pure: the clock is an input.
import type { DateTime } from 'luxon'
import { describeHours, inWindow, nextGood, nextOpen, openSlots, type Window } from './business-hours.js'
import type { TimeValue } from './frontmatter-schema.js'
import {
  attemptsOf,
  type FollowUpPlan,
  hi,
  inquiryStart,
  lo,
  type PlanInput,
  type PlannedTime,
  plannedTime,
  type SendWindow,
  type TimeInput,
  type TimingModel,
  thankYouWindow,
  timeInput,
  timingModel,
  type WindowReason,
  type WindowStatus,
} from './timing.js'
import type { Kind } from './types.js'

const WHY = {
  thankYou:
    'Thank the interviewer while the conversation is fresh: best within 24 hours, at most 48 (seeds 000, 001, 002, 004), inside their business hours (001).',
  inquiry: (industry: string, min: number, max: number, decision: boolean) =>
    `Give them time to decide: for ${industry === 'other' ? 'most' : industry} roles wait ${min === max ? min : `${min}–${max}`} days after the interview (000 §6, 004)${decision ? ', and until the first business day after the date they gave (001: a two-week timeline means the start of week three; 002: stick to their timeline)' : ''}.`,
  second: (gap: number, max: number) =>
    `Only if the last note got no answer: leave at least ${gap} days between follow-ups, never daily (001), and stop after ${max} in all (002: "only try one or two more times max").`,
}

/** The schedule of follow-ups for one interview. Throws `TimingError` on an invalid input. */
export function planFollowUps(input: PlanInput): FollowUpPlan {
  const m = timingModel(input)
  const interview = m.interview!
  const p = (t: DateTime) => plannedTime(t, m)
  const status = (start: DateTime, end: DateTime | null): WindowStatus =>
    m.now < start ? 'upcoming' : end && m.now > end ? 'passed' : 'open'

  const ty = thankYouWindow(m, interview)
  const thankYouSent = m.previous.some((x) => lo(x) <= ty.end)
  const thankYou: SendWindow = {
    kind: 'thank-you',
    title: 'Thank-you note',
    start: p(ty.start),
    end: p(ty.end),
    bestBy: p(ty.bestBy),
    slots: openSlots(ty, m.hours).map(([a, b]) => ({ start: p(a), end: p(b) })),
    status: thankYouSent ? 'done' : status(ty.start, ty.end),
    why: WHY.thankYou,
  }

  const attempts = attemptsOf(m)
  const max = m.windows.maxAttempts
  const gap = m.windows.followUpGapDays
  const [minDays, maxDays] = m.windows.inquiryDays[m.industry]
  const firstStart = nextOpen(inquiryStart({ ...m, previous: [] }, false)!.raw, m.hours)
  const statusInquiry: SendWindow = {
    kind: 'status-inquiry',
    title: 'Status inquiry',
    start: p(firstStart),
    end: null,
    bestBy: p(nextOpen(lo(interview).plus({ days: maxDays }), m.hours)),
    slots: [],
    status: attempts.length > 0 ? 'done' : status(firstStart, null),
    why: WHY.inquiry(m.industry, minDays, maxDays, m.decisionBy !== undefined),
  }

  // Project the attempts still to come a gap apart, starting from the real ones.
  const projected: DateTime[] = attempts.map((a) => lo(a))
  while (projected.length < max) {
    const last = projected.at(-1)
    projected.push(last ? nextOpen(last.plus({ days: gap }), m.hours) : firstStart)
  }
  const nextIndex = Math.max(1, attempts.length)
  const secondStart = projected[nextIndex] ?? nextOpen(projected.at(-1)!.plus({ days: gap }), m.hours)
  const stopped = attempts.length >= max
  const secondFollowUp: SendWindow = {
    kind: 'second-follow-up',
    title: nextIndex >= max - 1 ? 'Final follow-up' : 'Second follow-up',
    start: p(secondStart),
    end: null,
    bestBy: null,
    slots: [],
    status: stopped ? 'stop' : attempts.length === 0 ? 'upcoming' : status(secondStart, null),
    why: WHY.second(gap, max),
  }

  const after = nextOpen(projected[max - 1]!.plus({ days: gap }), m.hours)
  const stop = {
    reached: stopped,
    after: p(after),
    message: stopped
      ? `You have sent ${attempts.length} follow-ups after the thank-you note. Stop here and move on: more notes read as pressure, and hiring managers do not forget strong candidates (002).`
      : `Follow up at most ${max} times after the thank-you note. If the last one is still unanswered by ${p(after).sender}, move on (002, 001).`,
  }
  const windows = [thankYou, statusInquiry, secondFollowUp]
  return {
    timezone: m.zone,
    recipientTimezone: m.rzone,
    industry: m.industry,
    businessHours: describeHours(m.hours),
    interview: p(lo(interview)),
    decisionBy: m.decisionBy ? p(lo(m.decisionBy)) : null,
    now: p(m.now),
    thankYou,
    statusInquiry,
    secondFollowUp,
    attempts: attempts.length,
    maxAttempts: max,
    attemptsLeft: Math.max(0, max - attempts.length),
    stop,
    next: windows.find((w) => w.status === 'open' || w.status === 'upcoming') ?? null,
  }
}

export type SendProblem =
  | 'beforeInterview'
  | 'thankYouTooLate'
  | 'tooEarly'
  | 'beforeDecision'
  | 'tooSoonAfterPrevious'
  | 'outsideBusinessHours'

export interface SendCheck {
  /** Undefined when the time is good. */
  problem: SendProblem | undefined
  /** The moment checked: `send`, or `now` when there is none (a date alone: its midnight). */
  send: PlannedTime
  /** `send` is a date without a time. */
  dateOnly: boolean
  /** The window for this kind (null: any time, business hours only). */
  window: { start: PlannedTime | null; end: PlannedTime | null; bestBy: PlannedTime | null }
  /** The next good time to send, when one exists. */
  suggestion: PlannedTime | undefined
  /** Days between the interview (or the previous note) and the send, for messages. */
  days: number | undefined
  /** Hours between the interview and the send (thank-you). */
  hours: number | undefined
  /** The latest note in `previous`, if any. */
  previous: PlannedTime | undefined
  /** The stated decision date, if any. */
  decisionBy: PlannedTime | undefined
}

export interface SendInput extends Omit<PlanInput, 'interview'> {
  interview?: TimeInput | undefined
  kind: Kind | null
  /** The planned send time; absent = `now`. */
  send?: TimeInput | undefined
}

/** Is `send` inside the window for `kind` and the recipient's business hours? */
export function checkSendTime(input: SendInput): SendCheck {
  const m: TimingModel = timingModel(input)
  const send: TimeValue =
    input.send === undefined
      ? { dt: m.now, dateOnly: false, hasOffset: true, text: '' }
      : timeInput(input.send, m.zone, 'Send')
  const p = (t: DateTime) => plannedTime(t, m)
  let window: Window = { start: lo(send), end: null }
  let reason: WindowReason = 'none'
  let rawStart: DateTime | undefined
  let bestBy: DateTime | undefined
  if (input.kind === 'thank-you' && m.interview) {
    const ty = thankYouWindow(m, m.interview)
    window = ty
    reason = 'interview'
    bestBy = ty.bestBy
  } else if (input.kind === 'status-inquiry' || input.kind === 'second-follow-up') {
    const s = inquiryStart(m, input.kind === 'second-follow-up')
    if (s) {
      window = { start: nextOpen(s.raw, m.hours), end: null }
      reason = s.reason
      rawStart = s.raw
    }
  }
  // A date without a time is fine when some moment of that day (the sender's) is good.
  const from = lo(send)
  const good = nextGood(from, window, m.hours)
  const ok = send.dateOnly ? good !== undefined && good < hi(send) : inWindow(from, window, m.hours)
  let problem: SendProblem | undefined
  if (m.interview && (send.dateOnly ? hi(send) <= lo(m.interview) : from < lo(m.interview)))
    problem = 'beforeInterview'
  else if (!ok) {
    if (rawStart && (send.dateOnly ? hi(send) <= rawStart : from < rawStart))
      problem =
        reason === 'decision' ? 'beforeDecision' : reason === 'previous' ? 'tooSoonAfterPrevious' : 'tooEarly'
    else if (window.end && from > window.end) problem = 'thankYouTooLate'
    else problem = 'outsideBusinessHours'
  }
  const suggestion =
    problem && problem !== 'beforeInterview' ? (good ?? nextGood(m.now, window, m.hours)) : undefined
  const anchor =
    reason === 'previous' || (input.kind === 'second-follow-up' && m.previous.length)
      ? m.previous.at(-1)
      : m.interview
  const days = anchor ? Math.floor(from.diff(lo(anchor), 'days').days) : undefined
  const hours = m.interview ? Math.round(from.diff(hi(m.interview), 'hours').hours) : undefined
  return {
    problem,
    send: p(from),
    dateOnly: send.dateOnly,
    window: {
      start: reason === 'none' ? null : p(window.start),
      end: window.end ? p(window.end) : null,
      bestBy: bestBy ? p(bestBy) : null,
    },
    suggestion: suggestion ? p(suggestion) : undefined,
    days,
    hours,
    previous: m.previous.length ? p(lo(m.previous.at(-1)!)) : undefined,
    decisionBy: m.decisionBy ? p(lo(m.decisionBy)) : undefined,
  }
}

// The recipient's business hours (spec §4: Monday–Friday 08:00–18:00 their time, configurable), and
// the questions the planner asks of them. All wall-clock work is luxon's, in the recipient's zone,
// so daylight-saving changes are handled by the zone data, not by offset arithmetic here.
import type { DateTime } from 'luxon'
import type { BusinessHours } from './types.js'

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }

export interface Hours {
  zone: string
  startMinute: number
  endMinute: number
  days: ReadonlySet<number>
  /** False when the configuration leaves no usable hours: then every moment counts as open. */
  limited: boolean
}

const minuteOf = (hhmm: string | undefined, fallback: number): number => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm ?? '')
  if (!m) return fallback
  const value = Number(m[1]) * 60 + Number(m[2])
  return value <= 24 * 60 ? value : fallback
}

export function businessHours(zone: string, bh: Partial<BusinessHours> = {}): Hours {
  const startMinute = minuteOf(bh.start, 8 * 60)
  const endMinute = minuteOf(bh.end, 18 * 60)
  const days = new Set((bh.days ?? DEFAULT_BUSINESS_HOURS.days).filter((d) => d >= 1 && d <= 7))
  return { zone, startMinute, endMinute, days, limited: days.size > 0 && endMinute > startMinute }
}

/** Is `t` inside business hours (start inclusive, end exclusive) in the recipient's zone? */
export function isOpen(t: DateTime, h: Hours): boolean {
  if (!h.limited) return true
  const local = t.setZone(h.zone)
  const minute = local.hour * 60 + local.minute + (local.second + local.millisecond / 1000) / 60
  return h.days.has(local.weekday) && minute >= h.startMinute && minute < h.endMinute
}

/** The earliest moment at or after `t` inside business hours. */
export function nextOpen(t: DateTime, h: Hours): DateTime {
  if (!h.limited) return t
  let local = t.setZone(h.zone)
  for (let i = 0; i < 15; i++) {
    if (h.days.has(local.weekday)) {
      const minute = local.hour * 60 + local.minute + (local.second + local.millisecond / 1000) / 60
      if (minute < h.startMinute) {
        const opening = local.set({
          hour: Math.floor(h.startMinute / 60),
          minute: h.startMinute % 60,
          second: 0,
          millisecond: 0,
        })
        // In a spring-forward gap luxon moves the time on; that is still the first open moment.
        return opening < t ? t : opening
      }
      if (minute < h.endMinute) return local
    }
    local = local.plus({ days: 1 }).startOf('day')
  }
  return t
}

/** The close of business on the day of `t` (an open moment), in the recipient's zone. */
export function closeOf(t: DateTime, h: Hours): DateTime {
  const local = t.setZone(h.zone)
  if (!h.limited) return local.endOf('day')
  if (h.endMinute >= 24 * 60) return local.startOf('day').plus({ days: 1 })
  return local.set({
    hour: Math.floor(h.endMinute / 60),
    minute: h.endMinute % 60,
    second: 0,
    millisecond: 0,
  })
}

/** The business-hours stretches inside a bounded window (at most `limit`). */
export function openSlots(w: Window & { end: DateTime }, h: Hours, limit = 10): Array<[DateTime, DateTime]> {
  const slots: Array<[DateTime, DateTime]> = []
  let t = nextOpen(w.start, h)
  while (t <= w.end && slots.length < limit) {
    const close = closeOf(t, h)
    const end = close < w.end ? close : w.end
    slots.push([t, end])
    if (close >= w.end || !h.limited) break
    t = nextOpen(close, h)
  }
  return slots
}

/** The start of the first business day strictly after the calendar day of `t` (recipient's zone). */
export function firstBusinessDayAfter(t: DateTime, h: Hours): DateTime {
  return nextOpen(t.setZone(h.zone).startOf('day').plus({ days: 1 }), h)
}

export interface Window {
  start: DateTime
  /** Inclusive; null = no upper bound. */
  end: DateTime | null
}

/** The earliest good moment at or after `from` (inside the window and business hours), if any. */
export function nextGood(from: DateTime, w: Window, h: Hours): DateTime | undefined {
  const t = nextOpen(from < w.start ? w.start : from, h)
  return w.end && t > w.end ? undefined : t
}

export function inWindow(t: DateTime, w: Window, h: Hours): boolean {
  return t >= w.start && (w.end === null || t <= w.end) && isOpen(t, h)
}

/** "Mon–Fri 08:00–18:00". */
export function describeHours(h: Hours): string {
  if (!h.limited) return 'any time'
  const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
  const days = [...h.days].sort((a, b) => a - b)
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1]! + 1)
  const dayText =
    contiguous && days.length > 2
      ? `${names[days[0]! - 1]}–${names[days.at(-1)! - 1]}`
      : days.map((d) => names[d - 1]).join(', ')
  const clock = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return `${dayText} ${clock(h.startMinute)}–${clock(h.endMinute)}`
}

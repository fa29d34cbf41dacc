// The frontmatter model of spec §4: the keys a draft may declare, a zod schema for their values, and
// the readers the timing code shares — ISO 8601 dates (date, or date-time with or without an
// offset) and IANA time zones, parsed with luxon (no offset arithmetic of our own).
import { DateTime, IANAZone, Info } from 'luxon'
import { z } from 'zod'
import { CHANNELS, INDUSTRIES, KINDS } from './types.js'
import { didYouMean } from './words.js'

export const FRONTMATTER_KEYS = [
  'kind',
  'channel',
  'subject',
  'to',
  'role',
  'company',
  'interview',
  'timezone',
  'recipient-timezone',
  'send',
  'decision-by',
  'industry',
  'previous',
  'requested',
  'template',
] as const
export type FrontmatterKey = (typeof FRONTMATTER_KEYS)[number]

/** Keys that switch the timing rules on; without any of them they stay silent. */
export const TIMING_KEYS = ['interview', 'send', 'decision-by', 'previous'] as const
export const DATE_KEYS = ['interview', 'send', 'decision-by', 'previous'] as const
export const ZONE_KEYS = ['timezone', 'recipient-timezone'] as const
export const ENUM_VALUES = { kind: KINDS, channel: CHANNELS, industry: INDUSTRIES } as const

/** A date or date-time read from frontmatter or the command line. */
export interface TimeValue {
  /** The instant: the value's own offset if it has one, else the sender's zone. Date-only = 00:00. */
  dt: DateTime
  /** A date without a time ("2026-11-20"): the whole day. */
  dateOnly: boolean
  /** The text carried an offset (`Z`, `+01:00`). */
  hasOffset: boolean
  text: string
}

// Calendar dates only (week and ordinal dates are ISO too, but nobody writes them in an email plan).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(\s?(?:[Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/

export const DATE_EXAMPLE = '2026-11-20 or 2026-11-20T14:00'

/** Why a text is not an ISO date, in plain words; undefined when it is one. */
export function dateProblem(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'it is not a real date' : undefined
  if (typeof value !== 'string' && typeof value !== 'number') return `write a date such as ${DATE_EXAMPLE}`
  const text = String(value).trim()
  const m = ISO.exec(text)
  if (!m) return `write it as an ISO 8601 date such as ${DATE_EXAMPLE}`
  const [, y, mo, d, h, mi, s] = m
  const month = Number(mo)
  if (month < 1 || month > 12) return `there is no month ${month}`
  const days = DateTime.utc(Number(y), month, 1).daysInMonth ?? 31
  if (Number(d) < 1 || Number(d) > days)
    return `${Info.months('long', { locale: 'en' })[month - 1]} ${y} has ${days} days`
  if (h !== undefined && Number(h) > 23) return `there is no hour ${Number(h)} (use 00–23)`
  if (mi !== undefined && Number(mi) > 59) return `there is no minute ${Number(mi)}`
  if (s !== undefined && Number(s) > 59) return `there is no second ${Number(s)}`
  if (!parseTime(text, 'UTC')) return 'it is not a valid date or time'
  return undefined
}

/** Parse an ISO date or date-time; times without an offset are read in `zone`. */
export function parseTime(value: unknown, zone: string): TimeValue | undefined {
  if (value instanceof Date) {
    const dt = DateTime.fromJSDate(value, { zone })
    return dt.isValid ? { dt, dateOnly: false, hasOffset: true, text: dt.toISO() ?? '' } : undefined
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const m = ISO.exec(text)
  if (!m) return undefined
  const dateOnly = m[4] === undefined
  const hasOffset = m[7] !== undefined
  const normalised = `${text.slice(0, 10)}${dateOnly ? '' : `T${text.slice(11).replace(/\s/g, '')}`}`
  const dt = DateTime.fromISO(normalised, { zone, setZone: hasOffset })
  if (!dt.isValid) return undefined
  return { dt: hasOffset ? dt.setZone(zone) : dt, dateOnly, hasOffset, text }
}

const ABBREVIATIONS: Record<string, string> = {
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  MT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  BST: 'Europe/London',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  JST: 'Asia/Tokyo',
}

let zoneNames: string[] | undefined
function knownZones(): string[] {
  zoneNames ??= [...Intl.supportedValuesOf('timeZone'), 'UTC']
  return zoneNames
}

/** The canonical IANA name of a zone, or undefined when it is not one. */
export function canonicalZone(value: string): string | undefined {
  if (!IANAZone.isValidZone(value)) return undefined
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

export type ZoneProblem =
  | { code: 'abbreviation'; suggestion: string | undefined }
  | { code: 'unknown'; suggestion: string | undefined }

/** Why a value is not a usable IANA zone; undefined when it is one ("America/New_York", "UTC"). */
export function zoneProblem(value: unknown): ZoneProblem | undefined {
  const text = typeof value === 'string' ? value.trim() : String(value)
  const upper = text.toUpperCase()
  if (upper in ABBREVIATIONS || (/^[A-Z]{2,5}$/.test(text) && !['UTC', 'GMT'].includes(text)))
    return { code: 'abbreviation', suggestion: ABBREVIATIONS[upper] }
  if (typeof value === 'string' && canonicalZone(text)) return undefined
  const spaced = text.replace(/\s+/g, '_')
  const city = knownZones().find((z) => z.split('/').pop()?.toLowerCase() === spaced.toLowerCase())
  const suggestion = canonicalZone(spaced) ?? city ?? didYouMean(spaced, knownZones())
  return { code: 'unknown', suggestion }
}

const dateString = z.union([z.string(), z.date()]).refine((v) => dateProblem(v) === undefined, {
  message: `Use an ISO 8601 date such as ${DATE_EXAMPLE}`,
})
const zoneString = z.string().refine((v) => zoneProblem(v) === undefined, {
  message: 'Use an IANA time zone such as "America/New_York"',
})
const text = z.union([z.string(), z.number()]).nullable()

/** The frontmatter of spec §4 (unknown keys are reported by `valid-frontmatter`, not here). */
export const frontmatterSchema = z.looseObject({
  kind: z.enum(KINDS).nullable().optional(),
  channel: z.enum(CHANNELS).nullable().optional(),
  subject: text.optional(),
  to: text.optional(),
  role: text.optional(),
  company: text.optional(),
  interview: dateString.nullable().optional(),
  timezone: zoneString.nullable().optional(),
  'recipient-timezone': zoneString.nullable().optional(),
  send: dateString.nullable().optional(),
  'decision-by': dateString.nullable().optional(),
  industry: z.enum(INDUSTRIES).nullable().optional(),
  previous: z
    .union([dateString, z.array(dateString)])
    .nullable()
    .optional(),
  requested: z
    .union([z.string(), z.array(z.union([z.string(), z.number()]))])
    .nullable()
    .optional(),
  template: z.boolean().nullable().optional(),
})
export type FrontmatterData = z.infer<typeof frontmatterSchema>

/** The zone the computer runs in, the last fallback for times without an offset. */
let cachedSystemZone: string | undefined
export function systemZone(): string {
  // Resolving it costs about as much as parsing a short note; it does not change while we run.
  cachedSystemZone ??= canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC'
  return cachedSystemZone
}

// The frontmatter keys (the core's list, spec §4) with a line of help each, for completion. Enum
// values come from the core's exported lists.
import { CHANNELS, FRONTMATTER_KEYS, type FrontmatterKey, INDUSTRIES, KINDS } from '../core/index.js'

export interface KeyInfo {
  key: string
  doc: string
  values?: readonly string[]
}

const DOCS: Record<FrontmatterKey, string> = {
  kind: 'What kind of note this is.',
  channel: 'How it is sent.',
  subject: 'The subject line.',
  to: 'The recipient.',
  role: 'The job title you interviewed for.',
  company: 'The employer.',
  interview: 'When the interview ended, e.g. 2026-11-20T14:00.',
  timezone: 'Your IANA time zone, for times without an offset.',
  'recipient-timezone': "The recipient's time zone, for business hours (defaults to timezone).",
  send: 'When you plan to send the note; absent = now.',
  'decision-by': 'The date the employer said it would decide, if stated.',
  industry: 'Shifts the default follow-up windows.',
  previous: 'Dates of earlier follow-ups about this interview, e.g. [2026-11-21].',
  requested: 'Materials the interviewer asked for, e.g. [portfolio].',
  template: 'true: this file is a template; declared placeholders are allowed.',
}

const VALUES: Partial<Record<FrontmatterKey, readonly string[]>> = {
  kind: KINDS,
  channel: CHANNELS,
  industry: INDUSTRIES,
  template: ['true', 'false'],
}

export const KEYS: KeyInfo[] = FRONTMATTER_KEYS.map((key) => {
  const values = VALUES[key]
  return values ? { key, doc: DOCS[key], values } : { key, doc: DOCS[key] }
})

export const TIMEZONE_KEYS: ReadonlySet<string> = new Set(['timezone', 'recipient-timezone'])
export const DATE_KEYS: ReadonlySet<string> = new Set(['interview', 'send', 'decision-by'])

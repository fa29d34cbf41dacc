// Check a parsed frontmatter block against the model of spec §4, with the range of the offending key
// or value and, where the intent is clear, a replacement. `valid-frontmatter` turns these into
// messages; the timing code trusts only values that pass.
import { fieldItems } from './frontmatter.js'
import {
  DATE_KEYS,
  dateProblem,
  ENUM_VALUES,
  FRONTMATTER_KEYS,
  frontmatterSchema,
  parseTime,
  systemZone,
  ZONE_KEYS,
  zoneProblem,
} from './frontmatter-schema.js'
import type { Frontmatter, FrontmatterField } from './types.js'
import { didYouMean, editDistance } from './words.js'

export type FrontmatterIssueCode =
  | 'unknownKey'
  | 'badDate'
  | 'unknownZone'
  | 'zoneAbbreviation'
  | 'badEnum'
  | 'badType'
  | 'sendBeforeInterview'
  | 'decisionBeforeInterview'
  | 'previousBeforeInterview'

export interface FrontmatterIssue {
  code: FrontmatterIssueCode
  key: string
  start: number
  end: number
  data: Record<string, string>
  /** Replace `start`–`end` of the text with `text`; `safe` when the intent is unambiguous. */
  replacement?: { start: number; end: number; text: string; safe: boolean }
}

// Spellings people use for the keys, normalised (lower case, no `-`, `_` or spaces).
const ALIASES: Record<string, string> = {
  type: 'kind',
  notetype: 'kind',
  medium: 'channel',
  via: 'channel',
  title: 'role',
  position: 'role',
  job: 'role',
  jobtitle: 'role',
  employer: 'company',
  organization: 'company',
  organisation: 'company',
  recipient: 'to',
  interviewer: 'to',
  hiringmanager: 'to',
  interviewdate: 'interview',
  interviewed: 'interview',
  interviewat: 'interview',
  interviewon: 'interview',
  tz: 'timezone',
  zone: 'timezone',
  mytimezone: 'timezone',
  recipienttimezone: 'recipient-timezone',
  recipienttz: 'recipient-timezone',
  theirtimezone: 'recipient-timezone',
  recipientzone: 'recipient-timezone',
  sendat: 'send',
  sendon: 'send',
  senddate: 'send',
  sendtime: 'send',
  sendby: 'send',
  decisionby: 'decision-by',
  decisiondate: 'decision-by',
  decideby: 'decision-by',
  decision: 'decision-by',
  sector: 'industry',
  field: 'industry',
  previousfollowups: 'previous',
  followups: 'previous',
  sent: 'previous',
  attachments: 'requested',
  istemplate: 'template',
}

const normal = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '')

function keySuggestion(key: string): { target: string; safe: boolean } | undefined {
  const n = normal(key)
  const exact = FRONTMATTER_KEYS.find((k) => normal(k) === n)
  if (exact) return { target: exact, safe: true }
  const alias = ALIASES[n]
  if (alias) return { target: alias, safe: true }
  const near = didYouMean(key.toLowerCase(), FRONTMATTER_KEYS)
  if (!near) return undefined
  return { target: near, safe: key.length >= 5 && editDistance(key.toLowerCase(), near) <= 2 }
}

const BOOLEAN_WORDS: Record<string, string> = { yes: 'true', no: 'false', on: 'true', off: 'false' }

export interface ValidateOptions {
  /** The sender's zone when the frontmatter names none (for comparing dates). */
  timezone?: string | undefined
  /** Extra keys to accept. */
  allowKeys?: readonly string[]
}

/** Problems of a frontmatter block whose YAML parsed (YAML syntax errors are in `fm.errors`). */
export function validateFrontmatter(fm: Frontmatter, options: ValidateOptions = {}): FrontmatterIssue[] {
  const data = fm.data
  if (!data) return []
  const issues: FrontmatterIssue[] = []
  const present = new Set(fm.fields.map((f) => f.key))
  const allowed = new Set<string>([...FRONTMATTER_KEYS, ...(options.allowKeys ?? [])])
  const known = (k: string): k is (typeof FRONTMATTER_KEYS)[number] =>
    (FRONTMATTER_KEYS as readonly string[]).includes(k)
  const at = (f: FrontmatterField, code: FrontmatterIssueCode, extra: Record<string, string> = {}) =>
    ({
      code,
      key: f.key,
      start: f.valueStart,
      end: f.valueEnd,
      data: { key: f.key, ...extra },
    }) as FrontmatterIssue

  for (const f of fm.fields) {
    if (!allowed.has(f.key)) {
      const s = keySuggestion(f.key)
      const issue: FrontmatterIssue = {
        code: 'unknownKey',
        key: f.key,
        start: f.keyStart,
        end: f.keyEnd,
        data: { key: f.key, suggestion: s?.target ?? '' },
      }
      if (s && !present.has(s.target))
        issue.replacement = { start: f.keyStart, end: f.keyEnd, text: s.target, safe: s.safe }
      issues.push(issue)
      continue
    }
    if (!known(f.key)) continue
    const value = data[f.key]
    if (frontmatterSchema.shape[f.key].safeParse(value).success) continue
    const text = typeof value === 'string' ? value.trim() : ''
    if (f.key === 'kind' || f.key === 'channel' || f.key === 'industry') {
      const values: readonly string[] = ENUM_VALUES[f.key]
      const near = text
        ? (values.find((v) => normal(v) === normal(text)) ?? didYouMean(text.toLowerCase(), values))
        : undefined
      const issue = at(f, 'badEnum', {
        value: String(value),
        allowed: values.join(', '),
        suggestion: near ?? '',
      })
      if (near)
        issue.replacement = {
          start: f.valueStart,
          end: f.valueEnd,
          text: near,
          safe: normal(near) === normal(text),
        }
      issues.push(issue)
    } else if ((DATE_KEYS as readonly string[]).includes(f.key)) {
      const items = fieldItems(fm, f.key)
      const list = Array.isArray(value) ? value : [value]
      list.forEach((item, i) => {
        const problem = dateProblem(item)
        if (!problem) return
        const where = items[i] ?? { start: f.valueStart, end: f.valueEnd }
        const shown = item !== null && typeof item === 'object' ? 'this value' : `“${String(item)}”`
        issues.push({ ...at(f, 'badDate', { value: shown, problem }), start: where.start, end: where.end })
      })
    } else if (
      (ZONE_KEYS as readonly string[]).includes(f.key) &&
      (typeof value === 'string' || typeof value === 'number')
    ) {
      const problem = zoneProblem(value)
      const code = problem?.code === 'abbreviation' ? 'zoneAbbreviation' : 'unknownZone'
      const issue = at(f, code, { value: String(value), suggestion: problem?.suggestion ?? '' })
      if (problem?.suggestion)
        issue.replacement = { start: f.valueStart, end: f.valueEnd, text: problem.suggestion, safe: false }
      issues.push(issue)
    } else {
      const expected =
        f.key === 'template'
          ? 'true or false'
          : f.key === 'requested'
            ? 'a list such as [portfolio, references]'
            : (ZONE_KEYS as readonly string[]).includes(f.key)
              ? 'an IANA time zone such as America/New_York'
              : 'plain text'
      const issue = at(f, 'badType', { expected })
      const bool = f.key === 'template' ? BOOLEAN_WORDS[text.toLowerCase()] : undefined
      if (bool) issue.replacement = { start: f.valueStart, end: f.valueEnd, text: bool, safe: true }
      issues.push(issue)
    }
  }
  crossCheck(fm, options, issues)
  return issues
}

/** `send`, `decision-by` and `previous` cannot come before the interview. */
function crossCheck(fm: Frontmatter, options: ValidateOptions, issues: FrontmatterIssue[]): void {
  const bad = new Set(issues.map((i) => i.key))
  const data = fm.data ?? {}
  // Nothing to compare without an interview time (and the system zone is not free to look up).
  if (data.interview === undefined || data.interview === null || bad.has('interview')) return
  const tz = typeof data.timezone === 'string' && !bad.has('timezone') ? data.timezone : undefined
  const zone = tz ?? options.timezone ?? systemZone()
  const rz = typeof data['recipient-timezone'] === 'string' && !bad.has('recipient-timezone')
  const interview = parseTime(data.interview, zone)
  if (!interview) return
  const start = interview.dt.startOf(interview.dateOnly ? 'day' : 'millisecond')
  const before = (value: unknown, z: string) => {
    const t = parseTime(value, z)
    if (!t) return false
    return t.dateOnly ? t.dt.startOf('day').plus({ days: 1 }) <= start : t.dt < start
  }
  const interviewText = String(data.interview)
  for (const [key, code, z] of [
    ['send', 'sendBeforeInterview', zone],
    ['decision-by', 'decisionBeforeInterview', rz ? String(data['recipient-timezone']) : zone],
  ] as const) {
    const f = fm.fields.find((x) => x.key === key)
    if (f && !bad.has(key) && before(data[key], z))
      issues.push({
        code,
        key,
        start: f.valueStart,
        end: f.valueEnd,
        data: { key, value: String(data[key]), interview: interviewText },
      })
  }
  const prev = fm.fields.find((x) => x.key === 'previous')
  if (prev && !bad.has('previous')) {
    for (const item of fieldItems(fm, 'previous')) {
      if (before(item.value, zone))
        issues.push({
          code: 'previousBeforeInterview',
          key: 'previous',
          start: item.start,
          end: item.end,
          data: { key: 'previous', value: String(item.value), interview: interviewText },
        })
    }
  }
}

// From a draft's frontmatter to the planner's input: the timing rules, the server's hover, code lens
// and "Add timing frontmatter" action all read timing this way. Returns null (the timing rules stay
// silent) when the frontmatter names no timing key, or when a value it needs is invalid — that is
// `valid-frontmatter`'s to report.
import { canonicalZone, dateProblem, TIMING_KEYS, zoneProblem } from './frontmatter-schema.js'
import { checkSendTime, planFollowUps, type SendCheck, type SendInput } from './planner.js'
import type { FollowUpPlan, WindowSettings } from './timing.js'
import { type BusinessHours, type Frontmatter, INDUSTRIES, type Industry, type Kind } from './types.js'

export interface TimingDefaults {
  /** Config `timezone`: the sender's zone when the frontmatter names none. */
  timezone?: string | undefined
  /** Config `industry`. */
  industry?: string | undefined
  businessHours?: Partial<BusinessHours> | undefined
  now?: Date | undefined
  windows?: Partial<WindowSettings> | undefined
}

export interface FrontmatterTiming {
  input: Omit<SendInput, 'kind'>
  /** The frontmatter sets `send` (otherwise the check uses `now`). */
  hasSend: boolean
  hasInterview: boolean
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString() : undefined

/** The timing facts of a frontmatter block, or null when it has none (or they are invalid). */
export function timingFromFrontmatter(
  fm: Frontmatter | null,
  defaults: TimingDefaults = {},
): FrontmatterTiming | null {
  const data = fm?.data
  if (!data || fm.errors.length > 0) return null
  if (!TIMING_KEYS.some((k) => data[k] !== undefined && data[k] !== null)) return null
  const dateOk = (v: unknown) => v === undefined || v === null || dateProblem(v) === undefined
  const zoneOk = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !zoneProblem(v))
  const previousRaw = data.previous
  const previous = Array.isArray(previousRaw) ? previousRaw : previousRaw == null ? [] : [previousRaw]
  if (
    ![data.interview, data.send, data['decision-by']].every(dateOk) ||
    !previous.every((p) => p !== null && dateOk(p)) ||
    !zoneOk(data.timezone) ||
    !zoneOk(data['recipient-timezone'])
  )
    return null
  const industryRaw = str(data.industry) ?? defaults.industry
  const industry = (INDUSTRIES as readonly string[]).includes(industryRaw ?? '')
    ? (industryRaw as Industry)
    : undefined
  const timezone = str(data.timezone) ?? (defaults.timezone && canonicalZone(defaults.timezone))
  const input: Omit<SendInput, 'kind'> = {
    interview: str(data.interview),
    timezone: timezone || undefined,
    recipientTimezone: str(data['recipient-timezone']),
    industry,
    decisionBy: str(data['decision-by']),
    previous: previous.map((p) => (p instanceof Date ? p.toISOString() : String(p))),
    now: defaults.now,
    businessHours: defaults.businessHours,
    windows: defaults.windows,
    send: str(data.send),
  }
  return { input, hasSend: input.send !== undefined, hasInterview: input.interview !== undefined }
}

/** The follow-up plan for a draft, or null without a valid `interview`. */
export function planFromFrontmatter(
  fm: Frontmatter | null,
  defaults: TimingDefaults = {},
): FollowUpPlan | null {
  const t = timingFromFrontmatter(fm, defaults)
  if (!t?.input.interview) return null
  try {
    return planFollowUps({ ...t.input, interview: t.input.interview })
  } catch {
    return null
  }
}

/** Is the draft's `send` (or now) a good time for its kind? Null without timing frontmatter. */
export function checkFrontmatterSend(
  fm: Frontmatter | null,
  kind: Kind | null,
  defaults: TimingDefaults = {},
): (SendCheck & { hasSend: boolean }) | null {
  const t = timingFromFrontmatter(fm, defaults)
  if (!t) return null
  try {
    return { ...checkSendTime({ ...t.input, kind }), hasSend: t.hasSend }
  } catch {
    return null
  }
}

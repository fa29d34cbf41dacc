// Timing in the editor, all from the core's planner: the "Add timing frontmatter" action (kind the
// core inferred, the interview time as a placeholder, `send` at the next good moment), the hover on
// `interview` / `send` (every window in both zones), the code lens, and date completions.
import type { TextDocument } from 'vscode-languageserver-textdocument'
import {
  checkFrontmatterSend,
  checkSendTime,
  type Edit,
  KINDS,
  type PlannedTime,
  type TimingDefaults,
} from '../core/index.js'
import type { Linted } from './linter.js'

export interface Clock {
  /** The configured sender zone, if any (the core falls back to the computer's). */
  timezone: string | undefined
  now: Date
}

export function defaults(linted: Linted, clock: Clock): TimingDefaults {
  const config = linted.options.options.config ?? {}
  return {
    timezone: config.timezone ?? clock.timezone,
    industry: config.industry,
    businessHours: config.businessHours,
    now: clock.now,
  }
}

/** "Fri 20 Nov 2026 15:00 (Europe/Berlin)" → "Fri 20 Nov 2026 15:00". */
export const bare = (s: string) => s.replace(/\s*\([^)]*\)$/, '')
const ms = (t: PlannedTime) => Date.parse(t.iso)
export const zoneOf = (s: string) => /\(([^)]*)\)$/.exec(s)?.[1] ?? ''

export function between(from: PlannedTime, to: PlannedTime | null, side: 'sender' | 'recipient'): string {
  return to ? `${bare(from[side])} – ${bare(to[side])}` : `from ${bare(from[side])}`
}

/** "Send between … and … (recipient time)" or "Ready to send"; undefined without timing frontmatter. */
export function lensTitle(linted: Linted, clock: Clock): string | undefined {
  const check = checkFrontmatterSend(linted.result.frontmatter, linted.result.kind, defaults(linted, clock))
  if (!check) return undefined
  if (!check.problem)
    return check.hasSend ? `Ready to send (${bare(check.send.recipient)}, recipient time)` : 'Ready to send'
  const start = check.suggestion
  const { bestBy, end } = check.window
  if (!start) {
    if (check.problem === 'beforeInterview') return 'Planned before the interview: move `send` after it'
    return end ? `The window to send closed ${bare(end.recipient)} (recipient time)` : undefined
  }
  const until = bestBy && ms(bestBy) > ms(start) ? bestBy : end
  const zone = zoneOf(start.recipient)
  if (!until) return `Send from ${bare(start.recipient)} on (recipient time, ${zone})`
  return ms(until) > ms(start)
    ? `Send between ${bare(start.recipient)} and ${bare(until.recipient)} (recipient time, ${zone})`
    : `Send at ${bare(start.recipient)} (recipient time, ${zone})`
}

/** A suggested value for a date key in completion: the next good moment to send, or now. */
export function suggestedDate(linted: Linted, key: string, clock: Clock): string | undefined {
  if (key !== 'send') return undefined
  const check = checkFrontmatterSend(linted.result.frontmatter, linted.result.kind, defaults(linted, clock))
  return check ? (check.suggestion ?? check.send).local : undefined
}

/** "Add timing frontmatter": merged into an existing block, never a second one. */
export function timingAction(
  doc: TextDocument,
  linted: Linted,
  clock: Clock,
): { title: string; edits: Edit[] } | undefined {
  const fm = linted.result.frontmatter
  if (fm && (fm.data === null || fm.errors.length > 0)) return undefined // nothing safe to merge into
  const data = fm?.data ?? {}
  const present = new Set(fm?.fields.map((f) => f.key) ?? [])
  if (present.has('interview') && present.has('send')) return undefined
  const kind = linted.result.kind
  const d = defaults(linted, clock)
  const zone = typeof data.timezone === 'string' ? data.timezone : d.timezone
  let check: ReturnType<typeof checkSendTime>
  const interview = typeof data.interview === 'string' ? data.interview : clock.now
  try {
    check = checkSendTime({
      kind,
      interview,
      timezone: zone,
      recipientTimezone:
        typeof data['recipient-timezone'] === 'string' ? data['recipient-timezone'] : undefined,
      industry: d.industry as never,
      businessHours: d.businessHours,
      now: clock.now,
    })
  } catch {
    return undefined // an invalid zone or date in the frontmatter: the linter reports it
  }
  const interviewText = typeof data.interview === 'string' ? data.interview : checkNowLocal(check)
  const send = (check.suggestion ?? check.send).local
  const resolvedZone = zoneOf(check.send.sender)

  const wanted: Array<[string, string, string]> = []
  let stop = 1
  if (!present.has('kind'))
    wanted.push(['kind', kind ?? KINDS[0], kind ?? `\${${stop++}|${KINDS.join(',')}|}`])
  if (!present.has('interview')) wanted.push(['interview', interviewText, `\${${stop++}:${interviewText}}`])
  if (!present.has('timezone') && resolvedZone) wanted.push(['timezone', resolvedZone, resolvedZone])
  if (!present.has('send')) wanted.push(['send', send, `\${${stop++}:${send}}`])

  const text = doc.getText()
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const plain = wanted.map(([k, v]) => `${k}: ${v}${eol}`).join('')
  const snippet = wanted.map(([k, , s]) => `${k}: ${s}${eol}`).join('')
  if (fm) {
    const at = fm.contentEnd
    return { title: 'Add timing to the frontmatter', edits: [{ start: at, end: at, text: plain, snippet }] }
  }
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const after = text.slice(at).trim() === '' ? '' : eol
  const block = (body: string) => `---${eol}${body}---${eol}${after}`
  return {
    title: 'Add timing frontmatter',
    edits: [{ start: at, end: at, text: block(plain), snippet: block(snippet) }],
  }
}

/** The interview placeholder when there is none: now, in the sender's wall clock. */
function checkNowLocal(check: ReturnType<typeof checkSendTime>): string {
  return check.send.local
}

/** This computer's IANA zone. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** `YYYY-MM-DDTHH:MM`: the wall-clock time of `date` in `zone` (what frontmatter holds). */
export function wallClock(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}

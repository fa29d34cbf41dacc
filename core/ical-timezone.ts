// An RFC 5545 VTIMEZONE for an IANA zone, so calendar reminders can say `DTSTART;TZID=…` and every
// calendar app agrees on the wall clock. The transitions come from luxon (the zone data the runtime
// ships); they are found by stepping a day at a time and narrowing to the minute.
import { DateTime, FixedOffsetZone } from 'luxon'
import { canonicalZone } from './frontmatter-schema.js'
import { TimingError } from './timing.js'

const LOCAL = "yyyyMMdd'T'HHmmss"
const offsetText = (minutes: number) =>
  DateTime.utc().setZone(FixedOffsetZone.instance(minutes)).toFormat('ZZZ')

function observance(at: DateTime, from: number, to: number): string[] {
  const kind = at.isInDST ? 'DAYLIGHT' : 'STANDARD'
  const onset = at.setZone(FixedOffsetZone.instance(from)).toFormat(LOCAL)
  const name = at.setLocale('en-US').offsetNameShort ?? offsetText(to)
  return [
    `BEGIN:${kind}`,
    `DTSTART:${onset}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `TZNAME:${name}`,
    `END:${kind}`,
  ]
}

/**
 * A VTIMEZONE component (CRLF lines) covering `from`–`to` with a year's margin either side.
 * Throws `TimingError` for a zone that is not an IANA name.
 */
export function vtimezone(zone: string, from: Date | string, to: Date | string = from): string {
  const name = canonicalZone(zone)
  if (!name) throw new TimingError(`"${zone}" is not an IANA time zone`)
  const toDt = (d: Date | string) => (d instanceof Date ? DateTime.fromJSDate(d) : DateTime.fromISO(d))
  let t = toDt(from).setZone(name).minus({ days: 400 }).startOf('day')
  const stop = toDt(to).setZone(name).plus({ days: 400 })
  if (!t.isValid || !stop.isValid) throw new TimingError('vtimezone needs valid dates')
  let offset = t.offset
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${name}`,
    `X-LIC-LOCATION:${name}`,
    ...observance(t, offset, offset),
  ]
  while (t < stop) {
    const next = t.plus({ hours: 24 })
    if (next.offset !== offset) {
      let [a, b] = [t.toMillis(), next.toMillis()]
      while (b - a > 60_000) {
        const mid = a + Math.floor((b - a) / 120_000) * 60_000
        if (DateTime.fromMillis(mid, { zone: name }).offset === offset) a = mid
        else b = mid
      }
      const at = DateTime.fromMillis(b, { zone: name })
      lines.push(...observance(at, offset, at.offset))
      offset = at.offset
    }
    t = next
  }
  lines.push('END:VTIMEZONE')
  return `${lines.join('\r\n')}\r\n`
}

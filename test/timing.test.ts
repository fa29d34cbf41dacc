// Timing (issue 4): the planner, the three timing rules, the `plan` command and its iCalendar output.
// Table-driven; the clock is always injected, so nothing depends on when the tests run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import ical from 'node-ical'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { planCommand } from '../cli/plan.js'
import {
  checkSendTime,
  type Industry,
  LineIndex,
  type LintMessage,
  lint,
  planFollowUps,
  type SendInput,
  TimingError,
} from '../core/index.js'

const NOW = new Date('2026-11-22T12:00:00Z')
const TIMING_RULES = ['send-window', 'follow-up-cadence', 'valid-frontmatter']
const BODY = `
Dear Dana,

Thank you for taking the time to talk with me about the billing migration. I remain very interested
in the role and would welcome any update on the timeline.

Best regards,
Jo Park
`
const note = (fm: string, body = BODY) => `---\n${fm.trim()}\n---\n${body}`
const timing = (text: string, now = NOW): LintMessage[] =>
  lint(text, { now }).messages.filter((m) => TIMING_RULES.includes(m.ruleId) || m.ruleId === 'internal-error')
const ids = (ms: LintMessage[]) => ms.map((m) => `${m.ruleId}/${m.messageId}`).sort()

describe('planner: windows', () => {
  it('Friday-afternoon interview: the thank-you is due before Monday’s business hours (recipient’s zone)', () => {
    const plan = planFollowUps({
      interview: '2026-11-20T15:00',
      timezone: 'America/New_York',
      now: '2026-11-20T16:00',
    })
    expect(plan.thankYou.start.local).toBe('2026-11-20T15:00')
    expect(plan.thankYou.end?.recipient).toBe('Mon 23 Nov 2026 08:00 (America/New_York)')
    expect(plan.thankYou.slots.map((s) => [s.start.local, s.end.local])).toEqual([
      ['2026-11-20T15:00', '2026-11-20T18:00'],
      ['2026-11-23T08:00', '2026-11-23T08:00'],
    ])
    expect(plan.thankYou.status).toBe('open')
  })

  it.each([
    // interview (sender's time), sender zone, recipient zone → thank-you window in the recipient's zone
    [
      '2026-11-20T16:00',
      'America/Los_Angeles',
      'America/New_York',
      'Mon 23 Nov 2026 08:00',
      'Mon 23 Nov 2026 08:00',
    ],
    [
      '2026-11-20T13:00',
      'America/Los_Angeles',
      'America/New_York',
      'Fri 20 Nov 2026 16:00',
      'Mon 23 Nov 2026 08:00',
    ],
    ['2026-11-20T09:00', 'Asia/Tokyo', 'Europe/London', 'Fri 20 Nov 2026 08:00', 'Mon 23 Nov 2026 08:00'],
  ])(
    'Friday interview at %s in %s, recipient in %s: window %s – %s',
    (interview, timezone, recipientTimezone, start, end) => {
      const plan = planFollowUps({ interview, timezone, recipientTimezone, now: '2026-11-19T12:00' })
      expect(plan.thankYou.start.recipient.startsWith(start)).toBe(true)
      expect(plan.thankYou.end?.recipient.startsWith(end)).toBe(true)
    },
  )

  it('a recipient nine hours ahead: the window opens at 08:00 their time, 23:00 yours', () => {
    const input = {
      interview: '2026-11-17T09:00',
      timezone: 'America/Los_Angeles',
      recipientTimezone: 'Europe/Berlin',
      now: '2026-11-17T10:00',
    }
    const plan = planFollowUps(input)
    expect(plan.interview.recipient).toBe('Tue 17 Nov 2026 18:00 (Europe/Berlin)')
    expect(plan.thankYou.start.recipient).toBe('Wed 18 Nov 2026 08:00 (Europe/Berlin)')
    expect(plan.thankYou.start.sender).toBe('Tue 17 Nov 2026 23:00 (America/Los_Angeles)')
    const check = checkSendTime({ ...input, kind: 'thank-you', send: '2026-11-17T14:00' })
    expect(check.problem).toBe('outsideBusinessHours')
    expect(check.suggestion?.local).toBe('2026-11-17T23:00')
    expect(checkSendTime({ ...input, kind: 'thank-you', send: '2026-11-17T23:30' }).problem).toBeUndefined()
  })

  it('a DST change between interview and send: wall clocks follow the zone, not a fixed offset', () => {
    const input = { interview: '2026-10-30T17:00', timezone: 'America/New_York', now: '2026-10-30T17:30' }
    const plan = planFollowUps(input)
    // 48 real hours after Fri 17:00 EDT is Sun 16:00 EST; the deadline moves to Monday's opening, EST.
    expect(plan.thankYou.end?.iso).toBe('2026-11-02T08:00-05:00')
    expect(plan.interview.iso).toBe('2026-10-30T17:00-04:00')
    // A week later is the same wall-clock time, across the change.
    expect(plan.statusInquiry.start.iso).toBe('2026-11-06T17:00-05:00')
    // 07:30 EST is before opening; with a fixed -04:00 offset it would have looked like 08:30.
    const early = checkSendTime({ ...input, kind: 'thank-you', send: '2026-11-02T07:30' })
    expect(early.problem).toBe('outsideBusinessHours')
    expect(early.suggestion?.iso).toBe('2026-11-02T08:00-05:00')
    expect(checkSendTime({ ...input, kind: 'thank-you', send: '2026-11-02T08:00' }).problem).toBeUndefined()
  })

  it('a stated two-week decision: the inquiry waits for the first business day of week three', () => {
    const input = {
      interview: '2026-11-16T11:00', // Monday of week one
      decisionBy: '2026-11-27', // Friday of week two
      industry: 'tech' as const,
      timezone: 'America/New_York',
      now: '2026-11-17T09:00',
    }
    const plan = planFollowUps(input)
    expect(plan.statusInquiry.start.recipient).toBe('Mon 30 Nov 2026 08:00 (America/New_York)')
    const check = checkSendTime({ ...input, kind: 'status-inquiry', send: '2026-11-25T10:00' })
    expect(check.problem).toBe('beforeDecision')
    expect(check.suggestion?.local).toBe('2026-11-30T08:00')
    // A decision date on a Friday before a holiday weekend still lands on the next business day.
    const sat = planFollowUps({ ...input, decisionBy: '2026-11-28' })
    expect(sat.statusInquiry.start.local).toBe('2026-11-30T08:00')
  })

  it.each<[Industry, string]>([
    ['tech', '2026-11-23T11:00'],
    ['startup', '2026-11-23T11:00'],
    ['creative', '2026-11-23T11:00'],
    ['other', '2026-11-23T11:00'],
    ['corporate', '2026-11-30T11:00'],
    ['government', '2026-11-30T11:00'],
  ])('government vs tech: a %s status inquiry starts %s', (industry, start) => {
    const plan = planFollowUps({
      interview: '2026-11-16T11:00',
      industry,
      timezone: 'America/New_York',
      now: '2026-11-16T12:00',
    })
    expect(plan.statusInquiry.start.local).toBe(start)
  })

  it('counts attempts after the thank-you and says when to stop', () => {
    const base = { interview: '2026-10-01T10:00', timezone: 'America/Chicago', now: '2026-11-02T09:00' }
    const fresh = planFollowUps(base)
    expect(fresh.attempts).toBe(0)
    expect(fresh.stop.reached).toBe(false)
    const three = planFollowUps({
      ...base,
      previous: ['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23'],
    })
    expect(three.attempts).toBe(3)
    expect(three.thankYou.status).toBe('done')
    expect(three.stop.reached).toBe(true)
    expect(three.stop.message).toMatch(/move on/)
    expect(three.secondFollowUp.status).toBe('stop')
    expect(three.next).toBeNull()
  })

  it('rejects bad input with a TimingError that names the field', () => {
    expect(() => planFollowUps({ interview: 'next Tuesday' })).toThrow(TimingError)
    expect(() => planFollowUps({ interview: '2026-11-20', timezone: 'Mars/Base' })).toThrow(/Mars\/Base/)
  })
})

describe('timing rules on drafts', () => {
  const cases: Array<{ name: string; fm: string; now?: string; expected: string[] }> = [
    {
      name: 'Friday-afternoon interview, thank-you scheduled for Saturday',
      fm: 'kind: thank-you\ninterview: 2026-11-20T15:00\ntimezone: America/New_York\nsend: 2026-11-21T10:00',
      expected: ['send-window/outsideBusinessHours'],
    },
    {
      name: 'Friday-afternoon interview, thank-you at Monday’s opening',
      fm: 'kind: thank-you\ninterview: 2026-11-20T15:00\ntimezone: America/New_York\nsend: 2026-11-23T08:00',
      expected: [],
    },
    {
      name: 'Friday-afternoon interview, thank-you on Monday at noon (too late)',
      fm: 'kind: thank-you\ninterview: 2026-11-20T15:00\ntimezone: America/New_York\nsend: 2026-11-23T12:00',
      expected: ['send-window/thankYouTooLate'],
    },
    {
      name: 'recipient nine hours ahead, sent in their night',
      fm: 'kind: thank-you\ninterview: 2026-11-17T09:00\ntimezone: America/Los_Angeles\nrecipient-timezone: Europe/Berlin\nsend: 2026-11-17T14:00',
      expected: ['send-window/outsideBusinessHours'],
    },
    {
      name: 'DST change between interview and send',
      fm: 'kind: thank-you\ninterview: 2026-10-30T17:00\ntimezone: America/New_York\nsend: 2026-11-02T07:30',
      expected: ['send-window/outsideBusinessHours'],
    },
    {
      name: 'two-week decision, asked in week two',
      fm: 'kind: status-inquiry\ninterview: 2026-11-16T11:00\ndecision-by: 2026-11-27\ntimezone: America/New_York\nsend: 2026-11-25T10:00',
      expected: ['send-window/beforeDecision'],
    },
    {
      name: 'two-week decision, asked on the first business day of week three',
      fm: 'kind: status-inquiry\ninterview: 2026-11-16T11:00\ndecision-by: 2026-11-27\ntimezone: America/New_York\nsend: 2026-11-30T09:00',
      expected: [],
    },
    {
      name: 'government inquiry after eight days',
      fm: 'kind: status-inquiry\nindustry: government\ninterview: 2026-11-16T11:00\ntimezone: America/New_York\nsend: 2026-11-24T11:00',
      expected: ['send-window/tooEarly'],
    },
    {
      name: 'tech inquiry after eight days',
      fm: 'kind: status-inquiry\nindustry: tech\ninterview: 2026-11-16T11:00\ntimezone: America/New_York\nsend: 2026-11-24T11:00',
      expected: [],
    },
    {
      name: 'a fourth attempt',
      fm: 'kind: second-follow-up\ninterview: 2026-10-01\ntimezone: America/New_York\nprevious: [2026-10-02, 2026-10-09, 2026-10-16, 2026-10-23]\nsend: 2026-11-02T10:00',
      expected: ['follow-up-cadence/tooMany'],
    },
    {
      name: 'a third attempt is still fine',
      fm: 'kind: second-follow-up\ninterview: 2026-10-01\ntimezone: America/New_York\nprevious: [2026-10-02, 2026-10-09, 2026-10-16]\nsend: 2026-11-02T10:00',
      expected: [],
    },
    {
      name: 'two notes four days apart in `previous`',
      fm: 'kind: second-follow-up\ninterview: 2026-10-26T14:00\ntimezone: America/New_York\nprevious: [2026-10-27, 2026-11-09, 2026-11-13]\nsend: 2026-11-20T10:00',
      expected: ['follow-up-cadence/tooSoon'],
    },
    {
      name: 'this note four days after the previous one',
      fm: 'kind: second-follow-up\ninterview: 2026-10-26T14:00\ntimezone: America/New_York\nprevious: [2026-10-27, 2026-11-09]\nsend: 2026-11-13T10:00',
      expected: ['follow-up-cadence/tooSoon', 'send-window/tooSoonAfterPrevious'],
    },
    {
      name: '`send` before the interview',
      fm: 'kind: thank-you\ninterview: 2026-11-20T14:00\ntimezone: America/New_York\nsend: 2026-11-19T16:00',
      expected: ['valid-frontmatter/sendBeforeInterview'],
    },
    {
      name: 'no `send`: the clock decides (a thank-you drafted four days late)',
      fm: 'kind: thank-you\ninterview: 2026-11-18T11:00\ntimezone: America/New_York',
      expected: ['send-window/thankYouTooLate'],
    },
    {
      name: 'no `send`, drafted on a Sunday inside the window: drafting time is not flagged',
      fm: 'kind: thank-you\ninterview: 2026-11-20T15:00\ntimezone: America/New_York',
      expected: [],
    },
    {
      name: 'frontmatter without timing keys',
      fm: 'kind: status-inquiry\nsubject: Following up\nto: Dana Lee',
      expected: [],
    },
  ]
  it.each(cases)('$name', ({ fm, now, expected }) => {
    expect(ids(timing(note(fm), now ? new Date(now) : NOW))).toEqual(expected)
  })

  it('stays silent without frontmatter, and kind inference still works', () => {
    const text = `Subject: Checking in\n\nDear Dana,\n\nI hope you are well. Is there any update on the hiring timeline for the analyst role?\n\nBest regards,\nJo\n`
    const r = lint(text, { now: NOW })
    expect(r.kind).toBe('status-inquiry')
    expect(r.kindSource).toBe('inferred')
    expect(r.messages.filter((m) => TIMING_RULES.includes(m.ruleId))).toEqual([])
  })

  it('send-window’s suggestion moves `send` to a time the rule accepts', () => {
    const text = note(
      'kind: thank-you\ninterview: 2026-11-20T15:00\ntimezone: America/New_York\nsend: 2026-11-21T10:00',
    )
    const [m] = timing(text)
    const edit = m!.suggestions![0]!.edits[0]!
    expect(edit.text).toBe('2026-11-23T08:00')
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
    expect(timing(fixed)).toEqual([])
  })
})

describe('valid-frontmatter positions', () => {
  const at = (text: string, m: LintMessage) => {
    const p = new LineIndex(text).lineColumn(m.start)
    return `${p.line + 1}:${p.column + 1}`
  }
  it.each([
    [
      'an unclosed list, at its bracket',
      'kind: thank-you\ninterview: [2026-11-20T14:00\nsend: 2026-11-21',
      '3:12',
    ],
    ['a value with ": " (subject line)', 'kind: thank-you\nsubject: Re: Thanks for Tuesday', '3:10'],
    ['a tab used for indentation', 'kind: thank-you\nprevious:\n\t- 2026-11-21', '4:1'],
    ['a key given twice', 'kind: thank-you\nto: Dana\nkind: status-inquiry', '4:1'],
    ['a missing closing quote', 'kind: thank-you\nto: "Dana Lee\nrole: Designer', '5:1'],
  ])('reports a YAML syntax error for %s at the right line and column', (_name, fm, where) => {
    const text = note(fm)
    const found = timing(text).filter((m) => m.messageId === 'yamlSyntax')
    expect(found.length).toBeGreaterThan(0)
    expect(at(text, found[0]!)).toBe(where)
  })

  it('points at the key or the value, and offers a did-you-mean fix', () => {
    const text = note(
      'kind: thank-you\nintervew: 2026-11-20T14:00\nsend: 2026-13-40\ntimezone: America/New York',
    )
    const found = timing(text)
    expect(found.map((m) => [m.messageId, text.slice(m.start, m.end)])).toEqual([
      ['unknownKeySuggest', 'intervew'],
      ['badDate', '2026-13-40'],
      ['unknownZoneSuggest', 'America/New York'],
    ])
    expect(found[0]!.fix?.edits[0]?.text).toBe('interview')
  })
})

describe('property: random YAML-ish frontmatter', () => {
  const keys = fc.oneof(
    fc.constantFrom('kind', 'interview', 'send', 'previous', 'timezone', 'recipient-timezone', 'decision-by'),
    fc.constantFrom('industry', 'template', 'requested', 'subject', 'intervew', 'Company', 'tz', 'x'),
    fc.string({ maxLength: 12 }),
  )
  const scalars = fc.oneof(
    fc.constantFrom('2026-11-20T14:00', '2026-11-20', '2026-13-40', '2026-11-20T14:00+01:00', 'next Tuesday'),
    fc.constantFrom(
      'America/New_York',
      'Europe/Berlin',
      'EST',
      'Mars/Base',
      'thank-you',
      'government',
      'yes',
    ),
    fc.constantFrom(
      '[',
      ']',
      '{',
      '"',
      "'",
      ': ',
      '- ',
      '#',
      '&a',
      '*a',
      '!!str',
      '|',
      '>',
      '\t',
      '😀',
      '---',
    ),
    fc.string({ maxLength: 20 }),
    fc.integer().map(String),
  )
  const value = fc.oneof(
    scalars,
    fc.array(scalars, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(scalars, { maxLength: 3 }).map((xs) => xs.map((x) => `\n  - ${x}`).join('')),
  )
  const line = fc.oneof(
    fc.tuple(keys, value).map(([k, v]) => `${k}: ${v}`),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', '  indented: x', '# comment', '...'),
  )
  const draft = fc
    .tuple(fc.array(line, { maxLength: 10 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
    .map(
      ([lines, closed, eol]) =>
        `---${eol}${lines.join(eol)}${eol}${closed ? `---${eol}` : ''}${BODY.replace(/\n/g, eol)}`,
    )

  it('never crashes lint() and keeps every range and edit inside the text', () => {
    fc.assert(
      fc.property(
        draft,
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (text, now) => {
          const r = lint(text, { now })
          for (const m of r.messages) {
            expect(m.ruleId).not.toBe('internal-error')
            expect(m.start).toBeGreaterThanOrEqual(0)
            expect(m.end).toBeLessThanOrEqual(text.length)
            expect(m.start).toBeLessThanOrEqual(m.end)
            for (const e of [...(m.fix?.edits ?? []), ...(m.suggestions ?? []).flatMap((s) => s.edits)]) {
              expect(e.start).toBeGreaterThanOrEqual(0)
              expect(e.end).toBeLessThanOrEqual(text.length)
              expect(e.start).toBeLessThanOrEqual(e.end)
            }
          }
        },
      ),
      { numRuns: 200, seed: 4 },
    )
  })
})

describe('followup-lint plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'followup-plan-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const run = (argv: string[]) => {
    let stdout = ''
    let stderr = ''
    const code = planCommand(argv, dir, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
    return { code, stdout, stderr }
  }
  const args = [
    '--interview',
    '2026-11-20T15:00',
    '--timezone',
    'America/New_York',
    '--industry',
    'government',
  ]

  it('prints a readable schedule', () => {
    const { code, stdout } = run([...args, '--now', '2026-11-20T16:00'])
    expect(code).toBe(0)
    expect(stdout).toContain('Follow-up plan for the interview on Fri 20 Nov 2026 15:00 (America/New_York)')
    expect(stdout).toMatch(/1\. Thank-you note \(open now\)\n {3}Send between Fri 20 Nov 2026 15:00/)
    expect(stdout).toContain('and Mon 23 Nov 2026 08:00 (America/New_York)')
    expect(stdout).toMatch(/2\. Status inquiry \(upcoming\)\n {3}Send from Fri 4 Dec 2026 15:00/)
    expect(stdout).toContain('for government roles wait 14–21 days')
    expect(stdout).toContain('3. Second follow-up')
    expect(stdout).toMatch(/move on/)
  })

  it('shows both zones when the recipient is elsewhere', () => {
    const { stdout } = run([...args, '--recipient-timezone', 'Europe/Berlin', '--now', '2026-11-20T16:00'])
    expect(stdout).toContain(
      'Fri 20 Nov 2026 15:00 (America/New_York) = Fri 20 Nov 2026 21:00 (Europe/Berlin) their time',
    )
  })

  it('writes RFC 5545 reminders that an iCalendar parser reads back', () => {
    const file = join(dir, 'plan.ics')
    const { code, stderr } = run([
      ...args,
      '--now',
      '2026-11-20T16:00',
      '--company',
      'State Housing Office',
      '--ics',
      file,
    ])
    expect(code).toBe(0)
    expect(stderr).toContain(file)
    const text = readFileSync(file, 'utf8')
    // CRLF everywhere, folded to 75 octets, a VTIMEZONE for every TZID used.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const l of text.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75)
    expect(text).toMatch(/\r\n /) // at least one folded line
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/New_York')
    expect(text).toContain('DTSTART;TZID=America/New_York:20261120T150000')
    expect(text).toMatch(/^DTSTAMP:20261120T210000Z$/m)

    const parsed = Object.values(ical.sync.parseICS(text)).filter(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent[]
    expect(parsed.map((e) => e.summary)).toEqual([
      'Send the thank-you note (State Housing Office)',
      'Send the status inquiry (State Housing Office)',
      'Send the second follow-up (State Housing Office)',
      'No reply (State Housing Office)? Time to move on',
    ])
    const [thanks, inquiry] = parsed
    expect(thanks!.start.toISOString()).toBe('2026-11-20T20:00:00.000Z')
    expect(inquiry!.start.toISOString()).toBe('2026-12-04T20:00:00.000Z')
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(4)
    for (const e of parsed) expect(e.dtstamp?.toISOString()).toBe('2026-11-20T21:00:00.000Z')
    // Same input, same UIDs: re-importing updates the reminders instead of duplicating them.
    run([...args, '--now', '2026-11-20T16:00', '--company', 'State Housing Office', '--ics', file])
    const again = Object.values(ical.sync.parseICS(readFileSync(file, 'utf8'))).filter(
      (c) => c?.type === 'VEVENT',
    )
    expect(again.map((e) => (e as ical.VEvent).uid)).toEqual(parsed.map((e) => e.uid))
  })

  it.each([
    [[], /needs --interview/],
    [['--interview', 'next Tuesday'], /Interview "next Tuesday"/],
    [['--interview', '2026-11-20', '--timezone', 'Mars/Base'], /Mars\/Base/],
    [['--interview', '2026-11-20', '--industry', 'finance'], /--industry takes one of/],
    [['--interview', '2026-11-20', '--bogus'], /bogus/],
  ])('exits 2 with a clear message on bad usage: %j', (argv, message) => {
    const { code, stderr } = run(argv as string[])
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  it('is wired into the followup-lint command', async () => {
    const { main } = await import('../cli/main.js')
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(await main(['plan', '--help'])).toBe(0)
      expect(String(write.mock.calls[0]?.[0])).toContain('followup-lint plan')
    } finally {
      write.mockRestore()
    }
  })

  it('lists the planner on the public API for the server', () => {
    const input: SendInput = {
      kind: 'thank-you',
      interview: '2026-11-20T15:00',
      timezone: 'UTC',
      now: '2026-11-20T16:00',
    }
    expect(checkSendTime(input).problem).toBeUndefined()
  })
})

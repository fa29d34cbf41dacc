// The core's contract: pure lint(), positions, suppression comments, applyFixes, config validation,
// the phrase matcher, kind inference.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../core/document.js'
import {
  applyFixes,
  ConfigError,
  findConfigFile,
  LineIndex,
  type LintMessage,
  lint,
  loadConfigFile,
} from '../core/index.js'
import { inferKind } from '../core/kind.js'
import { parseToken, patternLengthAt, preloadTokens } from '../core/phrase-pattern.js'
import { builtinTokens } from '../core/phrase-tokens.generated.js'
import { editPhraseList, PhraseMatcher } from '../core/phrases.js'

const ids = (text: string, opts = {}) => lint(text, opts).messages.map((m) => m.ruleId)

describe('lint()', () => {
  it('is deterministic and reports UTF-16 offsets that survive emoji', () => {
    const text = 'Dear Sam,\n\n😀👍🏽 see [Company Name] today.\n'
    const a = lint(text)
    expect(lint(text)).toEqual(a)
    const m = a.messages.find((x) => x.ruleId === 'no-unfilled-placeholder')!
    expect(text.slice(m.start, m.end)).toBe('[Company Name]')
    const pos = new LineIndex(text).lineColumn(m.start)
    // 😀 (2 units), 👍🏽 (4 units), " see " (5): column 11, 0-based; 9 code points.
    expect(pos).toEqual({ line: 2, column: 11 })
  })

  it('keeps offsets right with a byte-order mark and CRLF line endings', () => {
    const text = '\uFEFFSubject: Hi\r\n\r\nDear Sam,\r\n\r\nWhat is the salary?\r\n'
    const m = lint(text).messages.find((x) => x.ruleId === 'no-salary-talk')!
    expect(text.slice(m.start, m.end)).toBe('salary')
  })

  it('never reads code, quotes, HTML comments, URLs or frontmatter values', () => {
    const text = [
      '---',
      'subject: Thank you',
      'role: salary analyst',
      '---',
      '`salary` and <https://example.com/salary> and https://pay.example.com/salary',
      '',
      '```',
      'salary [Company Name]',
      '```',
      '',
      '> What salary do you expect? [Company Name]',
      '',
      '<!-- salary [Company Name] -->',
    ].join('\n')
    expect(ids(text)).not.toContain('no-salary-talk')
    expect(ids(text)).not.toContain('no-unfilled-placeholder')
  })

  it('turns a crashing rule into an internal-error message instead of throwing', () => {
    const bad = { rules: { 'no-salary-talk': ['error', { amounts: 'yes' }] } } as never
    const r = lint('Hello', { config: bad })
    expect(r.messages[0]?.ruleId).toBe('invalid-config')
    expect(r.messages[0]?.message).toContain('amounts')
  })

  it('reports kind from frontmatter, or infers it from the text', () => {
    expect(lint('---\nkind: status-inquiry\n---\nHi').kind).toBe('status-inquiry')
    expect(lint('---\nkind: status-inquiry\n---\nHi').kindSource).toBe('frontmatter')
    const r = lint('Dear Sam,\n\nThank you for the interview on Monday.\n')
    expect([r.kind, r.kindSource]).toEqual(['thank-you', 'inferred'])
    expect(lint('Hello there.').kindSource).toBe('none')
  })
})

describe('kind inference', () => {
  const cases: Array<[string, string | null]> = [
    ['Thank you for taking the time to meet with me yesterday.', 'thank-you'],
    ['I am writing to ask whether there is any update on the hiring decision.', 'status-inquiry'],
    ['I wanted to follow up on my previous email about the analyst role.', 'second-follow-up'],
    ['Thank you for letting me know about your decision. I hope you keep me in mind.', 'after-rejection'],
    ['Thanks for the interview! Is there an update on the timeline?', 'thank-you'],
    ['It was great to meet you last month. Is there any update on the search?', 'status-inquiry'],
    ['Just circling back on the Data Engineer role.', 'status-inquiry'],
    ['It was lovely to meet the team. Have you reached a decision on the Tutor post?', 'status-inquiry'],
    ['I enjoyed our talk. Is the Night Porter position still open?', 'status-inquiry'],
    ['It was a pleasure to meet you. Has the team come to a decision on the role?', 'status-inquiry'],
    ['I enjoyed meeting the panel. Am I still under consideration for the post?', 'status-inquiry'],
    ['It has been two weeks since my interview, so I wanted to touch base.', 'status-inquiry'],
    ['> Thank you for interviewing with us.\n\nHello.', null],
    // Opening with thanks but saying it is a later note.
    ['Thank you again for interviewing me on 4 March. Has there been any progress?', 'status-inquiry'],
    [
      'Thank you again for meeting me about the Store Manager post. I am writing to ask whether there is any news.',
      'status-inquiry',
    ],
    ['Subject: Status inquiry\n\nThank you for the interview. Is there any update?', 'status-inquiry'],
  ]
  for (const [text, kind] of cases)
    it(`${kind}: ${text.slice(0, 40)}`, () => expect(inferKind(parseDocument(text))).toBe(kind))
})

describe('note structure', () => {
  it.each(['Dear Ms. Rao,', 'Respected Sir,', 'Hi Priya', 'Good morning Mr. Obi,'])(
    'reads "%s" as the greeting',
    (g) => {
      const doc = parseDocument(`${g}\n\nThank you for the interview on Monday.\n\nBest,\nSam\n`)
      expect(doc.structure.greeting?.text.trim()).toBe(g)
      expect(doc.structure.closing?.text).toBe('Best,')
    },
  )
})

describe('pasted earlier messages', () => {
  const reply = 'Hi Ana,\n\nMonday at ten works for me.\n\nSam\n\n'
  const earlier = 'Thank you for your interest. The salary is 50k.\n'
  const prose = (text: string) =>
    parseDocument(text).sentences.map((s) => s.words.map((w) => w.text).join(' '))
  it.each([
    ['-----Original Message-----\nFrom: Ana Delgado\nSent: Friday\n\n', 'separator'],
    [
      'From: Ana Delgado <ana@example.com>\nSent: Friday, March 6, 2026 4:12 PM\nTo: Sam\n\n',
      'Outlook header',
    ],
    ['On Tue, 3 Mar 2026 at 10:04, Ana Delgado <ana@example.com> wrote:\n\n', 'one-line "wrote:"'],
    ['On Tue, 3 Mar 2026 at 10:04, Ana Delgado <ana@example.com>\nwrote:\n\n', 'wrapped "wrote:"'],
  ])("are not the writer's prose (%#: %s)", (header) => {
    expect(prose(reply + header + earlier)).toEqual(['Hi Ana', 'Monday at ten works for me', 'Sam'])
  })
  it('leaves a note that only mentions what someone wrote alone', () => {
    const text = 'Hi Ana,\n\nOn Tuesday you wrote that the team ships weekly. I liked that.\n\nSam\n'
    expect(prose(text)).toHaveLength(4)
  })
})

describe('suppression comments', () => {
  const body = 'What is the salary?\n\nAnd the bonus structure?\n'
  it('disable-next-line silences one line only', () => {
    const text = `<!-- followup-lint-disable-next-line no-salary-talk -->\n${body}`
    expect(ids(text).filter((i) => i === 'no-salary-talk')).toHaveLength(1)
  })
  it('disable/enable silences a region', () => {
    const text = `<!-- followup-lint-disable no-salary-talk -->\n${body}<!-- followup-lint-enable no-salary-talk -->\n\nMy salary?\n`
    const r = lint(text).messages.filter((m) => m.ruleId === 'no-salary-talk')
    expect(r).toHaveLength(1)
    expect(text.slice(r[0]!.start)).toMatch(/^salary\?\n$/)
  })
  it('disable with no ids silences every rule; other rules stay on with ids', () => {
    expect(ids(`<!-- followup-lint-disable -->\n${body} [Company Name]`)).toEqual([])
    expect(ids(`<!-- followup-lint-disable inclusive-language -->\n${body}`)).toContain('no-salary-talk')
  })
  it('reports unknown rule ids with a did-you-mean', () => {
    const r = lint('<!-- followup-lint-disable no-salary-tlk -->\nHi')
    expect(r.messages[0]).toMatchObject({ ruleId: 'unknown-rule' })
    expect(r.messages[0]!.message).toContain('did you mean "no-salary-talk"?')
  })
})

describe('applyFixes', () => {
  const msg = (start: number, end: number, text: string): LintMessage => ({
    ruleId: 'x',
    messageId: 'x',
    severity: 'error',
    message: '',
    start,
    end,
    docsUrl: '',
    fix: { title: '', edits: [{ start, end, text }] },
  })
  it('applies non-overlapping fixes right to left and leaves the rest of the text alone', () => {
    const r = applyFixes('aaa bbb ccc', [msg(8, 11, 'C'), msg(0, 3, 'A')])
    expect(r.output).toBe('A bbb C')
    expect(r.fixed).toHaveLength(2)
  })
  it('skips an overlapping fix for the next pass', () => {
    const r = applyFixes('aaa bbb', [msg(0, 5, 'X'), msg(4, 7, 'Y')])
    expect(r.output).toBe('Xbb')
    expect(r.skipped).toHaveLength(1)
  })
  it('composes overlapping deletions', () => {
    expect(applyFixes('one two three', [msg(0, 8, ''), msg(4, 13, '')]).output).toBe('')
  })
  it('refuses edits outside the text', () => {
    expect(applyFixes('abc', [msg(2, 9, 'x')]).output).toBe('abc')
  })
})

describe('phrase matcher', () => {
  const words = (text: string) => parseDocument(text).sentences
  const match = (patterns: string[], text: string, extra = {}) =>
    words(text)
      .flatMap((s) => new PhraseMatcher([{ id: 'e', patterns, ...extra }]).match(s))
      .map((h) => text.slice(h.start, h.end))
  it('matches every inflection, case-insensitively', () => {
    expect(match(['attach portfolio'], 'I ATTACHED portfolios. Attaching portfolio.')).toEqual([
      'ATTACHED portfolios',
      'Attaching portfolio',
    ])
  })
  it('takes words in any script and rejects what is not a word', () => {
    expect(match(['=café|=naïve'], 'The café was busy.')).toEqual(['café'])
    expect(match(['=dziękuję'], 'Dziękuję bardzo.')).toEqual(['Dziękuję'])
    // The first word is checked when the matcher is made, the rest by `validate` (or on first use).
    expect(() => new PhraseMatcher([{ id: 'e', patterns: ['(thank) you'] }])).toThrow(/is not a word/)
    expect(() => new PhraseMatcher([{ id: 'e', patterns: ['thank (you)'] }]).validate()).toThrow(
      /is not a word/,
    )
    expect(() => new PhraseMatcher([{ id: 'e', patterns: ['thank you!'] }]).validate()).toThrow(
      /is not a word/,
    )
    expect(() =>
      new PhraseMatcher([{ id: 'e', patterns: ['thank you'], unless: ['no!'] }]).validate(),
    ).toThrow(/is not a word/)
  })
  it('supports exact words, alternatives, optional words, wildcards and gaps', () => {
    expect(match(['=ok'], 'ok oks')).toEqual(['ok'])
    expect(match(['see you monday|tomorrow'], 'See you tomorrow')).toEqual(['See you tomorrow'])
    expect(match(['my? first day'], 'first day, my first day')).toEqual(['first day', 'my first day'])
    expect(match(['please * attached'], 'please find attached')).toEqual(['please find attached'])
    expect(match(['need ... answer'], 'I need a quick firm answer')).toEqual(['need a quick firm answer'])
  })
  it('skips negated hits and hits with an `unless` phrase in the sentence', () => {
    expect(match(['need an answer'], "I don't need an answer today.", { negatable: true })).toEqual([])
    // A negation ends with its clause: a comma, a dash, or "but" / "so" starts a new one.
    expect(
      match(['need an answer'], 'No pressure, but I need an answer today.', { negatable: true }),
    ).toEqual(['need an answer'])
    expect(match(['need an answer'], 'Not a rush - I need an answer today.', { negatable: true })).toEqual([
      'need an answer',
    ])
    expect(match(['thank'], 'Selected or not, thank you.', { negatable: true })).toEqual(['thank'])
    expect(match(['thank'], 'Whether or not we meet, thank you.', { negatable: true })).toEqual(['thank'])
    expect(match(['thank'], 'I never got to thank you.', { negatable: true })).toEqual([])
    expect(match(['attach'], 'As you requested, I attached it.', { unless: ['as you requested'] })).toEqual(
      [],
    )
  })
  it('finds what matching each pattern on its own finds (random pattern sets and sentences)', () => {
    // The matcher indexes patterns by their first two words; the result must be the one of the plain
    // definition: at each word (after the last hit) the longest match, the earlier pattern on a tie
    // (patterns indexed by stem before those indexed by exact word), hits never overlapping.
    let seed = 7
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const vocab = [
      'i',
      'my',
      'first',
      'day',
      'see',
      'you',
      'need',
      'answer',
      'the',
      'team',
      'attach',
      'thank',
    ]
    const forms = [...vocab, 'days', 'attached', 'needs', 'thanks', 'seeing', 'teams']
    const token = (head: boolean, exact: boolean) => {
      const alts = Array.from({ length: 1 + rnd(2) }, () => `${exact ? '=' : ''}${vocab[rnd(vocab.length)]}`)
      const t = alts.join('|')
      if (head) return t
      const r = rnd(10)
      return r === 0 ? '...' : r === 1 ? '*' : r === 2 ? `${t}?` : t
    }
    for (let round = 0; round < 2000; round++) {
      const patterns = Array.from({ length: 1 + rnd(8) }, () => {
        const exact = rnd(2) === 0
        return [token(true, exact), ...Array.from({ length: rnd(3) }, () => token(false, rnd(3) === 0))].join(
          ' ',
        )
      })
      // Equally long matches: a pattern twice, or with an extra optional word.
      if (rnd(2) === 0) patterns.push(patterns[rnd(patterns.length)]!)
      const text = `${Array.from({ length: 3 + rnd(10) }, () => forms[rnd(forms.length)]).join(' ')}.`
      const sentence = words(text)[0]!
      const entries = patterns.map((p, k) => ({ id: `p${k}`, patterns: [p] }))
      const got = new PhraseMatcher(entries).match(sentence).map((h) => `${h.entry.id}@${h.start}-${h.end}`)
      const ws = sentence.words
      const want: string[] = []
      for (let i = 0; i < ws.length; i++) {
        let best: { k: number; len: number; key: number } | undefined
        patterns.forEach((p, k) => {
          const len = patternLengthAt(p, ws, i)
          const key = (p.startsWith('=') ? 1000 : 0) + k
          if (len > 0 && (!best || len > best.len || (len === best.len && key < best.key)))
            best = { k, len, key }
        })
        if (best) {
          want.push(`p${best.k}@${ws[i]!.start}-${ws[i + best.len - 1]!.end}`)
          i += best.len - 1
        }
      }
      expect(got, `${patterns.join(' / ')} on "${text}"`).toEqual(want)
    }
  })
  it('preloads the built-in tokens exactly as parsing them would compile them', () => {
    // The table is made at build time; reading it back must give each token's own stems and words.
    const TOKENS = builtinTokens()
    const raws = Object.keys(TOKENS.tokens)
    expect(raws.length).toBeGreaterThan(1000)
    for (const raw of raws) {
      const [type, optional, stems, exacts] = TOKENS.tokens[raw]!
      const parsed = parseToken(raw)
      expect(
        {
          type,
          optional: optional === 1,
          stems: stems.map((i) => TOKENS.vocabulary[i]),
          exacts: exacts.map((i) => TOKENS.vocabulary[i]),
        },
        raw,
      ).toEqual(parsed)
    }
  })
  it('maps a preloaded table onto words the vocabulary already holds', () => {
    // A table whose indices do not match this process's ids (its words interned in another order).
    preloadTokens({
      vocabulary: ['zqxwidget', 'zqxgadget', 'attach'],
      tokens: { 'zqxgadget|zqxwidget': [0, 0, [1, 0], []], attach: [0, 0, [2], []] },
    })
    expect(match(['zqxgadget|zqxwidget attach'], 'Two zqxwidgets attached.')).toEqual(['zqxwidgets attached'])
    expect(match(['zqxgadget|zqxwidget'], 'A zqxgadget.')).toEqual(['zqxgadget'])
  })
  it('normalises curly apostrophes', () => {
    expect(match(["i've attached"], 'I’ve attached it')).toEqual(['I’ve attached'])
  })
  it('lets config add patterns and remove entries or patterns', () => {
    const list = [
      { id: 'a', patterns: ['salary', 'wage'] },
      { id: 'b', patterns: ['bonus'] },
    ]
    expect(editPhraseList(list, { remove: ['b', 'wage'], add: ['stipend'] })).toEqual([
      { id: 'a', patterns: ['salary'] },
      { id: 'custom', patterns: ['stipend'] },
    ])
  })
})

describe('configuration', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'fl-config-'))
  it('finds the nearest config walking up, including package.json keys', () => {
    const root = dir()
    writeFileSync(join(root, 'package.json'), JSON.stringify({ 'followup-lint': { industry: 'tech' } }))
    expect(findConfigFile(join(root, 'a', 'b.md'))).toBe(join(root, 'package.json'))
    expect(loadConfigFile(join(root, 'package.json'))).toEqual({ industry: 'tech' })
  })
  it('names file, line and key for a bad value', () => {
    const root = dir()
    const file = join(root, '.followuplintrc.yaml')
    writeFileSync(file, 'industry: tech\ntimezone: Mars/Olympus\n')
    expect(() => loadConfigFile(file)).toThrow(ConfigError)
    expect(() => loadConfigFile(file)).toThrow(/\.followuplintrc\.yaml:2:\d+: "timezone": Unknown time zone/)
  })
  it('suggests the key meant for an unknown key', () => {
    const root = dir()
    const file = join(root, '.followuplintrc.json')
    writeFileSync(file, '{\n  "industy": "tech"\n}\n')
    expect(() => loadConfigFile(file)).toThrow(
      /:2:3: "industy": Unknown key "industy"; did you mean "industry"\?/,
    )
  })
  it('validates rule options against the rule’s schema', () => {
    const root = dir()
    const file = join(root, '.followuplintrc.json')
    writeFileSync(file, JSON.stringify({ rules: { 'no-salary-talk': ['warning', { amounts: 3 }] } }))
    expect(() => loadConfigFile(file)).toThrow(/rules\.no-salary-talk/)
  })
  it('applies phrase edits from config', () => {
    const text = 'Subject: x\n\nDear Sam,\n\nIs there a stipend? What is the salary?\n'
    const config = { phrases: { 'no-salary-talk': { add: ['stipend'], remove: ['salary'] } } }
    const hits = lint(text, { config })
      .messages.filter((m) => m.ruleId === 'no-salary-talk')
      .map((m) => text.slice(m.start, m.end))
    expect(hits).toEqual(['stipend'])
  })
})

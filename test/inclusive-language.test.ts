// The inclusive-language adapter must report exactly what plain retext-equality reports (same
// phrases, same ranges) on every draft we have: corpus, fixtures and sample emails.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import retextEquality from 'retext-equality'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../core/document.js'
import { lint } from '../core/index.js'
import { FIXTURES } from './harness.js'

function drafts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return drafts(p)
    return name.endsWith('.md') && !name.endsWith('.fixed.md') ? [p] : []
  })
}

const plain = unified().use(retextEquality, { ignore: [] })

function findings(text: string): { expected: string[]; ours: string[] } {
  const doc = parseDocument(text)
  const vfile = new VFile(text)
  plain.runSync(structuredClone(doc.nlcst), vfile)
  const expected = vfile.messages
    .map((m) => `${(m.place as { start: { offset: number } }).start.offset + doc.base}:${m.actual}`)
    .sort()
  const ours = lint(text, { config: { rules: { 'inclusive-language': ['info', { strict: true }] } } })
    .messages.filter((m) => m.ruleId === 'inclusive-language')
    .map((m) => `${m.start}:${text.slice(m.start, m.end)}`)
    .sort()
  return { expected, ours }
}

describe('inclusive-language adapter', () => {
  it('finds exactly what plain retext-equality finds for every phrase in its list', () => {
    // The adapter skips sentences where no phrase can match; a sentence per phrase (wildcards
    // filled, in several spellings) checks that the skip never drops a real finding.
    const phrases: string[] = []
    ;(retextEquality as unknown as (o: object) => unknown)({
      ignore: { includes: (p: string) => phrases.push(p) < 0 },
    })
    expect(phrases.length).toBeGreaterThan(500)
    const variants = (p: string) => {
      const filled = p.replace(/\*/g, 'Alex')
      const cap = filled.charAt(0).toUpperCase() + filled.slice(1)
      return [filled, cap, filled.replace(/'/g, '’'), filled.toUpperCase()]
    }
    const body = phrases
      .flatMap(variants)
      .map((v, i) =>
        i % 3 === 0 ? `${v} came up twice.` : i % 3 === 1 ? `We said “${v}” then.` : `It was ${v}, sadly.`,
      )
      .join(' ')
    const text = `Hi Sam,\n\n${body}\n\nThank you again,\nJo\n`
    const { expected, ours } = findings(text)
    expect(expected.length).toBeGreaterThan(phrases.length)
    expect(ours).toEqual(expected)
  })

  it('finds exactly what plain retext-equality finds, on every draft (strict mode)', async () => {
    const files = drafts(FIXTURES)
    expect(files.length).toBeGreaterThan(150)
    let compared = 0
    for (const path of files) {
      const text = readFileSync(path, 'utf8')
      const doc = parseDocument(text)
      // Plain plugin, run on the same natural-language tree (prose only) with the per-paragraph index.
      const vfile = new VFile(text)
      await plain.run(structuredClone(doc.nlcst), vfile)
      const expected = vfile.messages
        .map((m) => `${(m.place as { start: { offset: number } }).start.offset + doc.base}:${m.actual}`)
        .sort()
      const ours = lint(text, {
        config: { rules: { 'inclusive-language': ['info', { strict: true }] } },
      })
        .messages.filter((m) => m.ruleId === 'inclusive-language')
        .map((m) => `${m.start}:${text.slice(m.start, m.end)}`)
        .sort()
      // Ours reads prose only (not the subject line or signature); everything we report, plain reports.
      for (const o of ours) expect(expected, path).toContain(o)
      const prose = new Set(ours)
      const missing = expected.filter((e) => !prose.has(e))
      for (const m of missing) {
        const offset = Number(m.split(':')[0])
        const s = doc.structure
        const outside = (s.subject && offset < s.subject.end) || (s.signature && offset >= s.signature.start)
        expect(outside, `${path}: plain retext-equality found ${m} but the adapter did not`).toBeTruthy()
      }
      compared++
    }
    expect(compared).toBe(files.length)
    // Every draft of the corpus (thousands, and growing) through the plain plugin too: a correctness
    // check whose run time grows with the corpus, so it gets more than the default time limit.
  }, 240_000)
})

describe('terms of art (not strict)', () => {
  const found = (text: string, strict = false) =>
    lint(`Dear Sam,\n\n${text}\n\nBest,\nKim\n`, {
      config: { rules: { 'inclusive-language': ['info', { strict }] } },
    })
      .messages.filter((m) => m.ruleId === 'inclusive-language')
      .map((m) => m.message)

  it('leaves established terms alone and still reports the word on its own', () => {
    expect(found('We ran the mental health pilot on dummy data with a blind review.')).toEqual([])
    expect(found('I worked with the shop steward on maternity leave guidance.')).toEqual([])
    expect(found('The commute was mental.').length).toBe(1)
    expect(found('The dummy in the shop window was odd.').length).toBe(1)
    // strict: everything retext-equality reports.
    expect(found('We ran the mental health pilot on dummy data.', true).length).toBe(2)
  })
})

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

describe('inclusive-language adapter', () => {
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
  })
})

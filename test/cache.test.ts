// A LintCache (what the language server keeps per open draft) must never change a result: lint
// sequences of edited versions of the drafts with one cache and without, and compare everything.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Config, LintCache, lint } from '../core/index.js'
import { FIXTURES, NOW } from './harness.js'
import { prng } from './server-fuzz-lib.js'

function drafts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return drafts(p)
    return name.endsWith('.md') && !name.endsWith('.fixed.md') ? [p] : []
  })
}

// Edits that move sentences, change words the phrase lists know, and touch the frontmatter.
const INSERTS = [
  ' ',
  'x',
  '\n',
  '\n\n',
  'not ',
  'please respond ASAP. ',
  'Thank you. ',
  'salary ',
  ', and ',
  '.',
  '😀',
  '---\n',
  'kind: status-inquiry\n',
  'I have attached my CV. ',
  'Hey! ',
]

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1))
  const r = next()
  if (r < 0.45) return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at)
  if (r < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 12))
  // Move a chunk: the same sentences at new offsets.
  const len = Math.floor(next() * 80)
  const chunk = text.slice(at, at + len)
  const rest = text.slice(0, at) + text.slice(at + len)
  const to = Math.floor(next() * (rest.length + 1))
  return rest.slice(0, to) + chunk + rest.slice(to)
}

describe('LintCache', () => {
  it('gives the same results as linting without one, over edit sequences of the drafts', () => {
    // Every fixture, and every eighth email of the labelled corpus (which has grown past 2,500: all of
    // it would take minutes; the sample still holds every kind, voice and format).
    const files = drafts(FIXTURES).filter(
      (path, i) => !path.includes(join('fixtures', 'corpus')) || i % 8 === 0,
    )
    expect(files.length).toBeGreaterThan(400)
    let compared = 0
    files.forEach((path, n) => {
      const next = prng(n + 1)
      const cache = new LintCache()
      const configs: Config[] = [
        {},
        {
          rules: { 'no-pushy-tone': ['warning', { strict: true }] },
          phrases: { 'no-salary-talk': { add: ['pay grade'] } },
        },
      ]
      let text = readFileSync(path, 'utf8')
      for (let step = 0; step < 6; step++) {
        const config = configs[step % 2]!
        const cached = lint(text, { now: NOW, config, cache })
        const plain = lint(text, { now: NOW, config })
        expect(cached, `${path} after ${step} edits`).toEqual(plain)
        compared++
        text = edit(text, next)
      }
    })
    expect(compared).toBe(files.length * 6)
  }, 180_000)

  it('can be shared between drafts (the CLI keeps one per thread) without changing a result', () => {
    const shared = new LintCache()
    // Every fixture and every fourth corpus email: enough shared sentences to exercise the memo.
    const files = drafts(FIXTURES).filter(
      (path, i) => !path.includes(join('fixtures', 'corpus')) || i % 4 === 0,
    )
    for (const config of [{}, { rules: { 'inclusive-language': ['info', { strict: true }] } }] as Config[])
      for (const path of files) {
        const text = readFileSync(path, 'utf8')
        expect(lint(text, { now: NOW, config, cache: shared }), path).toEqual(
          lint(text, { now: NOW, config }),
        )
      }
  }, 180_000)
})

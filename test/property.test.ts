// Property tests over random hostile drafts (test/fuzz-lib.ts generates them: frontmatter, nested
// lists, code, HTML, quotes, emoji, CRLF, BOM, lone surrogates, very long lines). Seeded and bounded
// so `npm test` is repeatable; a failure prints the seed and the shrunk draft. Longer runs:
// `npm run fuzz`; replay a failure with FOLLOWUP_LINT_FUZZ_SEED=<seed>.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes, lint } from '../core/index.js'
import {
  checkApplyFixes,
  checkFixResult,
  draft,
  fuzzSeed,
  lintChecked,
  NOW,
  optionsFor,
  PROPERTIES,
  splitsPair,
} from './fuzz-lib.js'

const SEED = fuzzSeed(20261122)
const RUNS = Number(process.env.FOLLOWUP_LINT_FUZZ_RUNS ?? 100)

describe(`properties of lint over random drafts (seed ${SEED})`, () => {
  for (const { name, weight, assert } of PROPERTIES) {
    it(name, () => {
      // fast-check's error names the seed, the replay path and the shrunk counterexample.
      assert({ seed: SEED, numRuns: Math.ceil(RUNS * weight) })
    })
  }
})

describe('drafts fuzzing found (core fixes)', () => {
  const flagged = (text: string, ruleId: string) =>
    lintChecked(text, { now: NOW })
      .messages.filter((m) => m.ruleId === ruleId)
      .map((m) => text.slice(m.start, m.end))

  it('a wrapped list item: words after the continuation indent are found where they are', () => {
    const text = 'Dear Dana,\n\n- We discussed the plan and\n  the salary range was great guys.\n'
    expect(flagged(text, 'inclusive-language')).toEqual(['guys'])
    expect(flagged(text, 'no-salary-talk')).toEqual(['salary range'])
  })

  it('a lazy continuation line, a character reference and an escape before the words', () => {
    lintChecked('!- please reply as soon as possible.\n    - 👨‍👩‍👧.\n- please reply as soon as possible.', {
      now: NOW,
    })
    const text = '- &#128512; &amp; \\*hey\\* guys, reply as soon as possible.\n  - 👨‍👩‍👧 again.\n'
    expect(flagged(text, 'inclusive-language')).toEqual(['guys'])
  })

  it('two byte-order marks', () => {
    expect(flagged('\uFEFF\uFEFF👨‍👩‍👧.', 'no-familiar-tone')).toEqual(['👨‍👩‍👧'])
  })
})

describe('applyFixes', () => {
  const deletion = (id: string, ranges: Array<[number, number]>) => ({
    ruleId: id,
    messageId: 'm',
    severity: 'error' as const,
    message: '',
    start: ranges[0]![0],
    end: ranges.at(-1)![1],
    docsUrl: '',
    fix: { title: id, edits: ranges.map(([start, end]) => ({ start, end, text: '' })) },
  })

  it('composes overlapping single deletions', () => {
    const r = applyFixes('0123456789', [deletion('a', [[1, 4]]), deletion('b', [[3, 6]])])
    expect(r.output).toBe('06789')
    expect(r.fixed.map((m) => m.ruleId)).toEqual(['a', 'b'])
  })

  it('does not report a deletion as applied when a fix of several deletions covers part of it', () => {
    // "a" deletes 1 and 7, keeping 2–6; "b" deletes 3–4, inside that gap: it waits for the next pass.
    const messages = [
      deletion('a', [
        [1, 2],
        [7, 8],
      ]),
      deletion('b', [[3, 5]]),
    ]
    const r = applyFixes('0123456789', messages)
    expect(r.output).toBe('02345689')
    expect(r.fixed.map((m) => m.ruleId)).toEqual(['a'])
    expect(r.skipped.map((m) => m.ruleId)).toEqual(['b'])
    checkApplyFixes('0123456789', messages)
  })
})

describe('the invariant checks themselves can fail', () => {
  // Guards against properties that pass vacuously.
  it('detects an offset that splits a surrogate pair', () => {
    expect(splitsPair('a😀b', 2)).toBe(true)
    expect(splitsPair('a😀b', 1)).toBe(false)
    expect(splitsPair('a😀b', 3)).toBe(false)
    expect(splitsPair('\uDE00\uD83D', 1)).toBe(false)
  })

  it('accepts a correct fix and rejects a fix that touched text outside its range', () => {
    const text = 'Thank you for the tour of [Company Name].'
    const message = {
      ruleId: 'r',
      messageId: 'm',
      severity: 'error' as const,
      message: '',
      start: 26,
      end: 40,
      docsUrl: '',
      fix: { title: 'x', edits: [{ start: 26, end: 40, text: 'Acme' }] },
    }
    expect(checkApplyFixes(text, [message])).toBe('Thank you for the tour of Acme.')
    expect(applyFixes(text, [message]).output).toBe('Thank you for the tour of Acme.')
    const result = applyFixes(text, [message])
    expect(() => checkFixResult(text, [message], { ...result, output: `${result.output} ` })).toThrow(
      /outside the fixed ranges/,
    )
    expect(() => checkFixResult(text, [message], { ...result, fixed: [] })).toThrow(/lost fixes/)
  })

  it('reaches the fixes and suggestions (the generator is not too tame)', () => {
    const samples = fc.sample(draft, { seed: SEED, numRuns: 80 })
    const results = samples.map((d) => lint(d.text, optionsFor(d)).messages)
    expect(results.filter((ms) => ms.some((m) => m.fix)).length).toBeGreaterThan(3)
    expect(results.filter((ms) => ms.some((m) => m.suggestions?.length)).length).toBeGreaterThan(40)
  })
})

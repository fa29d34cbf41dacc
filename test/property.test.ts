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
  optionsFor,
  PROPERTIES,
  splitsPair,
} from './fuzz-lib.js'

const SEED = fuzzSeed(20261122)
const RUNS = Number(process.env.FOLLOWUP_LINT_FUZZ_RUNS ?? 60)

describe(`properties of lint over random drafts (seed ${SEED})`, () => {
  for (const { name, weight, assert } of PROPERTIES) {
    it(name, () => {
      // fast-check's error names the seed, the replay path and the shrunk counterexample.
      assert({ seed: SEED, numRuns: Math.ceil(RUNS * weight) })
    })
  }
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

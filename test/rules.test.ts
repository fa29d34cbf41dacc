// Every rule against its fixture folder: ok-*.md silent, not-ok-*.md flagged, caret snapshots beside
// each not-ok fixture, and for fixable rules the fixed text snapshotted and re-linted clean.
import { describe, expect, it } from 'vitest'
import { lint, rules } from '../core/index.js'
import { fixWith, lintFixture, render, ruleFixtures } from './harness.js'

for (const rule of rules()) {
  const { ok, notOk } = ruleFixtures(rule.id)
  describe(rule.id, () => {
    for (const f of ok) {
      it(`is silent on ${f.name}`, () => {
        const found = lintFixture(f).messages.filter((m) => m.ruleId === rule.id)
        expect(render(f.text, found)).toBe('\n')
      })
    }
    for (const f of notOk) {
      it(`flags ${f.name}`, async () => {
        const found = lintFixture(f).messages.filter((m) => m.ruleId === rule.id)
        expect(found.length).toBeGreaterThan(0)
        await expect(render(f.text, found)).toMatchFileSnapshot(f.path.replace(/\.md$/, '.snap'))
        if (rule.fix !== false && found.every((m) => m.fix || m.suggestions?.length)) {
          const fixed = fixWith(f.text, found)
          await expect(fixed).toMatchFileSnapshot(f.path.replace(/\.md$/, '.fixed.md'))
          const again = lint(fixed, f.options).messages.filter((m) => m.ruleId === rule.id)
          expect(render(fixed, again)).toBe('\n')
        }
      })
    }
  })
}

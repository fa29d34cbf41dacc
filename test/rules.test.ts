// Every rule against its fixture folder: ok-*.md silent, not-ok-*.md flagged, caret snapshots beside
// each not-ok fixture, and for fixable rules the fixed text snapshotted and re-linted clean.
// A suggestion whose snippet has tab stops (`${1:topic}`) needs the writer's input: its plain-text
// form is snapshotted but may leave the problem; every fixable rule still needs at least one fixture
// whose fixed output re-lints clean.
import { describe, expect, it } from 'vitest'
import { type LintMessage, lint, rules } from '../core/index.js'
import { fixWith, lintFixture, render, ruleFixtures } from './harness.js'

const needsInput = (m: LintMessage) =>
  !m.fix &&
  (m.suggestions?.[0]?.edits ?? []).some((e) => e.snippet !== undefined && /\$\{\d+:/.test(e.snippet))

for (const rule of rules()) {
  const { ok, notOk } = ruleFixtures(rule.id)
  describe(rule.id, () => {
    for (const f of ok) {
      it(`is silent on ${f.name}`, () => {
        const found = lintFixture(f).messages.filter((m) => m.ruleId === rule.id)
        expect(render(f.text, found)).toBe('\n')
      })
    }
    let cleanAfterFix = 0
    for (const f of notOk) {
      it(`flags ${f.name}`, async () => {
        const found = lintFixture(f).messages.filter((m) => m.ruleId === rule.id)
        expect(found.length).toBeGreaterThan(0)
        await expect(render(f.text, found)).toMatchFileSnapshot(f.path.replace(/\.md$/, '.snap'))
        if (rule.fix !== false && found.every((m) => m.fix || m.suggestions?.length)) {
          const fixed = fixWith(f.text, found)
          await expect(fixed).toMatchFileSnapshot(f.path.replace(/\.md$/, '.fixed.md'))
          const again = lint(fixed, f.options).messages.filter((m) => m.ruleId === rule.id)
          if (!found.some(needsInput)) expect(render(fixed, again)).toBe('\n')
          if (again.length === 0) cleanAfterFix++
        }
      })
    }
    if (rule.fix !== false) {
      it('has a not-ok fixture whose fixed output re-lints clean', () => {
        expect(cleanAfterFix).toBeGreaterThan(0)
      })
    }
  })
}

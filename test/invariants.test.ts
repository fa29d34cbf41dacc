// Invariants over every registered rule (style.md): doc page, fixtures, id = file name, messages
// declared and used, fix kinds honest, robust on hostile input, suppression comments honoured.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFixes, lint, rules } from '../core/index.js'
import { lintFixture, ROOT, ruleFixtures } from './harness.js'

const HEADINGS = [
  '## Why',
  '## What it flags',
  '## How to fix',
  '## Options',
  '## When to turn it off',
  '## Examples',
]

const words = 'Thank you for the conversation about the billing migration with Priya and the team. '.split(
  ' ',
)
const HOSTILE: Record<string, string> = {
  empty: '',
  whitespace: '  \n\n\t',
  'frontmatter only': '---\nkind: thank-you\nto: Dana\n---\n',
  'unclosed frontmatter': '---\nkind: [thank-you\n',
  crlf: 'Subject: Hi\r\n\r\nDear Dana,\r\n\r\nThank you for the interview about Kafka.\r\n\r\nBest regards,\r\nJo\r\n',
  bom: '\uFEFFSubject: Hi\n\nHey Dana, thx for the chat about salary!! 😀\n',
  emoji: '😀😀 Hey 😀 [Company Name] 👍🏽 salary 😀\n\n> quoted 😀 salary\n',
  'lone surrogate': 'Dear Dana,\n\nThank you \uD83D for the salary chat \uDE00 today.\n',
  'only code': '```\nsalary [Company Name]\n```\n',
  nested: '- a\n  - b [Company Name]\n    > c salary\n\n| a | b |\n|---|---|\n| salary | x |\n',
  '20k words': Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' '),
}

for (const rule of rules()) {
  describe(`invariants: ${rule.id}`, () => {
    const { ok, notOk } = ruleFixtures(rule.id)

    it('has a rule file named after its id, and a doc page with the fixed headings', () => {
      expect(existsSync(join(ROOT, 'rules', `${rule.id}.ts`))).toBe(true)
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      const doc = join(ROOT, 'rules', 'docs', `${rule.id}.md`)
      expect(existsSync(doc), `rules/docs/${rule.id}.md`).toBe(true)
      const text = readFileSync(doc, 'utf8')
      expect(text.startsWith(`# ${rule.id}`)).toBe(true)
      for (const h of HEADINGS) expect(text, `${rule.id} doc lacks "${h}"`).toContain(h)
    })

    it('has ok and not-ok fixtures', () => {
      expect(ok.length).toBeGreaterThan(0)
      expect(notOk.length).toBeGreaterThan(0)
    })

    it('declares metadata and uses every message it declares', () => {
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.rationale).toMatch(/seed|00\d|retext/i)
      const source = readFileSync(join(ROOT, 'rules', `${rule.id}.ts`), 'utf8')
      for (const id of Object.keys(rule.messages))
        expect(source, `message ${id} unused`).toMatch(new RegExp(`\\b${id}\\b`))
    })

    it('has an honest fix kind', () => {
      const found = notOk.flatMap((f) => lintFixture(f).messages.filter((m) => m.ruleId === rule.id))
      if (rule.fix === false) expect(found.some((m) => m.fix || m.suggestions)).toBe(false)
      if (rule.fix === 'safe') expect(found.some((m) => m.fix)).toBe(true)
      if (rule.fix === 'suggestion') {
        expect(found.some((m) => m.suggestions?.length)).toBe(true)
        expect(found.some((m) => m.fix)).toBe(false)
      }
    })

    it('is silenced by a disable comment and by disable-next-line', () => {
      for (const f of notOk) {
        const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(f.text)?.[0] ?? ''
        const head = f.text.startsWith('<!-- fixture') ? '' : fm
        const rest = f.text.slice(head.length)
        const disabled = `${head}<!-- followup-lint-disable ${rule.id} -->\n\n${rest}`
        const after = lint(disabled, f.options).messages.filter((m) => m.ruleId === rule.id)
        expect(after).toEqual([])
      }
    })

    it('applies its safe fixes idempotently', () => {
      for (const f of notOk) {
        let text = f.text
        for (let i = 0; i < 5; i++) {
          const r = lint(text, f.options)
          const out = applyFixes(
            text,
            r.messages.filter((m) => m.ruleId === rule.id),
          ).output
          if (out === text) break
          text = out
        }
        const left = lint(text, f.options).messages.filter((m) => m.ruleId === rule.id && m.fix)
        expect(left).toEqual([])
      }
    })
  })
}

describe('invariants: hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`never throws and keeps ranges inside the text: ${name}`, () => {
      const r = lint(text, { now: new Date('2026-11-22T12:00:00Z') })
      for (const m of r.messages) {
        expect(m.ruleId).not.toBe('internal-error')
        expect(m.start).toBeGreaterThanOrEqual(0)
        expect(m.end).toBeLessThanOrEqual(text.length)
        expect(m.start).toBeLessThanOrEqual(m.end)
        for (const e of [...(m.fix?.edits ?? []), ...(m.suggestions ?? []).flatMap((s) => s.edits)]) {
          expect(e.start).toBeGreaterThanOrEqual(0)
          expect(e.end).toBeLessThanOrEqual(text.length)
        }
      }
    })
  }
})

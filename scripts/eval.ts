// Score the rules on the labelled corpus (fixtures/corpus): per-rule precision, recall and F1 for the
// train and validation splits, and the false-alarm rate on good emails (any warning or error from a
// rule that reads the text; the timing rules, which read the clock, are off).
//   npm run eval              print the tables
//   npm run eval -- --write   also rewrite the results block in docs/evaluation.md
//   npm run eval -- --misses  list every false positive / false negative (train split only)
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lint, rules } from '../core/index.js'
import { ROOT } from '../test/harness.js'

interface Label {
  rules: string[]
  good: boolean
  kind?: string
}

const corpus = join(ROOT, 'fixtures', 'corpus')
const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Record<string, Label>
const NOW = new Date('2026-11-22T12:00:00Z')
// The timing rules judge the clock, not the text (a thank-you with an `interview:` date in March is
// late on the eval's date in November): they are tested in test/timing.test.ts, not scored here.
const CLOCK_RULES = ['send-window', 'follow-up-cadence']
const config = { rules: Object.fromEntries(CLOCK_RULES.map((id) => [id, 'off' as const])) }
const ids = rules()
  .map((r) => r.id)
  .filter((id) => !CLOCK_RULES.includes(id))
const showMisses = process.argv.includes('--misses')

type Split = 'train' | 'validation'
const stats: Record<Split, Record<string, { tp: number; fp: number; fn: number }>> = {
  train: {},
  validation: {},
}
const alarms: Record<Split, { good: number; flagged: number }> = {
  train: { good: 0, flagged: 0 },
  validation: { good: 0, flagged: 0 },
}
const misses: string[] = []

for (const [file, label] of Object.entries(labels)) {
  // train/, train2/ … are all training data; validation/ is the held-out split.
  const split: Split = file.startsWith('validation/') ? 'validation' : 'train'
  const text = readFileSync(join(corpus, file), 'utf8')
  const result = lint(text, { now: NOW, filePath: file, config })
  const fired = new Set(result.messages.map((m) => m.ruleId))
  for (const id of ids) {
    const s = stats[split][id] ?? { tp: 0, fp: 0, fn: 0 }
    stats[split][id] = s
    const expected = label.rules.includes(id)
    const got = fired.has(id)
    if (expected && got) s.tp++
    else if (got) s.fp++
    else if (expected) s.fn++
    if (showMisses && split === 'train' && expected !== got) {
      const first = result.messages.find((m) => m.ruleId === id)
      misses.push(
        `${got ? 'FP' : 'FN'} ${id.padEnd(27)} ${file}${first ? `  “${text.slice(first.start, first.end)}”` : ''}`,
      )
    }
  }
  if (label.good) {
    alarms[split].good++
    if (result.messages.some((m) => m.severity !== 'info')) alarms[split].flagged++
  }
}

const f = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(2))
function table(split: Split): string {
  const rows = [
    '| rule | positives | TP | FP | FN | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const id of ids) {
    const s = stats[split][id]!
    const positives = s.tp + s.fn
    if (positives === 0 && s.fp === 0) continue
    const p = s.tp / (s.tp + s.fp)
    const r = s.tp / positives
    rows.push(
      `| ${id} | ${positives} | ${s.tp} | ${s.fp} | ${s.fn} | ${f(p)} | ${f(r)} | ${f((2 * p * r) / (p + r))} |`,
    )
  }
  const a = alarms[split]
  rows.push(
    '',
    `False alarms on good emails (any warning or error): ${a.flagged}/${a.good} = ${f(a.flagged / a.good)}`,
  )
  return rows.join('\n')
}

const report = `### Validation split (held out)\n\n${table('validation')}\n\n### Train split\n\n${table('train')}\n`
process.stdout.write(`${report}\n`)
if (showMisses) process.stdout.write(`${misses.join('\n')}\n`)

if (process.argv.includes('--write')) {
  const path = join(ROOT, 'docs', 'evaluation.md')
  const doc = readFileSync(path, 'utf8')
  const start = doc.indexOf('<!-- eval:start -->')
  const end = doc.indexOf('<!-- eval:end -->')
  if (start < 0 || end < start) throw new Error('docs/evaluation.md lacks the eval markers')
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run eval\` on ${Object.keys(labels).length} emails.`
  writeFileSync(path, `${doc.slice(0, start)}<!-- eval:start -->\n${stamp}\n\n${report}${doc.slice(end)}`)
}

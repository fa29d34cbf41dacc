// Score the rules on the labelled corpus (fixtures/corpus): per-rule precision, recall and F1 for the
// train split and each held-out split (validation/, validation2/, both), and the false-alarm rate on
// good emails (any warning or error from a rule that reads the text; the timing rules, which read the
// clock, are off).
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

// Held out: every top-level directory named validation, validation2, validation3… — validation/
// (written with the corpus, before the rules were tuned), validation2/ and validation3/ (written
// later by people who had not seen the rules, never read by the team); `heldOut` is all of them.
const HELD_OUT = [
  ...new Set(
    Object.keys(labels)
      .map((file) => file.split('/')[0]!)
      .filter((dir) => /^validation\d*$/.test(dir)),
  ),
].sort()
type Split = string
const stats: Record<Split, Record<string, { tp: number; fp: number; fn: number }>> = {}
const alarms: Record<Split, { good: number; flagged: number }> = {}
const statsOf = (split: Split) => (stats[split] ??= {})
const alarmsOf = (split: Split) => (alarms[split] ??= { good: 0, flagged: 0 })
const misses: string[] = []

for (const [file, label] of Object.entries(labels)) {
  // train/, train2/ … are all training data; validation*/ are held out.
  const dir = file.split('/')[0]!
  const split: Split = HELD_OUT.includes(dir) ? dir : 'train'
  const splits: Split[] = split === 'train' ? ['train'] : [split, 'heldOut']
  const text = readFileSync(join(corpus, file), 'utf8')
  const result = lint(text, { now: NOW, filePath: file, config })
  const fired = new Set(result.messages.map((m) => m.ruleId))
  for (const id of ids) {
    const expected = label.rules.includes(id)
    const got = fired.has(id)
    for (const sp of splits) {
      const s = statsOf(sp)[id] ?? { tp: 0, fp: 0, fn: 0 }
      statsOf(sp)[id] = s
      if (expected && got) s.tp++
      else if (got) s.fp++
      else if (expected) s.fn++
    }
    if (showMisses && split === 'train' && expected !== got) {
      const first = result.messages.find((m) => m.ruleId === id)
      misses.push(
        `${got ? 'FP' : 'FN'} ${id.padEnd(27)} ${file}${first ? `  “${text.slice(first.start, first.end)}”` : ''}`,
      )
    }
  }
  if (label.good) {
    for (const sp of splits) {
      alarmsOf(sp).good++
      if (result.messages.some((m) => m.severity !== 'info')) alarmsOf(sp).flagged++
    }
  }
}

const f = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(2))
function table(split: Split): string {
  const rows = [
    '| rule | positives | TP | FP | FN | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const id of ids) {
    const s = statsOf(split)[id]
    if (!s) continue
    const positives = s.tp + s.fn
    if (positives === 0 && s.fp === 0) continue
    const p = s.tp / (s.tp + s.fp)
    const r = s.tp / positives
    rows.push(
      `| ${id} | ${positives} | ${s.tp} | ${s.fp} | ${s.fn} | ${f(p)} | ${f(r)} | ${f((2 * p * r) / (p + r))} |`,
    )
  }
  const a = alarmsOf(split)
  rows.push(
    '',
    `False alarms on good emails (any warning or error): ${a.flagged}/${a.good} = ${f(a.flagged / a.good)}`,
  )
  return rows.join('\n')
}

const count = (dir: string) => Object.keys(labels).filter((k) => k.startsWith(`${dir}/`)).length
const ABOUT: Record<string, string> = {
  validation: 'written with the corpus before tuning',
  validation2: 'written independently after tuning, never read',
  validation3: 'written independently by seven writers after tuning, never read',
  validation4: 'written independently by eight writers after tuning, never read',
  validation5:
    'written independently by five more writers after two more rounds of tuning (train24, train25), never read',
  validation6:
    'written independently by two more writers during the third round of tuning (train26), never read',
  validation7:
    'written independently by one more writer during the fourth round of tuning (train27), never read',
  validation8:
    'written independently by one more writer during the fifth round of tuning (train28), never read',
  validation9:
    'written independently by two more writers during the sixth round of tuning (train29), never read',
  validation10:
    'written independently by one more writer during the seventh round of tuning (train30), never read',
  validation11:
    'written independently by two more writers during the eighth round of tuning (train31), never read',
  validation12:
    'written independently by two more writers during the ninth round of tuning (train32), never read',
  validation13:
    'written independently by two more writers during the tenth round of tuning (train33), never read',
}
const heldOutCount = HELD_OUT.reduce((n, dir) => n + count(dir), 0)
const sections = HELD_OUT.map(
  (dir) => `### Held out: ${dir}/ (${count(dir)} emails, ${ABOUT[dir] ?? 'never read'})\n\n${table(dir)}`,
)
if (HELD_OUT.length > 1) sections.push(`### Held out, all (${heldOutCount} emails)\n\n${table('heldOut')}`)
sections.push(`### Train split (${Object.keys(labels).length - heldOutCount} emails)\n\n${table('train')}`)
const report = `${sections.join('\n\n')}\n`
process.stdout.write(`${report}\n`)
if (showMisses) process.stdout.write(`${misses.join('\n')}\n`)

/** The README's summary: every held-out set together, then each set's precision / recall. */
function readmeTable(): string {
  const pr = (split: Split, id: string) => {
    const s = statsOf(split)[id]
    if (!s || s.tp + s.fn === 0) return '—'
    return `${f(s.tp / (s.tp + s.fp))} / ${f(s.tp / (s.tp + s.fn))}`
  }
  const rows = [
    `| rule | held out: positives | precision | recall | meets the target | ${HELD_OUT.map((d) => `${d}/ P / R`).join(' | ')} |`,
    `|---|---:|---:|---:|---|${HELD_OUT.map(() => '---:|').join('')}`,
  ]
  for (const id of ids) {
    const all = statsOf('heldOut')[id]
    if (!all || all.tp + all.fn + all.fp === 0) continue
    const p = all.tp / (all.tp + all.fp)
    const r = all.tp / (all.tp + all.fn)
    // Three decimals on the pooled figures, so that 0.895 is not shown as a passing 0.90.
    const f3 = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(3))
    const meets = all.tp + all.fn < 5 ? '— (under 5 positives)' : p >= 0.9 && r >= 0.8 ? 'yes' : '**no**'
    rows.push(
      `| ${id} | ${all.tp + all.fn} | ${f3(p)} | ${f3(r)} | ${meets} | ${HELD_OUT.map((d) => pr(d, id)).join(' | ')} |`,
    )
  }
  const a = (s: Split) => `${alarmsOf(s).flagged} of ${alarmsOf(s).good}`
  rows.push(
    '',
    `False alarms (any warning or error) on good held-out emails: ${a('heldOut')} (${HELD_OUT.map((d) => `${d}/: ${a(d)}`).join(', ')}).`,
  )
  return rows.join('\n')
}

if (process.argv.includes('--write')) {
  const readmePath = join(ROOT, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const rs = readme.indexOf('<!-- eval:start -->')
  const re = readme.indexOf('<!-- eval:end -->')
  if (rs < 0 || re < rs) throw new Error('README.md lacks the eval markers')
  writeFileSync(
    readmePath,
    `${readme.slice(0, rs)}<!-- eval:start -->\n${readmeTable()}\n${readme.slice(re)}`,
  )
  const path = join(ROOT, 'docs', 'evaluation.md')
  const doc = readFileSync(path, 'utf8')
  const start = doc.indexOf('<!-- eval:start -->')
  const end = doc.indexOf('<!-- eval:end -->')
  if (start < 0 || end < start) throw new Error('docs/evaluation.md lacks the eval markers')
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run eval\` on ${Object.keys(labels).length} emails.`
  writeFileSync(path, `${doc.slice(0, start)}<!-- eval:start -->\n${stamp}\n\n${report}${doc.slice(end)}`)
}

// `npm run bench`: in-process, warm timings of lint() against the parse floors on the deterministic
// corpus, and CLI cold start. Prints a table and writes .cache/bench.json. Numbers are medians and
// p95 of many iterations in one run; compare ratios, not absolute times (these machines are noisy).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toNlcst } from 'mdast-util-to-nlcst'
import { ParseEnglish } from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { lint } from '../core/index.js'
import { ROOT } from '../test/harness.js'
import { email, SIZES, writeTemplateTree } from './bench-corpus.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const english = new ParseEnglish()
const floor = (t: string) => processor.parse(t)
const nlcstFloor = (t: string) => {
  const file = new VFile(t)
  return toNlcst(processor.parse(file), file, english)
}

function measure(fn: () => unknown, budgetMs: number): { median: number; p95: number; n: number } {
  for (let i = 0; i < 5; i++) fn()
  const times: number[] = []
  const end = performance.now() + budgetMs
  while (performance.now() < end || times.length < 10) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
    if (times.length >= 2000) break
  }
  times.sort((a, b) => a - b)
  return {
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.floor(times.length * 0.95)]!,
    n: times.length,
  }
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))
const rows: Array<Record<string, string | number>> = []
const now = new Date('2026-11-22T12:00:00Z')
console.log('| document | parse floor | + nlcst | followup-lint (median / p95) | × floor | per 1k words |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const words of SIZES) {
  const text = email(words, words)
  const budget = words >= 20000 ? 6000 : 2000
  const a = measure(() => floor(text), budget)
  const b = measure(() => nlcstFloor(text), budget)
  const c = measure(() => lint(text, { now }), budget)
  rows.push({ words, floor: a.median, nlcst: b.median, lint: c.median, lintP95: c.p95 })
  console.log(
    `| ${words} words | ${fmt(a.median)} ms | ${fmt(b.median)} ms | ${fmt(c.median)} / ${fmt(c.p95)} ms | ${(c.median / a.median).toFixed(1)}× | ${fmt((c.median / words) * 1000)} ms |`,
  )
}

// CLI cold start: one small file, and bare node, best of several runs.
const dir = mkdtempSync(join(tmpdir(), 'fl-bench-'))
writeFileSync(join(dir, 'one.md'), email(150, 1))
const cold = (args: string[]) => {
  const times: number[] = []
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now()
    try {
      execFileSync(process.execPath, args, { cwd: dir, stdio: 'ignore' })
    } catch {}
    times.push(performance.now() - t0)
  }
  return times.sort((x, y) => x - y)[3]!
}
const bare = cold(['-e', '0'])
const cli = cold([join(ROOT, 'bin', 'followup-lint.js'), 'one.md'])
const tree = join(dir, 'templates')
writeTemplateTree(tree, 2000)
const t0 = performance.now()
try {
  execFileSync(process.execPath, [join(ROOT, 'bin', 'followup-lint.js'), '--format', 'json', tree], {
    stdio: 'ignore',
  })
} catch {}
const treeMs = performance.now() - t0
console.log(`\nCLI cold, one 150-word file: ${fmt(cli)} ms (bare node ${fmt(bare)} ms)`)
console.log(`CLI, 2,000 template files: ${fmt(treeMs)} ms`)
mkdirSync(join(ROOT, '.cache'), { recursive: true })
writeFileSync(
  join(ROOT, '.cache', 'bench.json'),
  JSON.stringify({ date: new Date().toISOString(), rows, cli, bare, treeMs }, null, 2),
)

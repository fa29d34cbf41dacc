// `npm run bench`: followup-lint against the parse floors and its peers (alex, harper.js), each in
// its own process, on the deterministic corpus (scripts/bench-corpus.ts); CLI cold start and a tree
// of 2,000 templates against alex's CLI and bare node; the language server (scripts/bench-server.ts)
// when it is built. Prints tables with ratios to the parse floor of the same run, and writes
// .cache/bench.json. Options: --quick (skip peers' 2,000-file run), --no-server.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../test/harness.js'
import { email, SIZES, writeTemplateTree } from './bench-corpus.js'

const quick = process.argv.includes('--quick')
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))

type Sizes = Record<number, { median: number; p95: number; n: number }>
const inProcess: Record<string, Sizes> = {}
for (const name of ['floor', 'nlcst', 'followup-lint', 'alex', 'harper']) {
  process.stderr.write(`measuring ${name}…\n`)
  const out = execFileSync(tsx, [join(ROOT, 'scripts', 'bench-one.ts'), name], {
    encoding: 'utf8',
    maxBuffer: 1e7,
  })
  inProcess[name] = (JSON.parse(out.trim().split('\n').pop()!) as { sizes: Sizes }).sizes
}
const floor = inProcess.floor!
console.log('\n### In-process, warm (median ms; ratio to the remark-parse + remark-frontmatter floor)\n')
console.log(`| tool | ${SIZES.map((s) => `${s} words`).join(' | ')} |`)
console.log(`|---|${SIZES.map(() => '---:').join('|')}|`)
for (const [name, sizes] of Object.entries(inProcess)) {
  const cells = SIZES.map(
    (s) => `${fmt(sizes[s]!.median)} (${(sizes[s]!.median / floor[s]!.median).toFixed(1)}×)`,
  )
  console.log(`| ${name} | ${cells.join(' | ')} |`)
}
const ours = inProcess['followup-lint']!
console.log(`\nfollowup-lint p95: ${SIZES.map((s) => `${s} words ${fmt(ours[s]!.p95)} ms`).join(', ')}`)
const perWord = (s: number) => ours[s]!.median / s
console.log(
  `Scaling: ${fmt(perWord(2000) * 1000)} ms per 1,000 words at 2,000 words, ${fmt(perWord(20000) * 1000)} at 20,000 (ratio ${(perWord(20000) / perWord(2000)).toFixed(2)}; 1.00 = linear)`,
)

// Cold starts: whole-process runs (see coldAll).
const dir = mkdtempSync(join(tmpdir(), 'fl-bench-'))
writeFileSync(join(dir, 'one.md'), email(150, 1))
writeFileSync(
  join(dir, 'floor.mjs'),
  `import { readFileSync } from 'node:fs'\nimport { unified } from '${join(ROOT, 'node_modules/unified/index.js')}'\nimport remarkParse from '${join(ROOT, 'node_modules/remark-parse/index.js')}'\nimport remarkFrontmatter from '${join(ROOT, 'node_modules/remark-frontmatter/index.js')}'\nunified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(readFileSync(process.argv[2], 'utf8'))\n`,
)
type Cold = { ms: number; rssKb: number }
/**
 * Whole-process runs, timed with a millisecond clock around the spawn (GNU time only reports the
 * peak RSS: its own clock has 10 ms steps). The commands take turns, round after round, so a noisy
 * moment hits them all alike; the median of 11 rounds is kept for each.
 */
function coldAll(commands: Array<[string, string[]]>): Cold[] {
  const runs: Cold[][] = commands.map(() => [])
  for (let round = 0; round < 11; round++) {
    commands.forEach(([cmd, args], i) => {
      const t0 = performance.now()
      const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: dir, encoding: 'utf8' })
      const ms = performance.now() - t0
      runs[i]!.push({ ms, rssKb: Number(r.stderr.trim().split('\n').pop() ?? 0) })
    })
  }
  return runs.map((r) => [...r].sort((a, b) => a.ms - b.ms)[5]!)
}
const node = process.execPath
const [bare, floorCold, cli, alexCli] = coldAll([
  [node, ['-e', '0']],
  [node, [join(dir, 'floor.mjs'), 'one.md']],
  [node, [join(ROOT, 'bin', 'followup-lint.js'), 'one.md']],
  [node, [join(ROOT, 'node_modules', 'alex', 'cli.js'), 'one.md']],
]) as [Cold, Cold, Cold, Cold]
console.log('\n### CLI, whole process (median of 11 interleaved runs)\n')
console.log('| run | time | peak RSS |\n|---|---:|---:|')
for (const [name, r] of [
  ['node -e 0', bare],
  ['parse floor (remark + frontmatter)', floorCold],
  ['followup-lint, one 150-word file', cli],
  ['alex, same file', alexCli],
] as const) {
  console.log(
    `| ${name} | ${fmt(r.ms)} ms${name.startsWith('followup') ? ` (${(r.ms / floorCold.ms).toFixed(2)}× floor)` : ''} | ${fmt(r.rssKb / 1024)} MB |`,
  )
}

const tree = join(dir, 'templates')
writeTemplateTree(tree, 2000)
function timed(cmd: string, args: string[]): { ms: number; rssKb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1e9,
  })
  const [secs, kb] = (r.stderr.trim().split('\n').pop() ?? '0 0').split(' ').map(Number)
  return { ms: (secs ?? 0) * 1000, rssKb: kb ?? 0 }
}
// Ours is the median of three runs (one run moves by 20-40% on this machine); alex's takes ~25 s, once.
const treeOurs = [0, 1, 2]
  .map(() => timed(node, [join(ROOT, 'bin', 'followup-lint.js'), '--format', 'json', 'templates']))
  .sort((a, b) => a.ms - b.ms)[1]!
const treeAlex = quick ? undefined : timed(node, [join(ROOT, 'node_modules', 'alex', 'cli.js'), 'templates'])
console.log(`| followup-lint, 2,000 templates | ${fmt(treeOurs.ms)} ms | ${fmt(treeOurs.rssKb / 1024)} MB |`)
if (treeAlex)
  console.log(`| alex, 2,000 templates | ${fmt(treeAlex.ms)} ms | ${fmt(treeAlex.rssKb / 1024)} MB |`)

let server: unknown
if (!process.argv.includes('--no-server') && existsSync(join(ROOT, 'scripts', 'bench-server.ts'))) {
  process.stderr.write('measuring the language server…\n')
  const r = spawnSync(tsx, [join(ROOT, 'scripts', 'bench-server.ts')], { encoding: 'utf8', maxBuffer: 1e8 })
  console.log(`\n### Language server\n\n${r.stdout.trim()}`)
  server = r.stdout.trim()
}

// The budget of the performance issue, judged on this run's numbers.
const serverJson = join(ROOT, '.cache', 'bench-server.json')
const srv =
  server && existsSync(serverJson)
    ? (JSON.parse(readFileSync(serverJson, 'utf8')) as {
        small: { p95: number }
        memory: { rssAfterMiB: number }
      })
    : undefined
const alex = inProcess.alex!
const rows: Array<[string, string, string, boolean | undefined]> = [
  [
    '150-word email, all rules',
    '≤ 3 ms and ≤ 1/3 of alex',
    `${fmt(ours[150]!.median)} ms, ${(ours[150]!.median / alex[150]!.median).toFixed(2)}× alex`,
    ours[150]!.median <= 3 && ours[150]!.median <= alex[150]!.median / 3,
  ],
  ['20,000-word draft, all rules', '≤ 300 ms', `${fmt(ours[20000]!.median)} ms`, ours[20000]!.median <= 300],
  [
    'LSP edit → diagnostics, 400 words',
    'p95 ≤ 15 ms',
    srv ? `${fmt(srv.small.p95)} ms` : 'not run',
    srv ? srv.small.p95 <= 15 : undefined,
  ],
  [
    'CLI cold, one file',
    '≤ 1.5× parse floor',
    `${(cli.ms / floorCold.ms).toFixed(2)}×`,
    cli.ms / floorCold.ms <= 1.5,
  ],
  ['CLI, 2,000 templates', '≤ 4 s', `${fmt(treeOurs.ms / 1000)} s`, treeOurs.ms <= 4000],
  [
    'server RSS after 10,000 edits',
    '≤ 120 MB',
    srv
      ? `${fmt(srv.memory.rssAfterMiB)} MiB (${fmt((srv.memory.rssAfterMiB * 2 ** 20) / 1e6)} MB)`
      : 'not run',
    srv ? (srv.memory.rssAfterMiB * 2 ** 20) / 1e6 <= 120 : undefined,
  ],
]
console.log('\n### Against the budget\n\n| measure | budget | this run | holds? |\n|---|---|---|---|')
for (const [m, b, v, ok] of rows)
  console.log(`| ${m} | ${b} | ${v} | ${ok === undefined ? '—' : ok ? 'yes' : 'no'} |`)

mkdirSync(join(ROOT, '.cache'), { recursive: true })
writeFileSync(
  join(ROOT, '.cache', 'bench.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      inProcess,
      cold: { bare, floorCold, cli, alexCli },
      tree: { treeOurs, treeAlex },
      server,
      budget: rows.map(([measure, budget, value, holds]) => ({ measure, budget, value, holds })),
    },
    null,
    2,
  ),
)

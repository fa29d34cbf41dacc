// ReDoS: every regular expression in core/, rules/ and cli/ — found by scanning the sources for
// regex literals and RegExp constructions — is checked for super-linear backtracking with recheck
// (automaton proof where it can, fuzzing where it cannot; a fuzzing verdict is confirmed by timing
// its own attack string at two sizes). Rules hold no regular expressions built from data: the phrase
// lists (rules/data) compile to token matchers, and a RegExp built at run time fails this test.
// Then a pathological 1 MB line must lint in linear time relative to a 100 KB one (a ratio, never an
// absolute time). Safe verdicts are cached in .cache/ per recheck version, so only changed
// expressions are re-checked locally; CI checks them all.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type AttackPattern, check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from './harness.js'

const DIRS = ['core', 'rules', 'cli']

interface Found {
  file: string
  line: number
  source: string
  flags: string
}

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path))
    else if (/\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts')) out.push(path)
  }
  return out.sort()
}

/** Regex literals, and RegExp constructions (whose pattern must be a string literal). */
function scan(): { regexes: Found[]; dynamic: string[] } {
  const regexes: Found[] = []
  const dynamic: string[] = []
  for (const path of DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const file = relative(ROOT, path)
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf)
        const slash = text.lastIndexOf('/')
        regexes.push({ file, line: lineOf(node), source: text.slice(1, slash), flags: text.slice(slash + 1) })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags)))
          regexes.push({ file, line: lineOf(node), source: pattern.text, flags: flags?.text ?? '' })
        else dynamic.push(`${file}:${lineOf(node)}: ${node.getText(sf).slice(0, 80)}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return { regexes, dynamic }
}

/**
 * Reviewed exceptions: super-linear in theory, but only ever applied to short strings this code
 * formats itself. An entry whose expression is gone fails the test, so the list cannot go stale.
 */
const BOUNDED: Array<{ file: string; source: string; why: string }> = [
  ...[' \\([^)]*\\)$', '\\(([^)]*)\\)$', ' \\d\\d:\\d\\d \\(.*$'].map((source) => ({
    file: 'rules/send-window.ts',
    source,
    why: 'applied to times core/timing.ts formats ("Tue 24 Nov 09:00 (America/New_York)")',
  })),
  ...[' \\(.*$', '^.* (\\d\\d:\\d\\d) \\(.*$'].map((source) => ({
    file: 'cli/plan.ts',
    source,
    why: 'applied to times core/timing.ts formats ("Tue 24 Nov 09:00 (America/New_York)")',
  })),
]

// ---------------------------------------------------------------------------------------------
// Verdicts, cached

const require = createRequire(import.meta.url)
const RECHECK_VERSION = (require('recheck/package.json') as { version: string }).version
const CACHE = join(ROOT, '.cache', 'redos-verdicts.json')
const cache: Record<string, string> = existsSync(CACHE)
  ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string>)
  : {}
const keyOf = (r: { source: string; flags: string }) => `${RECHECK_VERSION} /${r.source}/${r.flags}`
function remember(r: { source: string; flags: string }, verdict: string): void {
  cache[keyOf(r)] = verdict
  mkdirSync(join(ROOT, '.cache'), { recursive: true })
  writeFileSync(CACHE, `${JSON.stringify(cache, null, 1)}\n`)
}

/** Time `re` on its attack string with `n` pumps (best of three, ms). */
function attackTime(re: RegExp, attack: AttackPattern, n: number): number {
  const input = attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  let best = Number.POSITIVE_INFINITY
  for (let k = 0; k < 3; k++) {
    const t = performance.now()
    input.replace(global, '')
    best = Math.min(best, performance.now() - t)
  }
  return best
}

/**
 * A fuzzing verdict is a guess from timings inside recheck: replay its attack at n and 2n pumps
 * (n grown until the run is long enough to time). Linear doubles; quadratic quadruples.
 */
function confirmed(r: { source: string; flags: string }, attack: AttackPattern): string | undefined {
  const re = new RegExp(r.source, r.flags)
  let n = 50
  let t = attackTime(re, attack, n)
  while (t < 20 && n < 200_000 && t < 2_000) {
    n *= 2
    t = attackTime(re, attack, n)
  }
  const t2 = attackTime(re, attack, 2 * n)
  const ratio = t2 / Math.max(t, 0.001)
  return ratio > 3
    ? `doubling the attack (${n} → ${2 * n} pumps) took ${ratio.toFixed(1)}× as long`
    : undefined
}

async function verdict(r: Found): Promise<string | undefined> {
  if (cache[keyOf(r)] === 'safe') return undefined
  let d = await check(r.source, r.flags, { timeout: 20_000 })
  if (d.status === 'unknown') d = await check(r.source, r.flags, { timeout: 90_000 })
  if (d.status === 'safe') {
    remember(r, 'safe')
    return undefined
  }
  if (d.status === 'unknown') return `could not be checked (${d.error?.kind ?? 'unknown'}); simplify it`
  const complexity = d.complexity
  const attack = d.attack
  const summary = `${complexity.summary}; attack: ${attack.pattern}`
  if (complexity.type === 'polynomial' && complexity.isFuzz) {
    const slower = confirmed(r, attack)
    if (!slower) {
      remember(r, 'safe') // recheck's fuzzing guess did not reproduce: linear in practice
      return undefined
    }
    return `${summary} (${slower})`
  }
  return summary
}

const { regexes, dynamic } = scan()

describe('regular expressions in core/, rules/ and cli/', () => {
  it('are found (the scan works)', () => {
    expect(regexes.length).toBeGreaterThan(50)
    expect(regexes.some((r) => r.file === 'core/document.ts')).toBe(true)
  })

  it('are never built at run time (data is never compiled to a RegExp)', () => {
    expect(dynamic).toEqual([])
  })

  it('the checker flags a known-vulnerable expression (it can fail)', async () => {
    expect((await check('^(a|a)*$', '')).status).toBe('vulnerable')
    expect(await verdict({ file: 'x', line: 1, source: '\\s*\\n\\s*', flags: 'g' })).toMatch(
      /2nd degree polynomial/,
    )
  }, 120_000)

  it('every reviewed exception still exists', () => {
    for (const b of BOUNDED)
      expect(
        regexes.some((r) => r.file === b.file && r.source === b.source),
        `${b.file} /${b.source}/`,
      ).toBe(true)
  })

  const seen = new Set<string>()
  for (const r of regexes) {
    const id = `${r.file} /${r.source}/${r.flags}`
    if (seen.has(id)) continue
    seen.add(id)
    const bounded = BOUNDED.find((b) => b.file === r.file && b.source === r.source)
    it(`${r.file}:${r.line} /${r.source.length > 70 ? `${r.source.slice(0, 70)}…` : r.source}/${r.flags}`, async () => {
      const problem = await verdict(r)
      if (problem && bounded) return // reviewed: see BOUNDED
      expect(problem, `${r.file}:${r.line} /${r.source}/${r.flags} backtracks super-linearly`).toBeUndefined()
    }, 240_000)
  }
})

// ---------------------------------------------------------------------------------------------
// A pathological 1 MB line, linted in a child process (the built core) so a super-linear run can
// be stopped: each size may take at most RATIO × the previous size's time.

const RATIO = 20

/**
 * One line holding long runs of what the expressions above find hardest, each built from few
 * tokens so the whole 1 MB lints in seconds when everything is linear.
 */
const LINE = `(n) => {
  const fill = (unit, len) => unit.repeat(Math.ceil(len / unit.length)).slice(0, len)
  const parts = [
    (k) => fill(' \\t', k) + 'x',               // whitespace run (greeting and message clean-up)
    (k) => fill('a', k) + '@',                    // an address that never gets its domain
    (k) => ' ' + fill('a.', k) + '@ ',            // the same, dotted
    (k) => '{{' + fill(' \\t', k) + '{',         // a placeholder that never closes
    (k) => ' http://' + fill('a/', k) + ' ',      // one endless URL
    (k) => fill('-–—', k),                        // dashes
    (k) => fill('!', k - 1) + 'x!',               // punctuation run before the line's end
  ]
  const head = 'Dear Dana'
  const k = Math.floor((n - head.length - 20) / parts.length)
  return (head + parts.map((p) => p(k)).join('')).slice(0, n)
}`

/** The parser's own hard cases (micromark): unclosed inline comments, unmatched emphasis. */
// micromark is quadratic on these; core/document-text.ts (`defuse`) defuses such lines before parsing.
const PARSER_LINES = [
  `(n) => 'Thank you ' + '<!--*a'.repeat(Math.floor(n / 6))`,
  `(n) => 'Thank you ' + '<!--a'.repeat(Math.floor(n / 5))`,
  `(n) => 'Thank you ' + '*a'.repeat(Math.floor(n / 2))`,
  `(n) => 'Thank you ' + '_a'.repeat(Math.floor(n / 2))`,
]

interface Timing {
  size: number
  ms: number
}

/** Lint `make(size)` for each size in a child; stop when one exceeds RATIO × the previous one. */
function timeLint(make: string, sizes: number[]): Promise<{ timings: Timing[]; stopped?: string }> {
  const core = pathToFileURL(join(ROOT, 'dist', 'core', 'index.js')).href
  const program = `
    const { lint } = await import(${JSON.stringify(core)})
    const make = ${make}
    const now = new Date('2026-11-22T12:00:00Z')
    lint('Dear Dana,\\n\\nThank you for the chat about Kafka.\\n'.repeat(300), { now }) // warm up: lazy indexes, JIT
    for (const size of ${JSON.stringify(sizes)}) {
      const text = make(size)
      const t = performance.now()
      lint(text, { now })
      console.log(JSON.stringify({ size, ms: performance.now() - t }))
    }`
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', program], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const timings: Timing[] = []
    let stopped: string | undefined
    let stderr = ''
    let buffer = ''
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      clearTimeout(timer)
      const last = timings.at(-1)
      if (!last) return // warm-up and the first size: no reference yet (the test's timeout guards)
      const budget = RATIO * last.ms + 1000
      timer = setTimeout(() => {
        stopped = `linting ${sizes[timings.length]} characters took over ${RATIO}× the ${last.size}-character time (${last.ms.toFixed(0)} ms); stopped after ${(budget / 1000).toFixed(1)} s`
        child.kill('SIGKILL')
      }, budget)
    }
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString()
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        timings.push(JSON.parse(buffer.slice(0, i)) as Timing)
        buffer = buffer.slice(i + 1)
        arm()
      }
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (stopped || code === 0) resolve({ timings, ...(stopped ? { stopped } : {}) })
      else reject(new Error(`the timing child failed (${code}):\n${stderr}`))
    })
  })
}

describe('a pathological 1 MB line', () => {
  it('the line is one line of 1 MB', () => {
    const make = new Function(`return ${LINE}`)() as (n: number) => string
    const line = make(1_000_000)
    expect(line.length).toBeGreaterThan(999_900)
    expect(line.length).toBeLessThanOrEqual(1_000_000)
    expect(line.endsWith('x!')).toBe(true)
    expect(line).not.toMatch(/[\r\n]/)
  })

  it(`lints in linear time: 1 MB takes under ${RATIO}× the time of 100 KB`, async () => {
    if (!existsSync(join(ROOT, 'dist', 'core', 'index.js'))) throw new Error('Run `npm run build` first')
    const { timings, stopped } = await timeLint(LINE, [10_000, 100_000, 1_000_000])
    expect(stopped).toBeUndefined()
    const [small, large] = [timings[1]!, timings[2]!]
    expect(large.ms / small.ms, JSON.stringify(timings)).toBeLessThan(RATIO)
  }, 600_000)

  // micromark (the Markdown parser under remark-parse) is quadratic on these upstream (50,000
  // characters took 5-10 s); the document model defuses such lines before parsing.
  it.each(PARSER_LINES)(
    'parser hard case in linear time: %s',
    async (line) => {
      const { timings, stopped } = await timeLint(line, [5_000, 50_000])
      expect(stopped).toBeUndefined()
      expect(timings[1]!.ms / timings[0]!.ms, JSON.stringify(timings)).toBeLessThan(RATIO)
    },
    600_000,
  )
})

describe('defused long lines', () => {
  it('keep every offset: findings after such a line point at the right words', async () => {
    const { lint } = await import('../core/index.js')
    const noise = `Log: ${'<!--*a_'.repeat(600)}`
    const text = `Hi Dana,\n\n${noise}\n\nThank you for the interview. What is the salary range for the role?\n\nBest regards,\nSam\n`
    const salary = lint(text).messages.filter((m) => m.ruleId === 'no-salary-talk')
    expect(salary.length).toBeGreaterThan(0)
    for (const m of salary) expect(text.slice(m.start, m.end).toLowerCase()).toContain('salary')
  })
})

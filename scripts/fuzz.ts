// Longer fuzzing than `npm test` does: the lint properties of test/fuzz-lib.ts with many more runs,
// then the language server under many more edits (test/server-fuzz-lib.ts).
//
//   npm run fuzz                                   a fresh random seed, 1000 base runs, 100,000 edits
//   npm run fuzz -- --seed 42 --runs 5000          replay or extend
//   npm run fuzz -- --only properties|server --edits 20000
//
// A failure prints the seed, fast-check's shrunk counterexample and the command that replays it,
// and exits 1.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PROPERTIES } from '../test/fuzz-lib.js'
import { runServerFuzz } from '../test/server-fuzz-lib.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(ROOT, 'bin', 'followup-lint-language-server.js')

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    runs: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '100000' },
    documents: { type: 'string', default: '6' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  process.stdout.write(
    'Usage: npm run fuzz -- [--seed N] [--runs N] [--edits N] [--documents N] [--only properties|server]\n',
  )
  process.exit(0)
}

const int = (name: string, raw: string | undefined): number => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name} takes a whole number, not "${raw}"\n`)
    process.exit(2)
  }
  return n
}
const seed = values.seed !== undefined ? int('seed', values.seed) : Date.now() % 2 ** 31
const runs = int('runs', values.runs)
const edits = int('edits', values.edits)
const documents = Math.max(1, int('documents', values.documents))
const only = values.only
if (only !== undefined && only !== 'properties' && only !== 'server') {
  process.stderr.write(`--only takes "properties" or "server", not "${only}"\n`)
  process.exit(2)
}

const replay = (what: string) =>
  `npm run fuzz -- --seed ${seed} --only ${what}${what === 'server' ? ` --edits ${edits} --documents ${documents}` : ` --runs ${runs}`}`

process.stdout.write(`followup-lint fuzz: seed ${seed}\n`)
let failed = false

if (only !== 'server') {
  for (const { name, weight, assert } of PROPERTIES) {
    const numRuns = Math.ceil(runs * weight)
    const started = Date.now()
    process.stdout.write(`• ${name} (${numRuns} runs)… `)
    try {
      assert({ seed, numRuns })
      process.stdout.write(`ok in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    } catch (error) {
      failed = true
      // fast-check's message carries the seed, the replay path and the shrunk counterexample.
      const cause = (error as Error).cause
      const why = cause instanceof Error ? `\nCaused by: ${cause.message}\n` : ''
      process.stdout.write(
        `FAILED\n\n${(error as Error).message}\n${why}\nReplay: ${replay('properties')}\n\n`,
      )
    }
  }
}

if (only !== 'properties') {
  if (!existsSync(join(ROOT, 'dist', 'server', 'main.js')) || !existsSync(BIN)) {
    process.stdout.write('• language server: skipped (build it first: npm run build)\n')
  } else {
    const started = Date.now()
    process.stdout.write(`• language server: ${edits} edits across ${documents} drafts…\n`)
    try {
      const report = await runServerFuzz({
        bin: BIN,
        seed,
        edits,
        documents,
        log: (line) => process.stdout.write(`${line}\n`),
      })
      process.stdout.write(
        `  ok in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.publications} publications, ` +
          `${report.codeActions} code actions (${report.appliedActions} applied), ${report.configChanges} configuration changes\n`,
      )
    } catch (error) {
      failed = true
      process.stdout.write(
        `  FAILED (seed ${seed})\n\n${(error as Error).message}\n\nReplay: ${replay('server')}\n`,
      )
    }
  }
}

process.exit(failed ? 1 : 0)

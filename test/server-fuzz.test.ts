// The real language server under 10,000 random incremental edits (test/server-fuzz-lib.ts): it never
// exits, never publishes a range outside the document, and ends agreeing with a fresh lint().
// Seeded (FOLLOWUP_LINT_FUZZ_SEED replays a failure); `npm run fuzz` runs longer.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fuzzSeed } from './fuzz-lib.js'
import { ROOT } from './harness.js'
import { runServerFuzz } from './server-fuzz-lib.js'

const BIN = join(ROOT, 'bin', 'followup-lint-language-server.js')
const SEED = fuzzSeed(8)
const EDITS = Number(process.env.FOLLOWUP_LINT_FUZZ_EDITS ?? 10_000)

const present = existsSync(BIN)

describe.skipIf(!present)(
  present
    ? 'language server fuzzing'
    : 'language server fuzzing (skipped: bin/followup-lint-language-server.js is absent)',
  () => {
    it(`survives ${EDITS} random edits across several drafts and ends equal to lint() (seed ${SEED})`, async () => {
      if (!existsSync(join(ROOT, 'dist', 'server', 'main.js')))
        throw new Error('Run `npm run build` before the server tests')
      try {
        const report = await runServerFuzz({ bin: BIN, seed: SEED, edits: EDITS, documents: 4 })
        expect(report.edits).toBeGreaterThanOrEqual(EDITS)
        expect(report.codeActions).toBeGreaterThan(50)
        expect(report.configChanges).toBeGreaterThan(10)
        expect(report.publications).toBeGreaterThan(50)
      } catch (error) {
        throw new Error(
          `Server fuzzing failed with seed ${SEED} (replay: FOLLOWUP_LINT_FUZZ_SEED=${SEED} npx vitest run test/server-fuzz.test.ts, ` +
            `or npm run fuzz -- --only server --seed ${SEED} --edits ${EDITS} --documents 4):\n${(error as Error).message}`,
        )
      }
    }, 120_000)
  },
)

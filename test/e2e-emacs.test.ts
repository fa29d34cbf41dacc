// End to end in real Emacs + Eglot (Debian's emacs-nox 28 and elpa-eglot 1.9 in CI), in --batch:
// the draft is opened, Flymake shows the server's diagnostics, a quick fix is chosen through
// `eglot-code-actions`, didChange is flushed (Eglot's idle timer never fires in batch), the file is
// saved, and the saved text is the core's fix. Skipped without emacs, except in CI.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draftDir, editorAvailability, expectedAfterFix, NOW } from './e2e/editors.js'
import { ROOT } from './harness.js'
import { SERVER_BIN } from './server-client.js'

const emacs = editorAvailability('emacs')

describe.skipIf(!emacs.run)('end to end: Emacs + Eglot', () => {
  it('applies a quick fix through eglot-code-actions and saves the fixed draft', () => {
    if (!emacs.path)
      throw new Error('emacs is not installed; CI must install emacs-nox and elpa-eglot (.ci/run)')
    const { dir, file } = draftDir()
    const original = readFileSync(file, 'utf8')
    const rule = 'no-unfilled-placeholder'
    const title = '“Acme”'
    const expected = expectedAfterFix(original, rule, title)
    const result = join(dir, 'result.json')
    const run = spawnSync(
      emacs.path,
      ['--batch', '-Q', '-l', join(ROOT, 'test', 'e2e', 'eglot-quickfix.el')],
      {
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          ...process.env,
          RESULT: result,
          DRAFT: file,
          NODE: process.execPath,
          SERVER: SERVER_BIN,
          NOW,
          RULE: rule,
          TITLE: title,
          COUNT: String(expected.count),
        },
      },
    )
    expect(existsSync(result), run.stderr).toBe(true)
    const outcome = JSON.parse(readFileSync(result, 'utf8')) as {
      error?: string
      chosen?: string
      diagnostics?: string[]
    }
    expect(outcome.error, run.stderr).toBeUndefined()
    expect(run.status).toBe(0)
    expect(outcome.diagnostics).toContain(rule)
    expect(outcome.chosen).toContain(title)
    expect(readFileSync(file, 'utf8')).toBe(expected.text)
    // Eglot was told nothing about followupLint and answered null: the defaults applied.
    expect(run.stderr).not.toMatch(/unsupported capability/)
  })
})

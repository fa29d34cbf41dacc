// End to end in real headless Neovim (Debian's neovim, 0.7.2 in CI): the draft is opened, the
// server's diagnostics arrive, a quick fix is applied through Neovim's own code-action path, the
// file is saved, and the saved text is the core's fix. Skipped without nvim, except in CI.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draftDir, editorAvailability, expectedAfterFix, NOW } from './e2e/editors.js'
import { ROOT } from './harness.js'
import { SERVER_BIN } from './server-client.js'

const nvim = editorAvailability('nvim')

describe.skipIf(!nvim.run)('end to end: Neovim', () => {
  it('applies a quick fix through vim.lsp.buf.code_action and saves the fixed draft', () => {
    if (!nvim.path) throw new Error('nvim is not installed; CI must install it (.ci/run)')
    const { dir, file } = draftDir()
    const original = readFileSync(file, 'utf8')
    const rule = 'no-unfilled-placeholder'
    const title = '“Acme”'
    const expected = expectedAfterFix(original, rule, title)
    const result = join(dir, 'result.json')
    const run = spawnSync(
      nvim.path,
      [
        '--headless',
        '--clean',
        '-u',
        'NONE',
        '-c',
        `luafile ${join(ROOT, 'test', 'e2e', 'nvim-quickfix.lua')}`,
      ],
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
    const outcome = JSON.parse(readFileSync(result, 'utf8')) as {
      error?: string
      chosen?: string
      diagnostics: Array<{ code: string; source: string }>
    }
    expect(outcome.error, `${run.stderr}`).toBeUndefined()
    expect(run.status).toBe(0)
    expect(outcome.diagnostics.every((d) => d.source === 'followup-lint')).toBe(true)
    expect(outcome.chosen).toContain(title)
    expect(readFileSync(file, 'utf8')).toBe(expected.text)
    expect(expected.text).toContain('😀 and the tour of Acme on Tuesday.')
  })
})

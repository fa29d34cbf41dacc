// Protocol tests, part 4: configuration from every source a client may use (initializationOptions,
// workspace/configuration, didChangeConfiguration, config files) and re-linting when any changes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EGLOT, fileUri, MODERN, NEOVIM_07, NOW, TestClient } from './server-client.js'

const DRAFT = `---
kind: thank-you
to: Dana Lee
---

Dear Dana,

What is the salary range for the role?
`

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'followup-lint-config-'))
}

const codes = (ds: Array<{ code?: string | number }>) => ds.map((d) => String(d.code))

async function withClient(
  opts: Parameters<typeof TestClient.start>[0],
  body: (c: TestClient) => Promise<void>,
) {
  const client = await TestClient.start(opts)
  try {
    await body(client)
  } finally {
    await client.stop()
  }
}

describe('language server: configuration', () => {
  it('ignores the workspace config files in an untrusted workspace (initializationOptions.trusted: false)', async () => {
    const dir = workspace()
    writeFileSync(join(dir, '.followuplintrc.json'), JSON.stringify({ rules: { 'no-salary-talk': 'off' } }))
    const init = (trusted: boolean) => ({ trusted, followupLint: { debounce: 0, now: NOW } })
    await withClient(
      { capabilities: NEOVIM_07, rootDir: dir, initializationOptions: init(true) },
      async (c) => {
        await c.open(fileUri(join(dir, 'a.md')), DRAFT, 1)
        expect(codes(await c.diagnostics(fileUri(join(dir, 'a.md')), 1))).not.toContain('no-salary-talk')
      },
    )
    await withClient(
      { capabilities: NEOVIM_07, rootDir: dir, initializationOptions: init(false) },
      async (c) => {
        await c.open(fileUri(join(dir, 'b.md')), DRAFT, 1)
        expect(codes(await c.diagnostics(fileUri(join(dir, 'b.md')), 1))).toContain('no-salary-talk')
      },
    )
  })

  it('gives Neovim 0.7 (never asks for configuration) the defaults, plus its initializationOptions', async () => {
    const dir = workspace()
    await withClient({ capabilities: NEOVIM_07, rootDir: dir }, async (c) => {
      await c.open(fileUri(join(dir, 'a.md')), DRAFT, 1)
      expect(codes(await c.diagnostics(fileUri(join(dir, 'a.md')), 1))).toContain('no-salary-talk')
      expect(c.requests).not.toContain('workspace/configuration')
    })
    await withClient(
      {
        capabilities: NEOVIM_07,
        rootDir: dir,
        initializationOptions: {
          followupLint: { debounce: 0, now: NOW, rules: { 'no-salary-talk': 'off' } },
        },
      },
      async (c) => {
        await c.open(fileUri(join(dir, 'b.md')), DRAFT, 1)
        expect(codes(await c.diagnostics(fileUri(join(dir, 'b.md')), 1))).not.toContain('no-salary-talk')
      },
    )
  })

  it('gives Eglot (answers configuration with null) the defaults', async () => {
    const dir = workspace()
    await withClient({ capabilities: EGLOT, rootDir: dir, configuration: () => null }, async (c) => {
      const uri = fileUri(join(dir, 'a.md'))
      await c.open(uri, DRAFT, 1)
      expect(codes(await c.diagnostics(uri, 1))).toContain('no-salary-talk')
      expect(c.requests).toContain('workspace/configuration')
    })
  })

  it('reads workspace/configuration, and re-reads it on didChangeConfiguration', async () => {
    const dir = workspace()
    let settings: Record<string, unknown> = { now: NOW, debounce: 0, rules: { 'no-salary-talk': 'off' } }
    await withClient({ capabilities: EGLOT, rootDir: dir, configuration: () => settings }, async (c) => {
      const uri = fileUri(join(dir, 'a.md'))
      await c.open(uri, DRAFT, 1)
      expect(codes(await c.diagnostics(uri, 1))).not.toContain('no-salary-talk')
      const before = c.published.length
      settings = { now: NOW, debounce: 0, rules: { 'no-salary-talk': 'warning' } }
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null })
      const after = await c.diagnostics(uri, 1, before)
      expect(after.find((d) => d.code === 'no-salary-talk')?.severity).toBe(2)
    })
  })

  it('takes pushed settings from didChangeConfiguration (the lspconfig way) and reports a bad one', async () => {
    const dir = workspace()
    await withClient({ capabilities: NEOVIM_07, rootDir: dir }, async (c) => {
      const uri = fileUri(join(dir, 'a.md'))
      await c.open(uri, DRAFT, 1)
      await c.diagnostics(uri, 1)
      let before = c.published.length
      await c.conn.sendNotification('workspace/didChangeConfiguration', {
        settings: { followupLint: { debounce: 0, now: NOW, rules: { 'no-salary-talk': 'off' } } },
      })
      expect(codes(await c.diagnostics(uri, 1, before))).not.toContain('no-salary-talk')
      before = c.published.length
      await c.conn.sendNotification('workspace/didChangeConfiguration', {
        settings: { followupLint: { debounce: 0, now: NOW, rules: { 'no-salary-tlak': 'off' } } },
      })
      const bad = await c.diagnostics(uri, 1, before)
      const notice = bad.find((d) => d.code === 'invalid-config')!
      expect(notice.message).toMatch(/followupLint\.rules.*no-salary-tlak/)
      // The last good config stays in force: never a silent fallback, never a crash.
      expect(codes(bad)).not.toContain('no-salary-talk')
    })
  })

  it('re-lints open drafts when a config file changes (client file watching)', async () => {
    const dir = workspace()
    await withClient(
      { capabilities: EGLOT, rootDir: dir, configuration: () => ({ now: NOW, debounce: 0 }) },
      async (c) => {
        await c.waitFor('file watcher registration', () =>
          c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
        )
        const registration = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!
        expect(JSON.stringify(registration.registerOptions)).toContain('.followuplintrc.json')
        const uri = fileUri(join(dir, 'a.md'))
        await c.open(uri, DRAFT, 1)
        expect(codes(await c.diagnostics(uri, 1))).toContain('no-salary-talk')
        const config = join(dir, '.followuplintrc.json')
        writeFileSync(config, JSON.stringify({ rules: { 'no-salary-talk': 'off' } }))
        let before = c.published.length
        await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: fileUri(config), type: 1 }],
        })
        expect(codes(await c.diagnostics(uri, 1, before))).not.toContain('no-salary-talk')

        // A broken config is a diagnostic naming the file, line and key; fixing it clears it.
        writeFileSync(config, '{\n  "rules": {\n    "no-salary-talk": "loud"\n  }\n}\n')
        before = c.published.length
        await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: fileUri(config), type: 2 }],
        })
        const broken = (await c.diagnostics(uri, 1, before)).find((d) => d.code === 'invalid-config')!
        expect(broken.message).toContain(`${config}:3:`)
        expect(broken.message).toContain('rules.no-salary-talk')
        rmSync(config)
        before = c.published.length
        await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: fileUri(config), type: 3 }],
        })
        const fixed = await c.diagnostics(uri, 1, before)
        expect(codes(fixed)).not.toContain('invalid-config')
        expect(codes(fixed)).toContain('no-salary-talk')
      },
    )
  })

  it('watches config files itself for a client that cannot (Neovim 0.7)', async () => {
    const dir = workspace()
    await withClient({ capabilities: NEOVIM_07, rootDir: dir }, async (c) => {
      const uri = fileUri(join(dir, 'a.md'))
      await c.open(uri, DRAFT, 1)
      expect(codes(await c.diagnostics(uri, 1))).toContain('no-salary-talk')
      expect(c.registrations).toEqual([])
      const before = c.published.length
      writeFileSync(join(dir, '.followuplintrc.yaml'), 'rules:\n  no-salary-talk: "off"\n')
      expect(codes(await c.diagnostics(uri, 1, before))).not.toContain('no-salary-talk')
    })
  })

  it('asks a pulling client to pull again when a config file changes', async () => {
    const dir = workspace()
    await withClient(
      { capabilities: MODERN, rootDir: dir, configuration: () => ({ now: NOW }) },
      async (c) => {
        const uri = fileUri(join(dir, 'a.md'))
        await c.open(uri, DRAFT, 1)
        const first = await c.request<{ resultId: string }>('textDocument/diagnostic', {
          textDocument: { uri },
        })
        const config = join(dir, '.followuplintrc.json')
        writeFileSync(config, JSON.stringify({ rules: { 'no-salary-talk': 'off' } }))
        await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: fileUri(config), type: 1 }],
        })
        await c.waitFor('diagnostic refresh', () =>
          c.requests.find((r) => r === 'workspace/diagnostic/refresh'),
        )
        const second = await c.request<{ kind: string; items: Array<{ code: string }> }>(
          'textDocument/diagnostic',
          {
            textDocument: { uri },
            previousResultId: first.resultId,
          },
        )
        expect(second.kind).toBe('full')
        expect(codes(second.items)).not.toContain('no-salary-talk')
      },
    )
  })

  it('lints on open and save only when run is "onSave", and treats empty settings as not set', async () => {
    const dir = workspace()
    const settings = { debounce: 0, now: NOW, run: 'onSave', industry: '', timezone: null, rules: {} }
    await withClient(
      { capabilities: NEOVIM_07, rootDir: dir, initializationOptions: { followupLint: settings } },
      async (c) => {
        const uri = fileUri(join(dir, 'a.md'))
        await c.open(uri, DRAFT, 1)
        const opened = await c.diagnostics(uri, 1)
        expect(codes(opened)).toContain('no-salary-talk')
        expect(codes(opened)).not.toContain('invalid-config')
        await c.change(uri, 2, [{ text: DRAFT.replace('salary range', 'timeline') }])
        await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } })
        expect(codes(await c.diagnostics(uri, 2))).not.toContain('no-salary-talk')
        // Nothing was published for the change itself, only for the save.
        expect(c.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, 2])
      },
    )
  })
})

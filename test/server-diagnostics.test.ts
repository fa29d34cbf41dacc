// Protocol tests, part 1: initialize, push and pull diagnostics, incremental sync, debouncing and
// stale runs, robustness. The real built server over stdio (see server-client.ts).
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LineIndex, lint, ruleInfo } from '../core/index.js'
import { ROOT } from './harness.js'
import { MODERN, NEOVIM_07, NOW, TestClient } from './server-client.js'

const URI = `file://${join(ROOT, 'fixtures', 'server', 'draft.md')}`

const DRAFT = `---
kind: thank-you
to: Dana Lee
company: Acme
role: Product Designer
---

Dear [Hiring Manager's Name],

I enjoyed our talk 😀 about the design system at [Company Name]. What is the salary range for the role?

Best regards,
Sam
`

let client: TestClient | undefined
afterEach(async () => {
  await client?.stop()
  client = undefined
})

describe('language server: diagnostics', () => {
  it('initializes with incremental sync, actions, hover, completion and code lens; push-only for Neovim 0.7', async () => {
    client = await TestClient.start({ capabilities: NEOVIM_07 })
    const { capabilities, serverInfo } = client.initializeResult
    expect(serverInfo?.name).toBe('followup-lint-language-server')
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 })
    expect(capabilities.codeActionProvider).toMatchObject({
      codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.followup-lint']),
    })
    expect(capabilities.hoverProvider).toBe(true)
    expect(capabilities.completionProvider).toBeDefined()
    expect(capabilities.codeLensProvider).toBeDefined()
    expect(capabilities.diagnosticProvider).toBeUndefined()
  })

  it('publishes diagnostics on open with the version, rule id, source, docs link and exact UTF-16 ranges', async () => {
    client = await TestClient.start()
    await client.open(URI, DRAFT, 7)
    const diagnostics = await client.diagnostics(URI, 7)
    const expected = lint(DRAFT, { now: new Date(NOW) }).messages
    const index = new LineIndex(DRAFT)
    expect(diagnostics.map((d) => d.code)).toEqual(expected.map((m) => m.ruleId))
    for (const [i, d] of diagnostics.entries()) {
      const m = expected[i]!
      const start = index.lineColumn(m.start)
      const end = index.lineColumn(m.end)
      expect(d.range).toEqual({
        start: { line: start.line, character: start.column },
        end: { line: end.line, character: end.column },
      })
      expect(d.source).toBe('followup-lint')
      expect(d.message).toBe(m.message)
      expect(d.codeDescription?.href).toBe(ruleInfo(m.ruleId)?.docsUrl)
      expect(d.severity).toBe({ error: 1, warning: 2, info: 3 }[m.severity])
    }
    // After the emoji (two UTF-16 code units), "[Company Name]" starts where LSP counts it.
    const line = DRAFT.split('\n')[9]!
    const company = diagnostics.find((d) => d.range.start.line === 9 && d.code === 'no-unfilled-placeholder')!
    expect(company.range.start.character).toBe(line.indexOf('[Company Name]'))
    expect(client.errors).toEqual([])
  })

  it('applies incremental changes and re-lints at the new version', async () => {
    client = await TestClient.start()
    await client.open(URI, DRAFT, 1)
    const first = await client.diagnostics(URI, 1)
    expect(first.some((d) => d.code === 'no-salary-talk')).toBe(true)
    // Delete the salary question (line 9, from "What is" to the end of the line).
    const line = DRAFT.split('\n')[9]!
    const from = line.indexOf(' What is')
    await client.change(URI, 2, [
      { range: { start: { line: 9, character: from }, end: { line: 9, character: line.length } }, text: '' },
    ])
    const second = await client.diagnostics(URI, 2)
    expect(second.some((d) => d.code === 'no-salary-talk')).toBe(false)
    expect(second.some((d) => d.code === 'no-unfilled-placeholder')).toBe(true)
  })

  it('debounces: a burst of edits is linted once, at the last version', async () => {
    client = await TestClient.start({ initializationOptions: { followupLint: { debounce: 150, now: NOW } } })
    await client.open(URI, DRAFT, 1)
    await client.diagnostics(URI, 1)
    for (let v = 2; v <= 6; v++)
      await client.change(URI, v, [
        { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: 'x' },
      ])
    await client.diagnostics(URI, 6)
    expect(client.published.filter((p) => p.uri === URI).map((p) => p.version)).toEqual([1, 6])
  })

  it('never publishes an older version after a newer one (a stale run is dropped)', async () => {
    client = await TestClient.start()
    const big = DRAFT + 'I enjoyed the conversation about the roadmap and the team. '.repeat(2500)
    await client.open(URI, big, 1)
    await client.diagnostics(URI, 1)
    await client.change(URI, 2, [
      { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 4 } }, text: 'Hi' },
    ])
    await client.change(URI, 3, [
      { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 2 } }, text: 'Dear' },
    ])
    await client.diagnostics(URI, 3)
    const versions = client.published.filter((p) => p.uri === URI).map((p) => p.version!)
    expect(versions.at(-1)).toBe(3)
    expect([...versions].sort((a, b) => a - b)).toEqual(versions)
  })

  it('clears diagnostics when the document closes', async () => {
    client = await TestClient.start()
    await client.open(URI, DRAFT, 1)
    await client.diagnostics(URI, 1)
    const before = client.published.length
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } })
    expect(await client.diagnostics(URI, undefined, before)).toEqual([])
  })

  it('answers pull diagnostics (and does not push) when the client advertises them', async () => {
    client = await TestClient.start({ capabilities: MODERN, configuration: () => ({ now: NOW }) })
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({
      interFileDependencies: false,
    })
    await client.open(URI, DRAFT, 1)
    const report = await client.request<{ kind: string; resultId: string; items: Array<{ code: string }> }>(
      'textDocument/diagnostic',
      { textDocument: { uri: URI } },
    )
    expect(report.kind).toBe('full')
    expect(report.items.map((d) => d.code)).toContain('no-salary-talk')
    const again = await client.request<{ kind: string }>('textDocument/diagnostic', {
      textDocument: { uri: URI },
      previousResultId: report.resultId,
    })
    expect(again.kind).toBe('unchanged')
    await client.change(URI, 2, [
      { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 4 } }, text: 'Hi' },
    ])
    const changed = await client.request<{ kind: string }>('textDocument/diagnostic', {
      textDocument: { uri: URI },
      previousResultId: report.resultId,
    })
    expect(changed.kind).toBe('full')
    expect(client.published).toEqual([])
  })

  it('survives bad documents and bad requests, and keeps linting the others', async () => {
    client = await TestClient.start({
      initializationOptions: { followupLint: { debounce: 0, now: NOW, maxFileSize: 2000 } },
    })
    const hostile = ['\uD83D salary \uDE00 [Company Name]', '---\nkind: [thank-you\n', '\r\n\r\n', '']
    for (const [i, text] of hostile.entries()) await client.open(`untitled:Hostile-${i}`, text, 1)
    for (let i = 0; i < hostile.length; i++) await client.diagnostics(`untitled:Hostile-${i}`, 1)
    await client.open(`${URI}.big.md`, 'word '.repeat(1000), 1)
    const big = await client.diagnostics(`${URI}.big.md`, 1)
    expect(big.map((d) => d.code)).toEqual(['too-large'])
    // Requests about documents the server never saw, and positions past the end.
    await expect(
      client.request('textDocument/hover', {
        textDocument: { uri: 'file:///nope.md' },
        position: { line: 0, character: 0 },
      }),
    ).resolves.toBeNull()
    await expect(
      client.request('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: { start: { line: 999, character: 0 }, end: { line: 999, character: 0 } },
        context: {
          diagnostics: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              message: 'x',
              source: 'followup-lint',
              data: 'garbage',
            },
          ],
        },
      }),
    ).resolves.toEqual([])
    await client.change('file:///never-opened.md', 2, [{ text: 'x' }])
    await client.open(URI, DRAFT, 1)
    expect((await client.diagnostics(URI, 1)).length).toBeGreaterThan(0)
    expect(client.proc.exitCode).toBeNull()
    expect(client.errors).toEqual([])
  })

  it('turns a rule crash into a diagnostic and keeps the other rules reporting', async () => {
    // A phrase pattern the matcher cannot compile makes that rule throw inside the core.
    const settings = { debounce: 0, now: NOW, phrases: { 'no-salary-talk': { add: ['((('] } } }
    client = await TestClient.start({ initializationOptions: { followupLint: settings } })
    await client.open(URI, DRAFT, 1)
    const diagnostics = await client.diagnostics(URI, 1)
    const crash = diagnostics.find((d) => d.code === 'internal-error')!
    expect(crash.message).toMatch(/no-salary-talk.*crashed/)
    expect(crash.severity).toBe(1)
    expect(diagnostics.some((d) => d.code === 'no-unfilled-placeholder')).toBe(true)
    expect(client.proc.exitCode).toBeNull()
  })
})

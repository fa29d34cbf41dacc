// Protocol tests, part 3: hover (diagnostics and timing frontmatter), completion (whole notes,
// frontmatter keys and values) and the code lens, over stdio against the built server.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CodeLens, CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-protocol'
import { lint, ruleInfo } from '../core/index.js'
import { fileUri, MODERN, NEOVIM_07, NOW, TestClient } from './server-client.js'

const DIR = mkdtempSync(join(tmpdir(), 'followup-lint-features-'))
let n = 0
const nextUri = () => fileUri(join(DIR, `draft-${++n}.md`))

const timed = (send: string) => `---
kind: thank-you
to: Dana Lee
interview: 2026-11-19T14:00
timezone: America/New_York
recipient-timezone: Europe/Berlin
send: ${send}
---

Dear Dana,

What is the salary range for the role?
`

const value = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? ''

describe('language server: hover, completion, code lens (Neovim 0.7 capabilities)', () => {
  let client: TestClient
  beforeAll(async () => {
    client = await TestClient.start({ capabilities: NEOVIM_07, rootDir: DIR })
  })
  afterAll(() => client.stop())

  it('explains a diagnostic on hover: message, rationale, guidance, how to fix, docs link', async () => {
    const uri = nextUri()
    const text = timed('2026-11-20T09:30')
    await client.open(uri, text, 1)
    const salary = (await client.diagnostics(uri, 1)).find((d) => d.code === 'no-salary-talk')!
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: salary.range.start,
    })
    const info = ruleInfo('no-salary-talk')!
    expect((hover.contents as MarkupContent).kind).toBe('markdown')
    expect(value(hover)).toContain(salary.message)
    expect(value(hover)).toContain(info.rationale)
    expect(value(hover)).toContain(info.evidence[0]!)
    expect(value(hover)).toMatch(/How to fix\.\*\* Delete the sentence/)
    expect(value(hover)).toContain(info.docsUrl)
    // The range covers every message under the cursor (here the salary phrase is inside others).
    expect(hover.range!.start.line).toBeLessThanOrEqual(salary.range.start.line)
    expect(hover.range!.end.line).toBeGreaterThanOrEqual(salary.range.end.line)
    const nothing = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 8, character: 0 },
    })
    expect(nothing).toBeNull()
  })

  it('shows the send windows in both time zones when hovering `interview` or `send`', async () => {
    const uri = nextUri()
    await client.open(uri, timed('2026-11-20T20:00'), 1)
    await client.diagnostics(uri, 1)
    for (const line of [3, 6]) {
      const hover = value(
        await client.request<Hover>('textDocument/hover', {
          textDocument: { uri },
          position: { line, character: 2 },
        }),
      )
      expect(hover).toContain('Thank-you note')
      expect(hover).toContain('Status inquiry')
      expect(hover).toMatch(/their time \(Europe\/Berlin\)/)
      expect(hover).toMatch(/your time \(America\/New_York\)/)
      expect(hover).toMatch(
        /`send` \(Fri 20 Nov 2026 20:00 your time = Sat 21 Nov 2026 02:00 their time\) is not a good time/,
      )
    }
  })

  it('puts a code lens above the frontmatter: a window to send in, or "Ready to send"', async () => {
    const late = nextUri()
    await client.open(late, timed('2026-11-20T20:00'), 1)
    const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: late } })
    expect(lens!.range.start).toEqual({ line: 0, character: 0 })
    expect(lens!.command!.title).toMatch(/^Send (between|at|from) .+\(recipient time, Europe\/Berlin\)$/)
    const good = nextUri()
    await client.open(good, timed('2026-11-20T09:30'), 1)
    const [ready] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: good } })
    expect(ready!.command!.title).toMatch(/^Ready to send/)
    const plain = nextUri()
    await client.open(plain, 'Dear Dana,\n\nThank you.\n', 1)
    expect(
      await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: plain } }),
    ).toEqual([])
  })

  it('answers the plan command with the schedule as Markdown (and null without an interview)', async () => {
    const uri = nextUri()
    await client.open(uri, timed('2026-11-20T09:30'), 1)
    const plan = await client.request<{ markdown: string } | null>('workspace/executeCommand', {
      command: 'followup-lint.planFollowUps',
      arguments: [uri, 1],
    })
    expect(plan?.markdown).toMatch(/^# Follow-up plan\n/)
    expect(plan?.markdown).toContain('Second follow-up')
    const bare = nextUri()
    await client.open(bare, 'Dear Dana,\n', 1)
    const none = await client.request('workspace/executeCommand', {
      command: 'followup-lint.planFollowUps',
      arguments: [bare, 1],
    })
    expect(none).toBeNull()
  })

  it('completes whole notes by kind in an empty document, as plain text for a client without snippets', async () => {
    const uri = nextUri()
    await client.open(uri, '', 1)
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    })
    expect(items.map((i) => i.label)).toEqual([
      'thank-you note',
      'status inquiry',
      'second follow-up',
      'reply after rejection',
    ])
    for (const item of items) {
      const text = (item.textEdit as { newText: string }).newText
      expect(item.insertTextFormat).toBe(1)
      expect(text).not.toMatch(/\$\{?\d/)
      expect(text).toMatch(/^---\nkind: /)
      const result = lint(text, { now: new Date(NOW) })
      expect(result.frontmatter?.errors).toEqual([])
      // What is left to fill in is flagged, so it cannot be sent by mistake.
      expect(result.messages.some((m) => m.ruleId === 'no-unfilled-placeholder')).toBe(true)
      expect(result.kind).toBe(text.match(/^kind: (.+)$/m)![1])
    }
  })

  it('completes frontmatter keys not yet present, and enum values', async () => {
    const uri = nextUri()
    const text = '---\nkind: thank-you\n\nindustry: \n---\n\nDear Dana,\n'
    await client.open(uri, text, 1)
    const keys = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 0 },
    })
    const labels = keys.map((k) => k.label)
    expect(labels).toContain('interview')
    expect(labels).toContain('recipient-timezone')
    expect(labels).not.toContain('kind')
    const values = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 10 },
    })
    expect(values.map((v) => v.label)).toEqual([
      'tech',
      'startup',
      'corporate',
      'government',
      'creative',
      'other',
    ])
    // Right after the colon, the value keeps YAML's space.
    const tight = nextUri()
    await client.open(tight, '---\nkind:\n---\n', 1)
    const kinds = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: tight },
      position: { line: 1, character: 5 },
    })
    expect((kinds[0]!.textEdit as { newText: string }).newText).toBe(' thank-you')
    const body = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 6, character: 3 },
    })
    expect(body).toEqual([])
  })
})

describe('language server: completion with snippets', () => {
  it('offers notes as snippets after a `/` trigger, without a second frontmatter', async () => {
    const client = await TestClient.start({
      capabilities: MODERN,
      rootDir: DIR,
      configuration: () => ({ now: NOW }),
    })
    try {
      const uri = nextUri()
      const text = '---\nkind: thank-you\n---\n\n/th'
      await client.open(uri, text, 1)
      const items = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 4, character: 3 },
        context: { triggerKind: 1 },
      })
      const note = items.find((i) => i.label === 'thank-you note')!
      expect(note.insertTextFormat).toBe(2)
      expect(note.filterText).toBe('/thank-you note')
      const edit = note.textEdit as { newText: string; range: { start: { character: number } } }
      expect(edit.range.start.character).toBe(0)
      expect(edit.newText).toMatch(/^Dear \$\{2:\[Interviewer Name\]\},/)
      expect(edit.newText).not.toContain('---')
      const kinds = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 1, character: 0 },
      })
      expect((kinds.find((k) => k.label === 'channel')!.textEdit as { newText: string }).newText).toBe(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an LSP snippet
        'channel: ${1|email,linkedin,letter|}',
      )
    } finally {
      await client.stop()
    }
  })
})

// Protocol tests, part 2: every kind of code action, requested and applied as a client would, then
// re-linted by the server; snippet edits only for clients that take them; stale requests refused.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol'
import { applyFixes, lint } from '../core/index.js'
import { applyWorkspaceEdit, EGLOT, fileUri, MODERN, NEOVIM_07, NOW, TestClient } from './server-client.js'

const DIR = mkdtempSync(join(tmpdir(), 'followup-lint-actions-'))
let n = 0
const nextUri = () => fileUri(join(DIR, `draft-${++n}.md`))

const DRAFT = `---
kind: thank-you
to: Dana Lee
company: Acme
role: Product Designer
---

Dear [Hiring Manager's Name],

I enjoyed our talk about the design system at [Company Name]. What is the salary range for the role?

Best regards,
Sam
`

/** A note with none of gratitude, specifics, interest or a subject. */
const BARE = `---
kind: thank-you
to: Dana Lee
company: Acme
role: Product Designer
---

Dear Ms. Lee,

I am writing after our meeting on Tuesday.

Best regards,
Sam
`

async function actionsFor(client: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]) {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  })
}

/** Open, apply an action's edit as the editor would, send the change, and return the new diagnostics. */
async function applyAndRelint(
  client: TestClient,
  uri: string,
  text: string,
  version: number,
  action: CodeAction,
) {
  const next = applyWorkspaceEdit(text, uri, action.edit!, version)
  await client.change(uri, version + 1, [{ text: next }])
  return { text: next, diagnostics: await client.diagnostics(uri, version + 1) }
}

describe('language server: code actions (Neovim 0.7 capabilities)', () => {
  let client: TestClient
  beforeAll(async () => {
    client = await TestClient.start({ capabilities: NEOVIM_07, rootDir: DIR })
  })
  afterAll(() => client.stop())

  it('offers a preferred quick fix for a safe fix, with the edit inline; applying it clears the diagnostic', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    const diagnostics = await client.diagnostics(uri, 1)
    const placeholder = diagnostics.find((d) => d.code === 'no-unfilled-placeholder')!
    const actions = await actionsFor(client, uri, [placeholder])
    const fix = actions.find((a) => a.isPreferred)!
    expect(fix.title).toContain('Dana Lee')
    expect(fix.kind).toBe('quickfix')
    expect(fix.diagnostics).toEqual([placeholder])
    expect(fix.edit?.changes?.[uri]).toBeDefined() // Neovim 0.7 takes no documentChanges
    const after = await applyAndRelint(client, uri, DRAFT, 1, fix)
    expect(after.text).toContain('Dear Dana Lee,')
    expect(after.diagnostics.filter((d) => d.code === 'no-unfilled-placeholder')).toHaveLength(1)
  })

  it('offers each suggestion as a quick fix (remove the salary sentence)', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    const salary = (await client.diagnostics(uri, 1)).find((d) => d.code === 'no-salary-talk')!
    const remove = (await actionsFor(client, uri, [salary])).find((a) => /remove/i.test(a.title))!
    const after = await applyAndRelint(client, uri, DRAFT, 1, remove)
    expect(after.text).not.toContain('salary')
    expect(after.diagnostics.some((d) => d.code === 'no-salary-talk')).toBe(false)
  })

  it('sends snippet insertions as plain text with sensible placeholders to a client without snippet edits', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    const gratitude = (await client.diagnostics(uri, 1)).find((d) => d.code === 'require-gratitude')!
    const add = (await actionsFor(client, uri, [gratitude])).find((a) => /thank-you sentence/i.test(a.title))!
    const [edit] = add.edit!.changes![uri]!
    expect(edit!.newText).toContain('Thank you for taking the time')
    expect(edit!.newText).not.toContain('${')
    const after = await applyAndRelint(client, uri, DRAFT, 1, add)
    expect(after.diagnostics.some((d) => d.code === 'require-gratitude')).toBe(false)
  })

  it('fixes all safe problems (source.fixAll) like the CLI --fix loop', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    await client.diagnostics(uri, 1)
    const actions = await actionsFor(client, uri, [], ['source.fixAll'])
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.followup-lint'])
    let expected = DRAFT
    for (let i = 0; i < 10; i++) {
      const out = applyFixes(expected, lint(expected, { now: new Date(NOW) }).messages).output
      if (out === expected) break
      expected = out
    }
    const after = await applyAndRelint(client, uri, DRAFT, 1, actions[0]!)
    expect(after.text).toBe(expected)
    expect(after.text).toContain('Dear Dana Lee,')
    expect(after.text).toContain('design system at Acme.')
    expect(lint(after.text, { now: new Date(NOW) }).messages.some((m) => m.fix)).toBe(false)
  })

  it('disables a rule for one line, and for the whole file after the frontmatter', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    const diagnostics = await client.diagnostics(uri, 1)
    const salary = diagnostics.find((d) => d.code === 'no-salary-talk')!
    const actions = await actionsFor(client, uri, [salary])
    const line = actions.find((a) => a.title === 'Disable no-salary-talk for this line')!
    const file = actions.find((a) => a.title === 'Disable no-salary-talk for this file')!
    const afterLine = await applyAndRelint(client, uri, DRAFT, 1, line)
    expect(afterLine.text).toContain('<!-- followup-lint-disable-next-line no-salary-talk -->\nI enjoyed')
    expect(afterLine.diagnostics.some((d) => d.code === 'no-salary-talk')).toBe(false)
    expect(afterLine.diagnostics.some((d) => d.code === 'no-unfilled-placeholder')).toBe(true)

    const placeholders = afterLine.diagnostics.filter((d) => d.code === 'no-unfilled-placeholder')
    const fileAll = (await actionsFor(client, uri, [placeholders[0]!])).find((a) =>
      /for this file/.test(a.title),
    )!
    const afterFile = await applyAndRelint(client, uri, afterLine.text, 2, fileAll)
    expect(afterFile.text).toMatch(
      /^---\n[\s\S]*?\n---\n<!-- followup-lint-disable no-unfilled-placeholder -->\n/,
    )
    expect(afterFile.diagnostics.some((d) => d.code === 'no-unfilled-placeholder')).toBe(false)
    expect(file.edit).toBeDefined()
  })

  it('offers no disable comment where it would not work: inside the frontmatter', async () => {
    const uri = nextUri()
    const text = DRAFT.replace(
      'role: Product Designer',
      'role: Product Designer\nsubject: Thank you from [Your Name]',
    )
    await client.open(uri, text, 1)
    const inFrontmatter = (await client.diagnostics(uri, 1)).find(
      (d) => d.code === 'no-unfilled-placeholder' && d.range.start.line === 5,
    )!
    expect(inFrontmatter).toBeDefined()
    const titles = (await actionsFor(client, uri, [inFrontmatter])).map((a) => a.title)
    expect(titles).toContain('Fix all auto-fixable problems (followup-lint)')
    expect(titles.some((t) => t.startsWith('Disable'))).toBe(false)
  })

  it('adds timing frontmatter to a draft without one (kind inferred), as one block', async () => {
    const uri = nextUri()
    const body = DRAFT.slice(DRAFT.indexOf('Dear')).replace('[Hiring', 'Thank you for the interview, [Hiring')
    await client.open(uri, body, 1)
    await client.diagnostics(uri, 1)
    const timing = (await actionsFor(client, uri, [])).find((a) => /timing frontmatter/i.test(a.title))!
    expect(timing.kind).toBe('source.addTimingFrontmatter.followup-lint')
    const after = await applyAndRelint(client, uri, body, 1, timing)
    expect(after.text).toMatch(/^---\nkind: thank-you\ninterview: \d{4}-\d\d-\d\dT\d\d:\d\d\n/)
    expect(after.text).toMatch(/\nsend: \d{4}-\d\d-\d\dT\d\d:\d\d\n---\n\nDear/)
    expect(after.text.match(/^---$/gm)).toHaveLength(2)
  })

  it('merges timing keys into existing frontmatter instead of adding a second block', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    await client.diagnostics(uri, 1)
    const timing = (await actionsFor(client, uri, [])).find((a) => /timing/i.test(a.title))!
    const after = await applyAndRelint(client, uri, DRAFT, 1, timing)
    expect(after.text.match(/^---$/gm)).toHaveLength(2)
    expect(after.text.match(/^kind:/gm)).toHaveLength(1)
    expect(after.text).toMatch(/\nrole: Product Designer\ninterview: .+\ntimezone: .+\nsend: .+\n---\n/)
    const again = await actionsFor(client, uri, [])
    expect(again.some((a) => /timing/i.test(a.title))).toBe(false)
  })

  it('refuses a stale request: diagnostics from an older version get no edit', async () => {
    const uri = nextUri()
    await client.open(uri, DRAFT, 1)
    const old = await client.diagnostics(uri, 1)
    // Insert a line at the top of the body: every old range is now off by one line.
    await client.change(uri, 2, [
      {
        range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } },
        text: 'Hello again.\n\n',
      },
    ])
    const stale = await actionsFor(
      client,
      uri,
      old.filter((d) => d.code === 'no-unfilled-placeholder'),
    )
    expect(stale.filter((a) => a.kind === 'quickfix')).toEqual([])
    await client.diagnostics(uri, 2)
    expect(client.logs.some((l) => /refused: diagnostic from version 1, document at 2/.test(l))).toBe(true)
    // The fix-all command names the version it was computed for, and is refused for an older one.
    const applied = client.applied.length
    await client.request('workspace/executeCommand', { command: 'followup-lint.fixAll', arguments: [uri, 1] })
    expect(client.applied.length).toBe(applied)
    await client.request('workspace/executeCommand', { command: 'followup-lint.fixAll', arguments: [uri, 2] })
    expect(client.applied.length).toBe(applied + 1)
  })
})

describe('language server: code actions for clients with versioned and snippet edits', () => {
  it('sends snippet edits with tab stops to a client that supports them, versioned', async () => {
    const client = await TestClient.start({
      capabilities: MODERN,
      rootDir: DIR,
      configuration: () => ({ now: NOW }),
    })
    try {
      const uri = nextUri()
      await client.open(uri, DRAFT, 3)
      const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri },
      })
      const gratitude = report.items.find((d) => d.code === 'require-gratitude')!
      const add = (await actionsFor(client, uri, [gratitude])).find((a) =>
        /thank-you sentence/i.test(a.title),
      )!
      const change = add.edit!.documentChanges![0] as {
        textDocument: { version: number }
        edits: Array<{ snippet?: { kind: string; value: string } }>
      }
      expect(change.textDocument.version).toBe(3)
      expect(change.edits[0]!.snippet).toEqual({
        kind: 'snippet',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an LSP snippet
        value: expect.stringContaining('${1:yesterday}'),
      })
      const timing = (await actionsFor(client, uri, [])).find((a) => /timing/i.test(a.title))!
      const timingEdit = (timing.edit!.documentChanges![0] as typeof change).edits[0]!
      expect(timingEdit.snippet?.value).toMatch(/interview: \$\{1:\d{4}-/)
    } finally {
      await client.stop()
    }
  })

  it('offers every snippet insertion (gratitude, specifics, interest, subject) as a snippet edit', async () => {
    const client = await TestClient.start({
      capabilities: MODERN,
      rootDir: DIR,
      configuration: () => ({ now: NOW }),
    })
    try {
      const uri = nextUri()
      await client.open(uri, BARE, 1)
      const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri },
      })
      const expected = lint(BARE, { now: new Date(NOW) }).messages.flatMap((m) =>
        (m.suggestions ?? [])
          .filter((s) => s.edits.some((e) => e.snippet))
          .map((s) => ({ rule: m.ruleId, s })),
      )
      expect(new Set(expected.map((e) => e.rule))).toEqual(
        new Set(['require-gratitude', 'require-specifics', 'require-interest', 'require-subject']),
      )
      for (const { rule, s } of expected) {
        const diagnostic = report.items.find((d) => d.code === rule)!
        const action = (await actionsFor(client, uri, [diagnostic])).find((a) => a.title === s.title)!
        const change = action.edit!.documentChanges![0] as { edits: Array<{ snippet?: { value: string } }> }
        expect(change.edits.map((e) => e.snippet?.value)).toEqual(s.edits.map((e) => e.snippet))
      }
    } finally {
      await client.stop()
    }
  })

  it('sends plain versioned edits to Eglot (documentChanges, no snippets, nothing to resolve)', async () => {
    const client = await TestClient.start({ capabilities: EGLOT, rootDir: DIR })
    try {
      expect(client.initializeResult.capabilities.codeActionProvider).toMatchObject({
        resolveProvider: false,
      })
      const uri = nextUri()
      await client.open(uri, DRAFT, 5)
      const gratitude = (await client.diagnostics(uri, 5)).find((d) => d.code === 'require-gratitude')!
      expect(gratitude.codeDescription).toBeUndefined() // Eglot says it has no UI for it
      const actions = await actionsFor(client, uri, [gratitude])
      for (const a of actions) {
        expect(a.edit).toBeDefined()
        const change = a.edit!.documentChanges![0] as {
          textDocument: { version: number }
          edits: Array<Record<string, unknown>>
        }
        expect(change.textDocument.version).toBe(5)
        for (const e of change.edits) expect(e).toHaveProperty('newText')
      }
    } finally {
      await client.stop()
    }
  })
})

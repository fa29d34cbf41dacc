// Drives the real language server (`bin/followup-lint-language-server.js --stdio`) over JSON-RPC with
// random incremental edits — inserts, deletes and replacements, some splitting emoji and CRLF pairs —
// across several documents, with configuration changes and code-action requests interleaved.
// Used by test/server-fuzz.test.ts (bounded, seeded) and scripts/fuzz.ts (longer).
//
// It checks that the server never exits, never logs a crash, never publishes a range outside the
// document version it names, returns code-action edits inside the document, and that its final
// diagnostics equal a fresh `lint()` of the final text.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node'
import type {
  CodeAction,
  Command,
  Diagnostic,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { type Config, LineIndex, lint, rules } from '../core/index.js'
import { NOW } from './fuzz-lib.js'

export interface ServerFuzzOptions {
  /** The server's entry point (bin/followup-lint-language-server.js). */
  bin: string
  seed: number
  /** Total number of didChange edits. */
  edits: number
  documents: number
  /** Progress and findings (optional). */
  log?: (line: string) => void
}

export interface ServerFuzzReport {
  edits: number
  publications: number
  codeActions: number
  configChanges: number
  appliedActions: number
}

/** mulberry32: a small seeded PRNG, so a failing run replays from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FRAGMENTS = [
  'Thank you for the interview',
  ' about the Kafka migration. ',
  'salary',
  ' $120k ',
  '[Company Name]',
  '{{company}}',
  ' guys',
  'Hey',
  '!!',
  'thx',
  ' ASAP',
  'I look forward to starting the role. ',
  'I have attached my resume. ',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '\uD83D',
  '\uDE00',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\r\n\r\n',
  '- ',
  '  - ',
  '> ',
  '```\n',
  '<!-- followup-lint-disable no-familiar-tone -->\n',
  '<!-- followup-lint-disable-next-line no-salary-tak -->\n',
  '<!--',
  '---\n',
  'company: Acme\n',
  'kind: thank-you\n',
  'interview: 2026-11-20T14:00\n',
  'timezone: Europe/Londn\n',
  'Subject: Thank you\n',
  'Dear Dana,\n',
  'Best regards,\nSam\n',
  '\uFEFF',
  '\t',
  ' ',
  'é',
  'x',
]

const SEED_TEXTS = [
  '---\ncompany: Acme\nkind: thank-you\n---\nSubject: Thank you\n\nDear Dana,\n\nThank you for the tour of [Company Name]. 😀 The salary range is $120k.\n\nBest regards,\nSam\n',
  'Subject: Following up\r\n\r\nHey guys!!\r\n\r\n- one 👍🏽\r\n  - two [Company Name]\r\n\r\n> quoted salary\r\n\r\nThanks,\r\nSam\r\n',
  '\uFEFFDear Ms. Lee,\n\nI hope I got the job. When will I hear back ASAP?\n\n```\nsalary\n```\n\nCheers\n',
  '',
  '---\ninterview: 2026-11-20T14:00\ntimezone: America/New_York\nsend: 2026-11-21T03:00\n---\nThanks for the chat about dbt.\n',
]

const RULE_IDS = rules().map((r) => r.id)
const SEVERITIES = ['off', 'info', 'warning', 'error'] as const

interface Doc {
  uri: string
  model: TextDocument
  /** Text at every version the server may still publish for. */
  versions: Map<number, string>
  /** The last few notifications, for the report. */
  history: string[]
}

function inside(doc: TextDocument, range: Range): string | undefined {
  const lines = doc.lineCount
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
      return `bad position ${JSON.stringify(p)}`
    if (p.line >= lines) return `line ${p.line} past the last line ${lines - 1}`
    const lineRange = doc.getText({
      start: { line: p.line, character: 0 },
      end: { line: p.line + 1, character: 0 },
    })
    const width = lineRange.replace(/\r?\n$|\r$/, '').length
    if (p.character > width) return `character ${p.character} past the end of line ${p.line} (${width})`
  }
  if (doc.offsetAt(range.end) < doc.offsetAt(range.start)) return 'end before start'
  return undefined
}

function editsFor(
  uri: string,
  edit: WorkspaceEdit,
): { version: number | null | undefined; edits: TextEdit[] } {
  const edits: TextEdit[] = []
  let version: number | null | undefined
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.uri !== uri) continue
    version = change.textDocument.version
    for (const e of change.edits)
      edits.push(
        'newText' in e ? e : { range: e.range, newText: (e as { snippet: { value: string } }).snippet.value },
      )
  }
  edits.push(...(edit.changes?.[uri] ?? []))
  return { version, edits }
}

/** Diagnostics as comparable rows: rule id, severity and range. */
function rows(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .map(
      (d) =>
        `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
    )
    .sort()
}

function expectedRows(text: string, config: Config, filePath: string): string[] {
  const index = new LineIndex(text)
  const severity = { error: 1, warning: 2, info: 3 } as const
  return lint(text, { config, filePath, now: NOW })
    .messages.map((m) => {
      const s = index.lineColumn(m.start)
      const e = index.lineColumn(m.end)
      return `${m.ruleId} ${severity[m.severity]} ${s.line}:${s.column}-${e.line}:${e.column}`
    })
    .sort()
}

export async function runServerFuzz(opts: ServerFuzzOptions): Promise<ServerFuzzReport> {
  const random = prng(opts.seed)
  const int = (n: number) => Math.floor(random() * n)
  const chance = (p: number) => random() < p
  const choose = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  const log = opts.log ?? (() => {})

  // A workspace of its own, with an empty config file so discovery stops there.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'followup-lint-server-fuzz-')))
  writeFileSync(join(dir, '.followuplintrc.json'), '{}\n')

  const proc: ChildProcessWithoutNullStreams = spawn(process.execPath, [opts.bin, '--stdio'], { cwd: dir })
  let exited: string | undefined
  proc.on('exit', (code, signal) => {
    exited = `server exited (code ${code}, signal ${signal})`
  })
  let stderr = ''
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  const conn: MessageConnection = createMessageConnection(
    new StreamMessageReader(proc.stdout),
    new StreamMessageWriter(proc.stdin),
  )
  const problems: string[] = []
  const problem = (p: string) => {
    if (problems.length < 20) problems.push(p)
  }
  const docProblem = (doc: Doc, p: string) => {
    if (problems.length === 0) problem(`${p}\nlast changes of ${doc.uri}:\n  ${doc.history.join('\n  ')}`)
    else problem(p)
  }
  const docs = new Map<string, Doc>()
  const published: PublishDiagnosticsParams[] = []
  const waiters: Array<() => void> = []
  const wake = () => {
    for (const w of waiters.splice(0)) w()
  }
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p)
    const doc = docs.get(p.uri)
    if (doc && p.version !== undefined) {
      const text = doc.versions.get(p.version)
      if (text === undefined) problem(`published for unknown version ${p.version} of ${p.uri}`)
      else {
        const at = TextDocument.create(p.uri, 'markdown', p.version, text)
        for (const d of p.diagnostics) {
          const bad = inside(at, d.range)
          if (bad)
            docProblem(
              doc,
              `published ${d.code} at ${JSON.stringify(d.range)} for v${p.version}: ${bad} in ${JSON.stringify(text)}`,
            )
        }
      }
    }
    wake()
  })
  const logs: string[] = []
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message)
    if (/Uncaught|Unhandled rejection| failed: |Linting .* failed/.test(p.message))
      problem(`server logged: ${p.message.slice(0, 500)}`)
  })
  conn.onNotification('window/showMessage', () => {})
  conn.onRequest('client/registerCapability', () => null)
  conn.onRequest('workspace/applyEdit', () => ({ applied: false }))
  conn.onRequest('window/workDoneProgress/create', () => null)
  conn.listen()

  const waitFor = (what: string, probe: () => boolean, ms = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => {
        reject(new Error(`timed out waiting for ${what}${exited ? `; ${exited}` : ''}\n${stderr}`))
      }, ms)
      const check = () => {
        if (probe()) {
          clearTimeout(deadline)
          resolve()
        } else waiters.push(check)
      }
      check()
    })

  const report: ServerFuzzReport = {
    edits: 0,
    publications: 0,
    codeActions: 0,
    configChanges: 0,
    appliedActions: 0,
  }
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'fuzz' }],
      capabilities: {
        textDocument: {
          synchronization: { didSave: true },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] },
            },
          },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
        },
        workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } },
      },
      initializationOptions: { followupLint: { debounce: 5, now: NOW.toISOString() } },
    })
    await conn.sendNotification('initialized', {})

    for (let i = 0; i < opts.documents; i++) {
      const uri = pathToFileURL(join(dir, `draft-${i}.md`)).href
      const text = SEED_TEXTS[i % SEED_TEXTS.length]!
      const doc: Doc = {
        uri,
        model: TextDocument.create(uri, 'markdown', 1, text),
        versions: new Map([[1, text]]),
        history: [],
      }
      docs.set(uri, doc)
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      })
    }
    const all = [...docs.values()]

    /** A position, biased toward the middle of surrogate pairs, CRLF pairs and line ends. */
    const position = (doc: Doc): Position => {
      const text = doc.model.getText()
      if (text.length > 0 && chance(0.25)) {
        const hot: number[] = []
        for (let i = 1; i < text.length; i++) {
          const prev = text.charCodeAt(i - 1)
          const c = text.charCodeAt(i)
          if ((prev === 13 && c === 10) || (prev >= 0xd800 && prev <= 0xdbff && c >= 0xdc00 && c <= 0xdfff))
            hot.push(i)
        }
        if (hot.length) {
          const offset = choose(hot)
          const p = doc.model.positionAt(offset)
          // positionAt backs off a CRLF; ask for the split explicitly too.
          return text.charCodeAt(offset) === 10 && chance(0.5)
            ? { line: p.line, character: p.character + 1 }
            : p
        }
      }
      // Past a line's end (LSP: means the end of the line). Lines past the last one are not sent:
      // vscode-languageserver-textdocument corrupts its line index on them (see the report).
      if (chance(0.05)) return { line: int(doc.model.lineCount), character: 10_000 }
      return doc.model.positionAt(int(text.length + 1))
    }

    const change = async (doc: Doc, changes: TextDocumentContentChangeEvent[]) => {
      const version = doc.model.version + 1
      doc.model = TextDocument.update(doc.model, changes, version)
      doc.versions.set(version, doc.model.getText())
      doc.history.push(`v${version}: ${JSON.stringify(changes)} → ${JSON.stringify(doc.model.getText())}`)
      if (doc.history.length > 6) doc.history.shift()
      report.edits++
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc.uri, version },
        contentChanges: changes,
      })
    }

    const randomEdit = (doc: Doc): TextDocumentContentChangeEvent => {
      const text = doc.model.getText()
      const grow = text.length < 3000
      const op = int(grow ? 3 : 2) // 0 delete, 1 replace, 2 insert
      const start = position(doc)
      if (op === 2) return { range: { start, end: start }, text: choose(FRAGMENTS) }
      const from = doc.model.offsetAt(start)
      const span = chance(0.1) ? int(400) : int(12)
      const end = chance(0.2) ? position(doc) : doc.model.positionAt(from + span)
      const [a, b] = doc.model.offsetAt(end) < from ? [end, start] : [start, end]
      return { range: { start: a, end: b }, text: op === 1 ? choose(FRAGMENTS) : '' }
    }

    let settings: Config = {}
    const changeConfig = async (valid: boolean) => {
      const rulesSetting: Record<string, string> = {}
      for (let i = int(4); i > 0; i--) rulesSetting[choose(RULE_IDS)] = choose(SEVERITIES)
      if (!valid) rulesSetting['no-such-rule'] = 'error'
      const section: Record<string, unknown> = { debounce: 5, now: NOW.toISOString(), rules: rulesSetting }
      if (chance(0.3)) section.industry = choose(['tech', 'government', 'startup'])
      if (valid) {
        settings = { rules: rulesSetting as NonNullable<Config['rules']> }
        if (section.industry) settings.industry = section.industry as NonNullable<Config['industry']>
      }
      report.configChanges++
      await conn.sendNotification('workspace/didChangeConfiguration', { settings: { followupLint: section } })
    }

    const codeAction = async (doc: Doc) => {
      const start = doc.model.positionAt(int(doc.model.getText().length + 1))
      const end = chance(0.5) ? start : doc.model.positionAt(doc.model.offsetAt(start) + int(200))
      // The diagnostics the client "holds": none (the server then takes the current ones in range),
      // stale ones from an older version, or another tool's. Never the latest publication: which
      // version that is depends on timing, and the run must replay from its seed.
      const range = { start, end }
      const diagnostics: Diagnostic[] = chance(0.6)
        ? []
        : chance(0.5)
          ? [
              {
                range,
                message: 'stale',
                source: 'followup-lint',
                code: choose(RULE_IDS),
                data: { version: doc.model.version - 1 - int(3), key: 'x' },
              },
            ]
          : [{ range, message: 'not ours', source: 'markdownlint', code: 'MD013' }]
      const params = {
        textDocument: { uri: doc.uri },
        range,
        context: {
          diagnostics,
          ...(chance(0.2) ? { only: [choose(['source.fixAll', 'quickfix', 'source'])] } : {}),
        },
      }
      const version = doc.model.version
      const before = doc.model
      const actions = (await conn.sendRequest('textDocument/codeAction', params)) as Array<
        CodeAction | Command
      > | null
      report.codeActions++
      for (const a of actions ?? []) {
        if (!('edit' in a) || !a.edit) continue
        const { version: v, edits } = editsFor(doc.uri, a.edit)
        if (v !== undefined && v !== null && v !== version)
          problem(`code action "${a.title}" is for version ${v}, the document is at ${version}`)
        for (const e of edits) {
          const bad = inside(before, e.range)
          if (bad)
            docProblem(
              doc,
              `code action "${a.title}" edits ${JSON.stringify(e.range)}: ${bad} in v${version} ${JSON.stringify(before.getText())}`,
            )
        }
      }
      // Sometimes accept one, as a user would.
      const withEdit = (actions ?? []).filter((a): a is CodeAction => 'edit' in a && a.edit !== undefined)
      if (withEdit.length && chance(0.3)) {
        const { edits } = editsFor(doc.uri, choose(withEdit).edit!)
        if (edits.length) {
          try {
            TextDocument.applyEdits(doc.model, edits)
          } catch (error) {
            problem(`code action edits cannot be applied: ${(error as Error).message}`)
            return
          }
          // Send them as one change each, last first, as editors do.
          const sorted = [...edits].sort(
            (x, y) => doc.model.offsetAt(y.range.start) - doc.model.offsetAt(x.range.start),
          )
          await change(
            doc,
            sorted.map((e) => ({ range: e.range, text: e.newText })),
          )
          report.appliedActions++
        }
      }
    }

    let batch = 0
    while (report.edits < opts.edits) {
      if (exited) throw new Error(exited)
      const size = 1 + int(60)
      for (let i = 0; i < size && report.edits < opts.edits; i++) {
        const doc = choose(all)
        const n = chance(0.1) ? 2 + int(3) : 1
        // Several changes in one notification apply in order, each on the result of the last.
        const changes: TextDocumentContentChangeEvent[] = []
        // (TextDocument.update changes the document it is given: work on a copy.)
        let scratch = TextDocument.create(doc.uri, 'markdown', doc.model.version, doc.model.getText())
        for (let k = 0; k < n; k++) {
          const e = randomEdit({ ...doc, model: scratch })
          changes.push(e)
          scratch = TextDocument.update(scratch, [e], scratch.version)
        }
        await change(doc, changes)
        if (chance(0.01)) await changeConfig(chance(0.8))
      }
      // A request answered means every notification before it was handled.
      await codeAction(choose(all))
      if (++batch % 50 === 0) log(`  ${report.edits} edits, ${published.length} publications`)
      if (problems.length) break
      // Let the debounced lints run now and then, so publications are checked mid-stream.
      if (chance(0.3)) await new Promise((r) => setTimeout(r, 20))
      // Forget versions the server can no longer publish (older than the last published one).
      for (const doc of all) {
        const lastPublished = [...published].reverse().find((p) => p.uri === doc.uri)?.version ?? 0
        for (const v of doc.versions.keys()) if (v < lastPublished) doc.versions.delete(v)
      }
    }
    if (problems.length) throw new Error(`the server misbehaved:\n${problems.join('\n')}`)

    // The end state: a valid configuration, then the server's last word on each document.
    await changeConfig(true)
    const mark = published.length
    await waitFor('final diagnostics', () =>
      all.every((doc) =>
        published.slice(mark).some((p) => p.uri === doc.uri && p.version === doc.model.version),
      ),
    )
    await new Promise((r) => setTimeout(r, 200))
    await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: all[0]!.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    })
    report.publications = published.length
    if (exited) throw new Error(exited)
    if (problems.length) throw new Error(`the server misbehaved:\n${problems.join('\n')}`)
    const mismatches: string[] = []
    for (const doc of all) {
      const final = [...published].reverse().find((p) => p.uri === doc.uri)!
      const text = doc.model.getText()
      const got = rows(final.diagnostics)
      const want = expectedRows(text, settings, fileURLToPath(doc.uri))
      if (JSON.stringify(got) !== JSON.stringify(want))
        mismatches.push(
          `${doc.uri} v${doc.model.version}:\n  server: ${got.join('; ')}\n  lint():  ${want.join('; ')}\n  text: ${JSON.stringify(text)}`,
        )
    }
    if (mismatches.length)
      throw new Error(`final diagnostics differ from a fresh lint():\n${mismatches.join('\n')}`)
    return report
  } finally {
    try {
      if (!exited) {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))])
        await conn.sendNotification('exit')
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
    if (!exited) proc.kill()
    conn.dispose()
    rmSync(dir, { recursive: true, force: true })
  }
}

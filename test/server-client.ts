// A real LSP client for the protocol tests: spawns the built server (`bin/followup-lint-language-server.js
// --stdio`) and talks JSON-RPC to it over its stdin/stdout with vscode-jsonrpc. No mocks: every test
// goes through the same framing, capabilities negotiation and notifications an editor uses.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node'
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { SERVER_NODE_FLAGS } from '../server/heap.js'
import { ROOT } from './harness.js'

export const SERVER_BIN = join(ROOT, 'bin', 'followup-lint-language-server.js')
export const NOW = '2026-11-22T12:00:00Z'

/** What Neovim 0.7.2 advertises that matters here: push only, no configuration, no documentChanges. */
export const NEOVIM_07: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
    },
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true },
  },
  workspace: { applyEdit: true, workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } },
}

/** Emacs 28 + Eglot 1.9: push only, versioned edits, configuration (answered null), file watching. */
export const EGLOT: ClientCapabilities = {
  textDocument: {
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['plaintext'] },
    publishDiagnostics: { codeDescriptionSupport: false },
  },
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
}

/** A current VS Code-like client: pull diagnostics, snippet edits, configuration. */
export const MODERN: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
    },
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { codeDescriptionSupport: true, versionSupport: true },
  },
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, snippetEditSupport: true },
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
}

export interface StartOptions {
  capabilities?: ClientCapabilities
  initializationOptions?: unknown
  rootDir?: string
  /** Answer to workspace/configuration for `followupLint`; `null` is what Eglot sends. */
  configuration?: () => unknown
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = []
  readonly logs: string[] = []
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = []
  readonly applied: WorkspaceEdit[] = []
  readonly requests: string[] = []
  readonly errors: string[] = []
  private stderr = ''
  private waiters: Array<() => void> = []
  initializeResult!: InitializeResult

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
  ) {}

  static async start(opts: StartOptions = {}): Promise<TestClient> {
    if (!existsSync(join(ROOT, 'dist', 'server', 'main.js')))
      throw new Error('Run `npm run build` before the server tests')
    const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_BIN, '--stdio'], {
      cwd: opts.rootDir ?? ROOT,
    })
    const conn = createMessageConnection(
      new StreamMessageReader(proc.stdout),
      new StreamMessageWriter(proc.stdin),
    )
    const client = new TestClient(proc, conn)
    proc.stderr.on('data', (d: Buffer) => {
      client.stderr += d.toString()
    })
    conn.onError((e) => client.errors.push(String(e[0])))
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p)
      client.wake()
    })
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message)
      client.wake()
    })
    conn.onNotification('window/showMessage', (p: { message: string }) => {
      client.logs.push(p.message)
    })
    conn.onRequest('client/registerCapability', (p: { registrations: TestClient['registrations'] }) => {
      client.registrations.push(...p.registrations)
      client.wake()
      return null
    })
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      client.requests.push('workspace/configuration')
      return p.items.map(() => (opts.configuration ? opts.configuration() : null))
    })
    conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      client.applied.push(p.edit)
      client.wake()
      return { applied: true }
    })
    for (const method of [
      'workspace/diagnostic/refresh',
      'workspace/codeLens/refresh',
      'window/workDoneProgress/create',
    ])
      conn.onRequest(method, () => {
        client.requests.push(method)
        client.wake()
        return null
      })
    conn.listen()
    const rootUri = fileUri(opts.rootDir ?? ROOT)
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: opts.capabilities ?? NEOVIM_07,
      initializationOptions: opts.initializationOptions ?? { followupLint: { debounce: 0, now: NOW } },
    })
    await conn.sendNotification('initialized', {})
    return client
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w()
  }

  /** Resolve when `probe` returns a value; fail after the deadline (event-driven, no sleeps). */
  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => {
        reject(new Error(`Timed out waiting for ${what}. Logs:\n${this.logs.join('\n')}\n${this.stderr}`))
      }, timeoutMs)
      const check = () => {
        const value = probe()
        if (value !== undefined) {
          clearTimeout(deadline)
          resolve(value)
        } else this.waiters.push(check)
      }
      check()
    })
  }

  /** The next publication for `uri` (at `version`, when given) after `after` publications. */
  diagnostics(uri: string, version?: number, after = 0): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''}`,
      () =>
        this.published
          .slice(after)
          .find((p) => p.uri === uri && (version === undefined || p.version === version))?.diagnostics,
    )
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    })
  }

  async change(
    uri: string,
    version: number,
    contentChanges: TextDocumentContentChangeEvent[],
  ): Promise<void> {
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    })
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve()
      else this.proc.once('exit', () => resolve())
    })
    try {
      await this.conn.sendRequest('shutdown')
      await this.conn.sendNotification('exit')
    } catch {
      this.proc.kill()
    }
    await exited
    this.conn.dispose()
  }

  get stderrText(): string {
    return this.stderr
  }
}

/** Apply a WorkspaceEdit's edits for `uri` to `text`, as an editor would (checks the version if given). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit, version?: number): string {
  const edits: TextEdit[] = []
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.uri !== uri) continue
    if (
      version !== undefined &&
      change.textDocument.version !== null &&
      change.textDocument.version !== version
    )
      throw new Error(`edit for version ${change.textDocument.version}, document at ${version}`)
    for (const e of change.edits)
      edits.push(
        'newText' in e ? e : { range: e.range, newText: (e as { snippet: { value: string } }).snippet.value },
      )
  }
  if (!edit.documentChanges) edits.push(...(edit.changes?.[uri] ?? []))
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits)
}

// The wiring table: which LSP message goes to which feature module. Every handler is guarded, so
// one bad document or one bug answers that request empty and logs to the client; the server lives.
import {
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node'
import { VERSION } from '../core/index.js'
import { codeActions, FIX_ALL_KIND, TIMING_KIND } from './actions.js'
import { COMMANDS, executeCommand } from './commands.js'
import { completion, TRIGGER_CHARACTERS } from './completion.js'
import { SOURCE } from './convert.js'
import { hover } from './hover.js'
import { codeLenses } from './lens.js'
import { timingHover } from './schedule.js'
import { Session } from './session.js'
import { lensTitle, suggestedDate, timingAction } from './timing.js'

function capabilities(session: Session): ServerCapabilities {
  const caps: ServerCapabilities = {
    positionEncoding: 'utf-16',
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    },
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, TIMING_KIND],
      resolveProvider: false,
    },
    hoverProvider: true,
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    executeCommandProvider: { commands: COMMANDS },
  }
  if (session.features.pullDiagnostics)
    caps.diagnosticProvider = {
      identifier: SOURCE,
      interFileDependencies: false,
      workspaceDiagnostics: false,
    }
  return caps
}

export function startServer(connection: Connection): Session {
  const session = new Session(connection)
  const { documents, linter } = session

  function guard<P, R>(
    name: string,
    fallback: R,
    handler: (params: P) => R | Promise<R>,
  ): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params)
      } catch (error) {
        session.log(`${name} failed: ${(error as Error).stack ?? String(error)}`)
        return fallback
      }
    }
  }
  /** The open document and the lint of its current version (nothing while checking is disabled). */
  const current = (uri: string) => {
    const doc = documents.get(uri)
    return doc && session.settings.enable ? { doc, linted: linter.resultFor(doc) } : undefined
  }
  connection.onInitialize((params): InitializeResult => {
    session.initialize(params)
    return {
      capabilities: capabilities(session),
      serverInfo: { name: 'followup-lint-language-server', version: VERSION },
    }
  })
  connection.onInitialized(guard('initialized', undefined, () => session.initialized()))
  connection.onShutdown(() => session.dispose())

  // Lint on open; then on every change, or only on save when `run` is "onSave".
  const lintSoon = async (uri: string) => {
    await session.ready()
    linter.schedule(uri)
  }
  documents.onDidOpen(
    guard('didOpen', undefined, (e) => {
      session.watch(e.document.uri)
      return lintSoon(e.document.uri)
    }),
  )
  documents.onDidChangeContent(
    guard('didChange', undefined, (e) =>
      session.settings.run === 'onType' ? lintSoon(e.document.uri) : undefined,
    ),
  )
  documents.onDidSave(guard('didSave', undefined, (e) => lintSoon(e.document.uri)))
  documents.onDidClose(guard('didClose', undefined, (e) => linter.close(e.document.uri)))
  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (p) => session.settingsChanged(p.settings)),
  )
  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (p) =>
      session.watchedFilesChanged(p.changes.map((c) => c.uri)),
    ),
  )

  connection.languages.diagnostics.on(
    guard(
      'textDocument/diagnostic',
      { kind: 'full', items: [] } as DocumentDiagnosticReport,
      async (params) => {
        await session.ready()
        const doc = documents.get(params.textDocument.uri)
        if (!doc) return { kind: 'full', items: [] }
        const resultId = linter.resultId(doc)
        if (params.previousResultId === resultId) return { kind: 'unchanged', resultId }
        return { kind: 'full', resultId, items: linter.resultFor(doc).diagnostics }
      },
    ),
  )

  connection.onCodeAction(
    guard('textDocument/codeAction', [], (params: CodeActionParams) => {
      const c = current(params.textDocument.uri)
      if (!c) return []
      return codeActions(c.doc, c.linted, params, {
        features: session.features,
        relint: (text) => session.relint(c.doc.uri, text),
        timing: (doc, linted) => timingAction(doc, linted, session.clock(linted)),
        log: (m) => session.log(m),
      })
    }),
  )

  connection.onHover(
    guard('textDocument/hover', null, (params) => {
      const c = current(params.textDocument.uri)
      if (!c) return null
      return hover(c.doc, c.linted, c.doc.offsetAt(params.position), {
        markdown: session.features.hoverMarkdown,
        timing: (linted, offset) => timingHover(linted, offset, session.clock(linted)),
      })
    }),
  )

  connection.onCompletion(
    guard('textDocument/completion', [], (params) => {
      const doc = documents.get(params.textDocument.uri)
      if (!doc) return []
      const linted = linter.peek(doc)
      return completion(doc, params.position, {
        snippets: session.features.completionSnippets,
        clock: () => session.wallClock(linted),
        suggestDate: (key) => (linted ? suggestedDate(linted, key, session.clock(linted)) : undefined),
      })
    }),
  )

  connection.onCodeLens(
    guard('textDocument/codeLens', [], (params) => {
      const c = current(params.textDocument.uri)
      return c ? codeLenses(c.doc, c.linted, lensTitle(c.linted, session.clock(c.linted))) : []
    }),
  )

  connection.onExecuteCommand(
    guard('workspace/executeCommand', null as unknown, (params) =>
      executeCommand(params, session, connection),
    ),
  )

  documents.listen(connection)
  return session
}

// What the connected client can do, read once from `initialize`. Every feature that differs between
// clients (Neovim 0.7, Emacs + Eglot, VS Code, Helix, Zed) asks here rather than probing the raw
// capability tree.
import type { ClientCapabilities } from 'vscode-languageserver/node'

export interface ClientFeatures {
  /** `textDocument/diagnostic` (pull model); when true we answer pulls instead of pushing. */
  pullDiagnostics: boolean
  /** `workspace/diagnostic/refresh`: ask the client to pull again after a config change. */
  diagnosticRefresh: boolean
  /** `workspace/configuration` requests. */
  configuration: boolean
  /** Dynamic registration of `workspace/didChangeConfiguration` (to be sent settings changes). */
  configurationRegistration: boolean
  /** Dynamic registration of `workspace/didChangeWatchedFiles`. */
  watchedFilesRegistration: boolean
  /** `WorkspaceEdit.documentChanges` (versioned edits the client refuses on a newer version). */
  documentChanges: boolean
  /** LSP 3.18 snippet text edits inside a workspace edit. */
  snippetEdits: boolean
  /** Snippets in completion items. */
  completionSnippets: boolean
  /** Markdown in hover contents. */
  hoverMarkdown: boolean
  /** `codeDescription` on diagnostics. */
  codeDescription: boolean
  /** `workspace/codeLens/refresh`. */
  codeLensRefresh: boolean
}

export function readFeatures(caps: ClientCapabilities): ClientFeatures {
  const td = caps.textDocument
  const ws = caps.workspace
  return {
    pullDiagnostics: td?.diagnostic !== undefined,
    diagnosticRefresh: ws?.diagnostics?.refreshSupport === true,
    configuration: ws?.configuration === true,
    configurationRegistration: ws?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: ws?.didChangeWatchedFiles?.dynamicRegistration === true,
    documentChanges: ws?.workspaceEdit?.documentChanges === true,
    snippetEdits: ws?.workspaceEdit?.snippetEditSupport === true,
    completionSnippets: td?.completion?.completionItem?.snippetSupport === true,
    hoverMarkdown: td?.hover?.contentFormat?.includes('markdown') ?? false,
    // Clients that do not say are sent the link anyway; it is optional data they may ignore.
    codeDescription: td?.publishDiagnostics?.codeDescriptionSupport !== false,
    codeLensRefresh: ws?.codeLens?.refreshSupport === true,
  }
}

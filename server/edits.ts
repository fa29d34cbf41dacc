// Core edits → an LSP WorkspaceEdit the client can apply. Versioned `documentChanges` when the
// client takes them (it then refuses the edit if the document moved on), plain `changes` otherwise
// (Neovim 0.7); snippet edits only for clients that advertise LSP 3.18 snippet edit support.
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Edit } from '../core/index.js'
import type { ClientFeatures } from './capabilities.js'
import { rangeOf, toTextEdit } from './convert.js'

export function workspaceEdit(
  doc: TextDocument,
  edits: readonly Edit[],
  features: ClientFeatures,
): WorkspaceEdit {
  const snippets = features.snippetEdits && features.documentChanges
  const converted = edits.map((e) => toTextEdit(doc, e, snippets))
  if (features.documentChanges) {
    const change: TextDocumentEdit = {
      textDocument: { uri: doc.uri, version: doc.version },
      edits: converted,
    }
    return { documentChanges: [change] }
  }
  return {
    changes: { [doc.uri]: edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.text })) },
  }
}

/** One edit turning `before` into `after`: the span between their common prefix and suffix. */
export function diffEdit(before: string, after: string): Edit {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && splits(before, start)) start--
  if (end > 0 && splits(before, before.length - end)) end--
  return { start, end: before.length - end, text: after.slice(start, after.length - end) }
}

/** Whether offset `i` falls inside a surrogate pair or between CR and LF. */
function splits(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  const prev = text.charCodeAt(i - 1)
  return (
    (code >= 0xdc00 && code <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) || (code === 10 && prev === 13)
  )
}

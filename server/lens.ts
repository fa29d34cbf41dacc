// textDocument/codeLens: one lens above the frontmatter saying when to send the note.
import type { CodeLens } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { rangeOf } from './convert.js'
import type { Linted } from './linter.js'

export const SHOW_TIMING_COMMAND = 'followup-lint.showSendWindow'

export function codeLenses(doc: TextDocument, linted: Linted, title: string | undefined): CodeLens[] {
  const fm = linted.result.frontmatter
  if (!fm || !title) return []
  const range = rangeOf(doc, fm.start, fm.start)
  return [{ range, command: { title, command: SHOW_TIMING_COMMAND, arguments: [doc.uri, doc.version] } }]
}

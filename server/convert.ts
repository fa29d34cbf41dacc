// LintMessage → LSP, exactly as the "Server stays thin" table in style.md says: ruleId → code,
// docs URL → codeDescription.href, severity → DiagnosticSeverity, UTF-16 offsets → Range through
// the document's own positionAt. `data` remembers which document version the diagnostic was made
// from, so a code action asked for with stale diagnostics can be refused.
import {
  type Diagnostic,
  DiagnosticSeverity,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
} from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Edit, LintMessage, Severity } from '../core/index.js'

export const SOURCE = 'followup-lint'

export interface DiagnosticData {
  /** Document version the diagnostic was computed from. */
  version: number
  /** Identifies the message within that version's lint result. */
  key: string
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

export function messageKey(m: LintMessage): string {
  return `${m.ruleId}/${m.messageId}@${m.start}-${m.end}`
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) }
}

export function toDiagnostic(
  doc: TextDocument,
  m: LintMessage,
  options: { codeDescription: boolean },
): Diagnostic {
  const data: DiagnosticData = { version: doc.version, key: messageKey(m) }
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, m.start, m.end),
    severity: SEVERITY[m.severity],
    code: m.ruleId,
    source: SOURCE,
    message: m.message,
    data,
  }
  if (options.codeDescription && m.docsUrl) diagnostic.codeDescription = { href: m.docsUrl }
  return diagnostic
}

/** A problem of the linter's own (bad config, file too large), shown on the first line. */
export function noticeDiagnostic(doc: TextDocument, code: string, message: string): Diagnostic {
  return {
    range: rangeOf(doc, 0, 0),
    severity: DiagnosticSeverity.Error,
    code,
    source: SOURCE,
    message,
    data: { version: doc.version, key: code } satisfies DiagnosticData,
  }
}

export function readData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const d = diagnostic.data as Partial<DiagnosticData> | null | undefined
  if (d && typeof d.version === 'number' && typeof d.key === 'string')
    return { version: d.version, key: d.key }
  return undefined
}

/** A core edit as a TextEdit, or as a snippet edit when asked and the edit carries a snippet. */
export function toTextEdit(doc: TextDocument, e: Edit, snippets: boolean): TextEdit | SnippetTextEdit {
  const range = rangeOf(doc, e.start, e.end)
  if (snippets && e.snippet !== undefined) return { range, snippet: { kind: 'snippet', value: e.snippet } }
  return { range, newText: e.text }
}

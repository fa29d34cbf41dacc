// textDocument/codeAction. Every action carries its edit inline (Eglot cannot resolve lazily) and
// every edit is computed from the lint of the document's current version; diagnostics the client
// got from an older version get no action at all — no edit rather than a wrong one.
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Edit, LintMessage, LintResult } from '../core/index.js'
import type { ClientFeatures } from './capabilities.js'
import { messageKey, rangeOf, readData, SOURCE, toDiagnostic } from './convert.js'
import { disableFileEdit, disableLineEdit } from './disable.js'
import { workspaceEdit } from './edits.js'
import { fixAllEdits } from './fixall.js'
import type { Linted } from './linter.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`
export const TIMING_KIND = `${CodeActionKind.Source}.addTimingFrontmatter.${SOURCE}`

export interface ActionHost {
  features: ClientFeatures
  relint(text: string): LintResult
  /** "Add timing frontmatter", when the draft lacks timing keys. */
  timing(doc: TextDocument, linted: Linted): { title: string; edits: Edit[] } | undefined
  log(message: string): void
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`))
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  )
}

function overlaps(doc: TextDocument, m: LintMessage, range: Range): boolean {
  const start = doc.offsetAt(range.start)
  const end = doc.offsetAt(range.end)
  return m.start <= end && m.end >= start
}

/** The lint messages the request is about, with the diagnostic the client holds for each. */
function targets(doc: TextDocument, linted: Linted, params: CodeActionParams, host: ActionHost) {
  const byKey = new Map(linted.result.messages.map((m) => [messageKey(m), m]))
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE)
  const out: Array<{ message: LintMessage; diagnostic: Diagnostic }> = []
  if (ours.length === 0) {
    // A client that sends no diagnostics (or none of ours): the current version's messages in range.
    for (const m of linted.result.messages)
      if (overlaps(doc, m, params.range))
        out.push({ message: m, diagnostic: toDiagnostic(doc, m, host.features) })
    return out
  }
  for (const d of ours) {
    const data = readData(d)
    if (data && data.version !== doc.version) {
      host.log(
        `Code action for ${d.code} refused: diagnostic from version ${data.version}, document at ${doc.version}`,
      )
      continue
    }
    const message = data
      ? byKey.get(data.key)
      : linted.result.messages.find(
          (m) => m.ruleId === d.code && sameRange(rangeOf(doc, m.start, m.end), d.range),
        )
    if (message) out.push({ message, diagnostic: d })
  }
  return out
}

export function codeActions(
  doc: TextDocument,
  linted: Linted,
  params: CodeActionParams,
  host: ActionHost,
): CodeAction[] {
  if (linted.version !== doc.version) return []
  const only = params.context.only
  const text = linted.text
  const fm = linted.result.frontmatter
  const actions: CodeAction[] = []
  const action = (title: string, kind: string, edits: Edit[], diagnostic?: Diagnostic, preferred = false) => {
    const a: CodeAction = { title, kind, edit: workspaceEdit(doc, edits, host.features) }
    if (diagnostic) a.diagnostics = [diagnostic]
    if (preferred) a.isPreferred = true
    actions.push(a)
  }

  const seen = new Set<string>()
  const disabled = new Set<string>()
  for (const { message: m, diagnostic } of targets(doc, linted, params, host)) {
    const key = messageKey(m)
    if (seen.has(key)) continue
    seen.add(key)
    if (!wanted(CodeActionKind.QuickFix, only)) continue
    if (m.fix && m.fix.edits.length > 0)
      action(m.fix.title, CodeActionKind.QuickFix, m.fix.edits, diagnostic, true)
    for (const s of m.suggestions ?? [])
      if (s.edits.length > 0) action(s.title, CodeActionKind.QuickFix, s.edits, diagnostic)
    if (m.ruleId === 'internal-error' || m.ruleId === 'unknown-rule' || m.ruleId === 'invalid-config')
      continue
    const line = doc.positionAt(m.start).line
    const lineEdit = disableLineEdit(text, m.start, m.ruleId, fm)
    if (lineEdit && !disabled.has(`${m.ruleId}@${line}`)) {
      disabled.add(`${m.ruleId}@${line}`)
      action(`Disable ${m.ruleId} for this line`, CodeActionKind.QuickFix, [lineEdit], diagnostic)
    }
    const fileEdit = disableFileEdit(text, m.start, m.ruleId, fm)
    if (fileEdit && !disabled.has(m.ruleId)) {
      disabled.add(m.ruleId)
      action(`Disable ${m.ruleId} for this file`, CodeActionKind.QuickFix, [fileEdit], diagnostic)
    }
  }

  if (wanted(FIX_ALL_KIND, only) && linted.result.messages.some((m) => m.fix)) {
    // Asked for by kind (fix on save, a key binding): re-lint until done, as `--fix` does. Listed
    // among all actions at the cursor: one pass, so a large draft is not re-linted on every move.
    const explicit =
      only?.some((o) => FIX_ALL_KIND.startsWith(o) && o.startsWith(CodeActionKind.Source)) ?? false
    const edits = fixAllEdits(text, linted.result.messages, explicit ? host.relint : undefined)
    if (edits) action('Fix all auto-fixable problems (followup-lint)', FIX_ALL_KIND, edits)
  }
  if (wanted(TIMING_KIND, only)) {
    const timing = host.timing(doc, linted)
    if (timing) action(timing.title, TIMING_KIND, timing.edits)
  }
  return actions
}

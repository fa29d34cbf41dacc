// textDocument/hover: on a diagnostic, why the rule matters (its rationale and the guidance it
// comes from) and how to fix it; on the frontmatter's `interview` / `send`, the send windows in the
// sender's and the recipient's time zones (from timing.ts).
import { type Hover, MarkupKind } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { type LintMessage, ruleInfo } from '../core/index.js'
import { rangeOf } from './convert.js'
import type { Linted } from './linter.js'
import { howToFix } from './ruledocs.js'

export interface HoverHost {
  markdown: boolean
  /** Markdown lines about the timing field at `offset`, if the offset is on `interview` or `send`. */
  timing(linted: Linted, offset: number): { start: number; end: number; lines: string[] } | undefined
}

function explain(m: LintMessage): string[] {
  const info = ruleInfo(m.ruleId)
  const lines = [`**${m.ruleId}** (${m.severity}) — followup-lint`, '', m.message]
  if (info) {
    lines.push('', `**Why it matters.** ${info.rationale}`)
    if (info.evidence.length) lines.push('', `**Guidance:** ${info.evidence.join('; ')}.`)
  }
  const fixes = [m.fix?.title, ...(m.suggestions ?? []).map((s) => s.title)].filter(Boolean)
  const section = howToFix(m.ruleId)
  if (section || fixes.length) {
    lines.push('', `**How to fix.** ${section ?? ''}`.trimEnd())
    if (fixes.length) lines.push('', `Quick fix: ${fixes.map((f) => `“${f}”`).join(', ')}.`)
  }
  if (m.docsUrl) lines.push('', `[Rule documentation](${m.docsUrl})`)
  return lines
}

/** Markdown to plain text for clients that only take plain text (bold markers and links). */
function plain(markdown: string): string {
  return markdown.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
}

export function hover(doc: TextDocument, linted: Linted, offset: number, host: HoverHost): Hover | null {
  const hits = linted.result.messages.filter(
    (m) => (offset >= m.start && offset < m.end) || (m.start === m.end && offset === m.start),
  )
  let start = Number.POSITIVE_INFINITY
  let end = 0
  const blocks: string[][] = []
  for (const m of hits) {
    blocks.push(explain(m))
    start = Math.min(start, m.start)
    end = Math.max(end, m.end)
  }
  const timing = host.timing(linted, offset)
  if (timing) {
    blocks.push(timing.lines)
    start = Math.min(start, timing.start)
    end = Math.max(end, timing.end)
  }
  if (blocks.length === 0) return null
  const value = blocks.map((b) => b.join('\n')).join('\n\n---\n\n')
  return {
    contents: host.markdown
      ? { kind: MarkupKind.Markdown, value }
      : { kind: MarkupKind.PlainText, value: plain(value) },
    range: rangeOf(doc, start, end),
  }
}

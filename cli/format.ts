// Output formats. All take the same per-file results; line/column are 1-based UTF-16 here.
import { relative } from 'node:path'
import { LineIndex, type LintMessage, rules, VERSION } from '../core/index.js'

export interface FileResult {
  filePath: string
  source: string
  messages: LintMessage[]
  /** Fixed text, when fixing changed it. */
  output?: string
}

const SEVERITY_NUMBER = { info: 1, warning: 1, error: 2 } as const

interface Positioned {
  m: LintMessage
  line: number
  column: number
  endLine: number
  endColumn: number
}

function positioned(r: FileResult): Positioned[] {
  const index = new LineIndex(r.source)
  return r.messages.map((m) => {
    const s = index.lineColumn(m.start)
    const e = index.lineColumn(m.end)
    return { m, line: s.line + 1, column: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1 }
  })
}

export function counts(results: FileResult[]) {
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0
  for (const r of results)
    for (const m of r.messages) {
      if (m.severity === 'error') errors++
      else if (m.severity === 'warning') warnings++
      else infos++
      if (m.fix) fixable++
    }
  return { errors, warnings, infos, fixable }
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => {
      const messages = positioned(r).map(({ m, line, column, endLine, endColumn }) => {
        const out: Record<string, unknown> = {
          ruleId: m.ruleId,
          severity: SEVERITY_NUMBER[m.severity],
          message: m.message,
          line,
          column,
          endLine,
          endColumn,
          level: m.severity,
          messageId: m.messageId,
        }
        if (m.fix) out.fix = eslintFix(r.source, m.fix.edits)
        if (m.suggestions)
          out.suggestions = m.suggestions.map((s) => ({ desc: s.title, fix: eslintFix(r.source, s.edits) }))
        return out
      })
      const errorCount = r.messages.filter((m) => m.severity === 'error').length
      const result: Record<string, unknown> = {
        filePath: r.filePath,
        messages,
        suppressedMessages: [],
        errorCount,
        fatalErrorCount: r.messages.filter((m) => m.ruleId === 'internal-error').length,
        warningCount: r.messages.length - errorCount,
        fixableErrorCount: r.messages.filter((m) => m.fix && m.severity === 'error').length,
        fixableWarningCount: r.messages.filter((m) => m.fix && m.severity !== 'error').length,
      }
      if (r.output !== undefined) result.output = r.output
      return result
    }),
  )
}

/** ESLint's fix shape: one range and its replacement (several edits merged into one span). */
function eslintFix(source: string, edits: Array<{ start: number; end: number; text: string }>) {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const start = sorted[0]?.start ?? 0
  const end = Math.max(...sorted.map((e) => e.end), start)
  let text = ''
  let at = start
  for (const e of sorted) {
    text += source.slice(at, e.start) + e.text
    at = e.end
  }
  return { range: [start, end], text }
}

const color = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s)

export function formatStylish(results: FileResult[], useColor: boolean, cwd: string): string {
  const lines: string[] = []
  for (const r of results) {
    if (r.messages.length === 0) continue
    lines.push(color(useColor, 4, relative(cwd, r.filePath) || r.filePath))
    const rows = positioned(r).map(({ m, line, column }) => [
      `${line}:${column}`,
      m.severity,
      m.message.replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)),
      m.ruleId,
    ])
    const w0 = Math.max(...rows.map((x) => x[0]!.length))
    const w1 = Math.max(...rows.map((x) => x[1]!.length))
    for (const [pos, sev, msg, id] of rows) {
      const sevText = sev!.padEnd(w1)
      const tinted = color(useColor, sev === 'error' ? 31 : sev === 'warning' ? 33 : 36, sevText)
      lines.push(`  ${pos!.padStart(w0)}  ${tinted}  ${msg}  ${color(useColor, 2, id!)}`)
    }
    lines.push('')
  }
  const c = counts(results)
  const total = c.errors + c.warnings + c.infos
  if (total > 0) {
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`
    lines.push(
      color(
        useColor,
        c.errors ? 31 : 33,
        `✖ ${plural(total, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')})`,
      ),
    )
    if (c.fixable) lines.push(`  ${plural(c.fixable, 'problem')} fixable with --fix`)
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatGithub(results: FileResult[], cwd: string): string {
  const out: string[] = []
  for (const r of results) {
    const file = relative(cwd, r.filePath).split('\\').join('/') || r.filePath
    for (const { m, line, column, endLine, endColumn } of positioned(r)) {
      const level = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice'
      out.push(
        `::${level} file=${escapeProperty(file)},line=${line},col=${column},endLine=${endLine},endColumn=${endColumn},title=${escapeProperty(m.ruleId)}::${escapeData(m.message)}`,
      )
    }
  }
  return out.length ? `${out.join('\n')}\n` : ''
}

export function formatSarif(results: FileResult[], cwd: string): string {
  const ruleList = rules()
  const index = new Map(ruleList.map((r, i) => [r.id, i]))
  const level = { error: 'error', warning: 'warning', info: 'note' } as const
  const sarifResults = results.flatMap((r) =>
    positioned(r).map(({ m, line, column, endLine, endColumn }) => ({
      ruleId: m.ruleId,
      ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
      level: level[m.severity],
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: encodeURI(relative(cwd, r.filePath).split('\\').join('/') || r.filePath),
            },
            region: { startLine: line, startColumn: column, endLine, endColumn },
          },
        },
      ],
    })),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'followup-lint',
            version: VERSION,
            informationUri: 'https://github.com/followup-lint/followup-lint',
            rules: ruleList.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.rationale },
              helpUri: r.docsUrl,
              defaultConfiguration: { level: level[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

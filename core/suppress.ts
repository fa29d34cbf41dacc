// Inline control comments, as in remark-lint and ESLint:
//   <!-- followup-lint-disable [ids] -->            region, until a matching enable (no ids = all rules)
//   <!-- followup-lint-enable [ids] -->
//   <!-- followup-lint-disable-next-line [ids] -->  the line after the comment
//   <!-- followup-lint-disable-line [ids] -->       the comment's own line
// Written here rather than with unified-message-control because that package works on vfile
// messages and has no `disable-next-line`; ours works on offsets and reports unknown ids.
import type { Document, HtmlComment } from './document.js'
import type { LintMessage } from './types.js'
import { didYouMean } from './words.js'

const DIRECTIVE = /^followup-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/

interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable'
  /** Empty = every rule. */
  ids: string[]
  comment: HtmlComment
}

export function readDirectives(doc: Document): Directive[] {
  const out: Directive[] = []
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.value)
    if (!m) continue
    // Anything after "--" is a reason, as in ESLint.
    const idsText = (m[2] ?? '').split(/\s--\s/)[0] ?? ''
    const ids = idsText.split(/[\s,]+/).filter(Boolean)
    out.push({ kind: m[1] as Directive['kind'], ids, comment })
  }
  return out
}

/** Messages for directives naming rules that do not exist. */
export function checkDirectives(
  directives: Directive[],
  known: ReadonlySet<string>,
  docsUrl: (id: string) => string,
): LintMessage[] {
  const out: LintMessage[] = []
  for (const d of directives) {
    for (const id of d.ids) {
      if (known.has(id)) continue
      const guess = didYouMean(id, known)
      out.push({
        ruleId: 'unknown-rule',
        messageId: 'unknownRule',
        severity: 'warning',
        message: `Unknown rule "${id}" in a followup-lint comment${guess ? `; did you mean "${guess}"?` : ''}`,
        start: d.comment.start,
        end: d.comment.end,
        docsUrl: docsUrl('unknown-rule'),
      })
    }
  }
  return out
}

/** Drop messages silenced by directives. */
export function applyDirectives(
  messages: LintMessage[],
  directives: Directive[],
  doc: Document,
): LintMessage[] {
  if (directives.length === 0) return messages
  const sorted = [...directives].sort((a, b) => a.comment.start - b.comment.start)
  const firstProse = doc.blocks[0]?.start ?? doc.text.length
  return messages.filter((msg) => {
    if (msg.ruleId === 'unknown-rule' || msg.ruleId === 'internal-error') return true
    const line = doc.lineOf(msg.start)
    let disabled = false
    for (const d of sorted) {
      const applies = d.ids.length === 0 || d.ids.includes(msg.ruleId)
      if (!applies) continue
      const commentLine = doc.lineOf(d.comment.end)
      if (d.kind === 'disable-next-line' && line === commentLine + 1) return false
      if (d.kind === 'disable-line' && line >= doc.lineOf(d.comment.start) && line <= commentLine)
        return false
      // A region directive before any prose also covers the frontmatter above it.
      const start = d.kind === 'disable' && d.comment.start < firstProse ? 0 : d.comment.start
      if (start > msg.start) continue
      if (d.kind === 'disable') disabled = true
      else if (d.kind === 'enable') disabled = false
    }
    return !disabled
  })
}

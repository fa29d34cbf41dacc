import type { Nodes } from 'mdast'
import { z } from 'zod'
import { fmString } from '../core/frontmatter.js'
import { defineRule } from '../core/rule.js'

// Placeholder shapes. Structure, not vocabulary, so this is code rather than a phrase list.
const BRACKETED = /\[([^\][\n]{1,60})\]/g
const MUSTACHE = /\{\{([^{}\n]{1,60})\}\}|\$\{([^{}\n]{1,60})\}|(?<![{$])\{([A-Za-z_][\w .'-]{0,40})\}(?!\})/g
const PAREN =
  /\((?:insert|add|enter|put|fill in|type|specific|mention)\b[^()\n]{0,60}\)|\((?:your|the|their|his|her)?\s*(?:full\s+)?(?:name|company(?: name)?|job title|position|role|date|interviewer(?:'s)? name|hiring manager(?:'s)? name|recipient(?:'s)? name|topic|project)\)/gi
const BLANK = /_{3,}|\.{5,}/g
const MARKER = /\b(?:XXX+|TODO|TBD|FIXME|TK)\b/g
const STAND_IN =
  /\b(?:Your (?:Full )?Name|Your Phone(?: Number)?|Your Email|First ?name Last ?name|FirstName LastName|First Name Last Name|Company Name|Job Title|Position Title|Hiring Manager(?:'s)? Name|Interviewer(?:'s)? Name|Recipient(?:'s)? Name|Insert [A-Z][a-z]+)\b/g
const HINT =
  /\b(?:name|company|organi[sz]ation|employer|title|position|role|date|day|time|topic|project|insert|your|interviewer|manager|recipient|job|team|department|skill|detail|specific|city|location|phone|email)\b/i
const HTML_TAGS = new Set(
  'a abbr b br code del details div em hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table td th tr u ul'.split(
    ' ',
  ),
)

/** "[Company Name]" → "companyname": how placeholders and declared variables are compared. */
export function placeholderKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]/g, '')
}

type Field = 'company' | 'to' | 'role'

/** Which frontmatter field fills a placeholder, if any. */
function fieldFor(name: string): Field | undefined {
  const n = name.toLowerCase()
  if (/\b(?:your|my|sender)\b/.test(n)) return undefined
  if (/compan|organi[sz]ation|employer|firm|school|hospital|agency/.test(n)) return 'company'
  if (/role|position|job|title/.test(n)) return 'role'
  if (/name|manager|interviewer|recipient|contact/.test(n)) return 'to'
  return undefined
}

export default defineRule({
  id: 'no-unfilled-placeholder',
  description: 'Fill in every template placeholder before sending.',
  rationale:
    'Every example in the guidance uses placeholders such as [Interviewer’s Name] and [Company Name]; ' +
    'sending one unfilled shows at once that the note was pasted from a template, which undoes the ' +
    'personal touch a follow-up is for (seed 001: avoid generic or copy-paste messages).',
  evidence: ['001 (Avoid Generic or Copy-Paste Messages)', '000, 002, 003, 004 (example templates)'],
  severity: 'error',
  fix: 'safe',
  messages: {
    unfilled: 'Unfilled placeholder “{placeholder}”: replace it with the real {what} before sending.',
    undeclared:
      'Placeholder “{placeholder}” is not a declared template variable; add it to `variables` in the config or fix its name.',
  },
  options: z.strictObject({
    /** Extra literal stand-ins to flag, e.g. "ACME CORP". */
    standIns: z.array(z.string()).default([]),
  }),
  create(ctx) {
    const { text, doc, frontmatter } = ctx
    const template = ctx.settings.template
    const declared = new Set(ctx.settings.variables.map(placeholderKey))
    const taken: Array<[number, number]> = []

    // Prose regions: top-level blocks that are not code, quotes, html or frontmatter; minus inline code.
    const regions: Array<[number, number]> = []
    const holes: Array<[number, number]> = []
    const visit = (node: Nodes, top: boolean): void => {
      if (
        node.type === 'inlineCode' ||
        (node.type as string) === 'ignoredLink' ||
        (node.type === 'html' && !isPlaceholderTag(node.value))
      ) {
        const r = doc.rangeOf(node)
        holes.push([r.start, r.end])
        return
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes, false)
      if (top) {
        const r = doc.rangeOf(node)
        regions.push([r.start, r.end])
      }
    }
    for (const block of doc.mdast.children) {
      if (['code', 'blockquote', 'yaml', 'html', 'definition'].includes(block.type)) continue
      visit(block, true)
    }
    // The frontmatter's `subject` value is sent too.
    const subjectField = frontmatter?.fields.find((f) => f.key === 'subject')
    // One line only: in broken YAML the parser can stretch a value over the following keys.
    if (subjectField) {
      const eol = text.indexOf('\n', subjectField.valueStart)
      const end = eol < 0 ? subjectField.valueEnd : Math.min(subjectField.valueEnd, eol)
      regions.push([subjectField.valueStart, end])
    }

    const inHole = (s: number, e: number) => holes.some(([hs, he]) => s < he && e > hs)

    const found = (start: number, end: number, name: string) => {
      if (inHole(start, end) || taken.some(([s, e]) => start < e && end > s)) return
      taken.push([start, end])
      const placeholder = text.slice(start, end)
      if (template && declared.has(placeholderKey(name))) return
      const field = fieldFor(name)
      const value = field ? fmString(frontmatter, field) : undefined
      const what =
        field === 'company'
          ? 'company name'
          : field === 'role'
            ? 'job title'
            : field === 'to'
              ? 'name'
              : 'detail'
      ctx.report({
        messageId: template ? 'undeclared' : 'unfilled',
        data: { placeholder, what },
        start,
        end,
        ...(value && !template
          ? {
              fix: { title: `Fill in “${value}” from the frontmatter`, edits: [{ start, end, text: value }] },
            }
          : {}),
      })
    }

    const standIns = ctx.options.standIns
    for (const [rs, re] of regions) {
      const slice = text.slice(rs, re)
      for (const m of slice.matchAll(BRACKETED)) {
        const inner = m[1]!
        const after = slice[m.index + m[0].length]
        if (after === '(' || after === '[' || after === ':') continue // a link or reference
        if (/^[ xX]$/.test(inner) || /^[\d\s.,:/–-]+$/.test(inner) || /^(?:sic|sic!)$/i.test(inner.trim()))
          continue
        const words = inner.trim().split(/\s+/)
        const titled = words.every(
          (w) => /^[A-Z0-9'’(]/.test(w) || /^(?:of|the|and|or|for|to|at|in|a|an|'s)$/.test(w),
        )
        if (
          words.length <= 8 &&
          (HINT.test(inner) || (titled && words.length <= 4) || /^[A-Z_]{3,}$/.test(inner))
        )
          found(rs + m.index, rs + m.index + m[0].length, inner)
      }
      for (const m of slice.matchAll(MUSTACHE))
        found(rs + m.index, rs + m.index + m[0].length, m[1] ?? m[2] ?? m[3] ?? '')
      for (const m of slice.matchAll(PAREN))
        found(rs + m.index, rs + m.index + m[0].length, m[0].slice(1, -1))
      for (const m of slice.matchAll(BLANK)) found(rs + m.index, rs + m.index + m[0].length, 'blank')
      for (const m of slice.matchAll(MARKER)) found(rs + m.index, rs + m.index + m[0].length, m[0])
      for (const m of slice.matchAll(STAND_IN)) found(rs + m.index, rs + m.index + m[0].length, m[0])
      for (const s of standIns) {
        let i = slice.indexOf(s)
        while (s && i >= 0) {
          found(rs + i, rs + i + s.length, s)
          i = slice.indexOf(s, i + s.length)
        }
      }
      // <Name>, <Company>: inline HTML that is not a real tag.
      for (const m of slice.matchAll(/<([A-Za-z][\w' -]{0,40})>/g)) {
        if (!HTML_TAGS.has(m[1]!.toLowerCase())) found(rs + m.index, rs + m.index + m[0].length, m[1]!)
      }
    }
  },
})

function isPlaceholderTag(value: string): boolean {
  const m = /^<([A-Za-z][\w' -]{0,40})>$/.exec(value.trim())
  return m !== null && !HTML_TAGS.has(m[1]!.toLowerCase())
}

// Read the YAML frontmatter block with source ranges (the `yaml` package keeps them), so rules can
// point at a key or a value. Never throws: syntax errors become `errors` with absolute offsets.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document } from './document.js'
import type { Frontmatter, FrontmatterField } from './types.js'

/** The parsed YAML behind each frontmatter object, for finer ranges (list items) and error codes. */
const yamlDocs = new WeakMap<Frontmatter, ReturnType<typeof parseDocument>>()

export function readFrontmatter(doc: Document): Frontmatter | null {
  const node = doc.yaml
  if (!node) return null
  const { text } = doc
  const firstNewline = text.indexOf('\n', node.start)
  const contentStart = firstNewline < 0 ? node.end : Math.min(firstNewline + 1, node.end)
  // The closing fence is the block's last line; the YAML is everything between the fences.
  const closeLineStart = text.lastIndexOf('\n', node.end - 1) + 1
  const contentEnd = Math.max(contentStart, closeLineStart)
  const source = text.slice(contentStart, contentEnd)
  const fm: Frontmatter = {
    start: node.start,
    end: node.end,
    contentStart,
    contentEnd,
    data: null,
    fields: [],
    errors: [],
  }
  if (readPlain(source, fm)) return fm
  let parsed: ReturnType<typeof parseDocument>
  try {
    // logLevel 'error': yaml's warnings (a mapping as a key…) would go to process.emitWarning, i.e.
    // the user's terminal; they are the draft's problem, not the tool's.
    parsed = parseDocument(source, {
      lineCounter: new LineCounter(),
      uniqueKeys: true,
      prettyErrors: false,
      logLevel: 'error',
    })
  } catch (error) {
    fm.errors.push({ message: String(error), start: contentStart, end: contentEnd })
    return fm
  }
  yamlDocs.set(fm, parsed)
  for (const e of parsed.errors) {
    const [s, t] = e.pos
    const message = e.message.split('\n')[0] ?? e.message
    fm.errors.push({ message, start: contentStart + s, end: contentStart + Math.max(t, s + 1) })
  }
  const contents = parsed.contents
  if (isMap(contents)) {
    for (const pair of contents.items) {
      const key = pair.key
      if (!isScalar(key) || !key.range) continue
      const value = pair.value as { range?: [number, number, number] } | null
      const keyField: FrontmatterField = {
        key: String(key.value),
        keyStart: contentStart + key.range[0],
        keyEnd: contentStart + key.range[1],
        valueStart: contentStart + (value?.range?.[0] ?? key.range[1]),
        valueEnd: contentStart + (value?.range?.[1] ?? key.range[1]),
      }
      fm.fields.push(keyField)
    }
  }
  if (fm.errors.length === 0) {
    try {
      const data: unknown = parsed.toJS({ maxAliasCount: 50 })
      if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>
      else if (data != null)
        fm.errors.push({
          message: 'Frontmatter must be a list of `key: value` lines',
          start: contentStart,
          end: contentEnd,
        })
      else fm.data = {}
    } catch (error) {
      fm.errors.push({ message: (error as Error).message, start: contentStart, end: contentEnd })
    }
  }
  // Clamp everything into the block (the yaml parser can point one past the end).
  for (const e of fm.errors) {
    e.start = Math.min(Math.max(e.start, contentStart), contentEnd)
    e.end = Math.min(Math.max(e.end, e.start), contentEnd)
  }
  return fm
}

// Most frontmatter is a few `key: value` lines of plain text. Those are read here directly, the way
// YAML 1.2's core schema reads them (test/frontmatter-plain.test.ts compares with the yaml package on
// generated input); anything else (quotes, lists, comments, flow, block scalars, indentation, tabs,
// duplicate or empty values) goes to the yaml package. Reading through `yaml` costs about as much
// as the rest of the frontmatter work in a lint.
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_-]*):( +)([^ ].*)$/
// A plain scalar may not start with an indicator, nor contain ": " or " #", nor end in ":" or spaces.
const UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`]/
const UNSAFE_INSIDE = /: | #|:$|\t|\s$/

const CORE_NULL = /^(?:~|null|Null|NULL)$/
const CORE_TRUE = /^(?:true|True|TRUE)$/
const CORE_FALSE = /^(?:false|False|FALSE)$/
const CORE_INT = /^[-+]?[0-9]+$/
const CORE_OCT = /^0o[0-7]+$/
const CORE_HEX = /^0x[0-9a-fA-F]+$/
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
const CORE_INF = /^([-+]?)\.(?:inf|Inf|INF)$/
const CORE_NAN = /^\.(?:nan|NaN|NAN)$/

/** A plain scalar's value under the YAML 1.2 core schema. */
function coreScalar(v: string): unknown {
  if (CORE_NULL.test(v)) return null
  if (CORE_TRUE.test(v)) return true
  if (CORE_FALSE.test(v)) return false
  if (CORE_INT.test(v)) return Number.parseInt(v, 10)
  if (CORE_OCT.test(v)) return Number.parseInt(v.slice(2), 8)
  if (CORE_HEX.test(v)) return Number.parseInt(v.slice(2), 16)
  if (CORE_FLOAT.test(v)) return Number.parseFloat(v)
  const inf = CORE_INF.exec(v)
  if (inf) return inf[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  if (CORE_NAN.test(v)) return Number.NaN
  return v
}

/** Fill `fm` from plain `key: value` lines; false (and `fm` untouched) if the YAML is anything more. */
function readPlain(source: string, fm: Frontmatter): boolean {
  const data: Record<string, unknown> = {}
  const fields: FrontmatterField[] = []
  let at = 0
  while (at < source.length) {
    let end = source.indexOf('\n', at)
    if (end < 0) end = source.length
    const lineEnd = source.charCodeAt(end - 1) === 13 ? end - 1 : end
    const line = source.slice(at, lineEnd)
    const m = PLAIN_LINE.exec(line)
    if (!m) return false
    const [, key = '', gap = '', value = ''] = m
    if (UNSAFE_START.test(value) || UNSAFE_INSIDE.test(value) || value.includes('\r')) return false
    // A key YAML would read as null, a boolean or a number, or one seen before: leave it to `yaml`.
    if (Object.hasOwn(data, key) || key === '__proto__' || coreScalar(key) !== key) return false
    data[key] = coreScalar(value)
    const keyStart = fm.contentStart + at
    const valueStart = keyStart + key.length + 1 + gap.length
    fields.push({
      key,
      keyStart,
      keyEnd: keyStart + key.length,
      valueStart,
      valueEnd: valueStart + value.length,
    })
    at = end + 1
  }
  fm.data = data
  fm.fields = fields
  return true
}

/** A string field of the frontmatter, or undefined. */
export function fmString(fm: Frontmatter | null, key: string): string | undefined {
  const v = fm?.data?.[key]
  if (typeof v === 'string') return v.trim() || undefined
  if (typeof v === 'number') return String(v)
  return undefined
}

/** A list field (a YAML list or a comma-separated string), lower-cased. */
export function fmList(fm: Frontmatter | null, key: string): string[] {
  const v = fm?.data?.[key]
  if (Array.isArray(v)) return v.map((x) => String(x).trim().toLowerCase()).filter(Boolean)
  if (typeof v === 'string')
    return v
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean)
  return []
}

export function fieldOf(fm: Frontmatter | null, key: string): FrontmatterField | undefined {
  return fm?.fields.find((f) => f.key === key)
}

/** YAML error codes (`yaml`'s `BAD_INDENT`, `MISSING_CHAR`…), in the order of `fm.errors`. */
export function frontmatterErrorCodes(fm: Frontmatter): string[] {
  return yamlDocs.get(fm)?.errors.map((e) => e.code) ?? []
}

/** A value's list items (or the value itself) with absolute ranges, for pointing at one entry. */
export function fieldItems(
  fm: Frontmatter,
  key: string,
): Array<{ value: unknown; start: number; end: number }> {
  const parsed = yamlDocs.get(fm)
  if (!parsed) {
    // Read as plain lines: every value is a scalar on its field's line.
    const f = fm.fields.find((x) => x.key === key)
    return f ? [{ value: fm.data?.[key], start: f.valueStart, end: f.valueEnd }] : []
  }
  const contents = parsed.contents
  if (!isMap(contents)) return []
  const pair = contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key)
  const node = pair?.value
  type Ranged = { range?: [number, number, number] | null | undefined } | null | undefined
  const at = (n: Ranged, value: unknown) => ({
    value,
    start: fm.contentStart + (n?.range?.[0] ?? 0),
    end: fm.contentStart + (n?.range?.[1] ?? 0),
  })
  if (isSeq(node))
    return node.items.map((item) => at(item as Ranged, isScalar(item) ? item.value : undefined))
  if (isScalar(node)) return [at(node, node.value)]
  return []
}

/**
 * Is `ruleId` switched off for the frontmatter by a `<!-- followup-lint-disable … -->` comment at the
 * top of the body (before any prose)? HTML comments cannot go inside YAML, so a file-level disable
 * right after the frontmatter covers it too (the server's "disable for this file" puts it there).
 */
export function frontmatterDisabled(doc: Document, fm: Frontmatter, ruleId: string): boolean {
  const firstProse = doc.mdast.children.find(
    (n) => n.type !== 'yaml' && !(n.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(n.value)),
  )
  const limit = firstProse ? doc.rangeOf(firstProse).start : doc.text.length
  let disabled = false
  for (const c of doc.comments) {
    if (c.start < fm.end || c.start > limit) continue
    const m = /^followup-lint-(disable|enable)(?![-\w])([\s\S]*)$/.exec(c.value)
    if (!m) continue
    const ids = (m[2]!.split(/\s--\s/)[0] ?? '').split(/[\s,]+/).filter(Boolean)
    if (ids.length === 0 || ids.includes(ruleId)) disabled = m[1] === 'disable'
  }
  return disabled
}

// Read the YAML frontmatter block with source ranges (the `yaml` package keeps them), so rules can
// point at a key or a value. Never throws: syntax errors become `errors` with absolute offsets.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Document } from './document.js'
import type { Frontmatter, FrontmatterField } from './types.js'

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
  let parsed: ReturnType<typeof parseDocument>
  try {
    parsed = parseDocument(source, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false })
  } catch (error) {
    fm.errors.push({ message: String(error), start: contentStart, end: contentEnd })
    return fm
  }
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

// textDocument/completion: whole notes by kind (in an empty document, or after a `/` at the start
// of a line), frontmatter keys (those not yet present) and enum values.
import {
  type CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  type Position,
  type TextEdit,
} from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { DATE_KEYS, KEYS, TIMEZONE_KEYS } from './frontmatter-keys.js'
import { frontmatterSnippet, plainText, TEMPLATES } from './templates.js'

export const TRIGGER_CHARACTERS = ['/', ':']

export interface CompletionHost {
  snippets: boolean
  /** The sender's time zone and "now" there as `YYYY-MM-DDTHH:MM`. */
  clock(): { timezone: string | undefined; now: string }
  /** A suggested value for a date key (e.g. the start of the send window), if one is known. */
  suggestDate(key: string): string | undefined
}

interface Lines {
  lines: string[]
  /** Index of the closing fence, -1 when the frontmatter is unclosed, undefined when there is none. */
  close: number | undefined
}

function split(text: string): Lines {
  const lines = text.split(/\r?\n|\r/)
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return { lines, close: undefined }
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l))
  return { lines, close }
}

function item(label: string, text: string, edit: TextEdit['range'], snippets: boolean): CompletionItem {
  const snippet = snippets && /\$\{?\d/.test(text)
  return {
    label,
    textEdit: { range: edit, newText: snippet ? text : plainText(text) },
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  }
}

function frontmatterItems(lines: Lines, pos: Position, host: CompletionHost): CompletionItem[] {
  const line = lines.lines[pos.line] ?? ''
  const before = line.slice(0, pos.character)
  const keyOnly = /^([\w-]*)$/.exec(before)
  if (keyOnly) {
    const end = lines.close === undefined || lines.close < 0 ? lines.lines.length : lines.close
    const present = new Set(lines.lines.slice(1, end).map((l) => /^([\w-]+)\s*:/.exec(l)?.[1]))
    const range = { start: { line: pos.line, character: 0 }, end: pos }
    return KEYS.filter((k) => !present.has(k.key)).map((k, i) => {
      const value = k.values ? `\${1|${k.values.join(',')}|}` : '$1'
      const it = item(k.key, `${k.key}: ${value}`, range, host.snippets)
      if (!host.snippets) it.textEdit = { range, newText: `${k.key}: ` }
      return { ...it, kind: CompletionItemKind.Property, detail: k.doc, sortText: String(i).padStart(2, '0') }
    })
  }
  const keyValue = /^([\w-]+)\s*:\s*(\S*)$/.exec(before)
  if (!keyValue) return []
  const key = keyValue[1]!
  const range = { start: { line: pos.line, character: pos.character - keyValue[2]!.length }, end: pos }
  let values: readonly string[] = KEYS.find((k) => k.key === key)?.values ?? []
  if (TIMEZONE_KEYS.has(key)) values = Intl.supportedValuesOf('timeZone')
  if (DATE_KEYS.has(key)) {
    const suggested = host.suggestDate(key)
    values = [...new Set([suggested, host.clock().now].filter((v): v is string => v !== undefined))]
  }
  // "kind:thank-you" would be one YAML string, not a key and a value: keep the space.
  const space = before.endsWith(':') ? ' ' : ''
  return values.map((v) => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    filterText: `${space}${v}`,
    textEdit: { range, newText: `${space}${v}` },
  }))
}

function noteItems(lines: Lines, pos: Position, host: CompletionHost): CompletionItem[] {
  const line = lines.lines[pos.line] ?? ''
  const before = line.slice(0, pos.character)
  const slash = /^\s*\/([\w-]*)$/.exec(before)
  const others = lines.lines
    .filter((_l, i) => i !== pos.line)
    .join('')
    .trim()
  const empty = others === '' && /^\s*[\w-]*$/.test(line)
  if (!slash && !empty) return []
  const start = slash ? before.indexOf('/') : before.length - (/[\w-]*$/.exec(before)?.[0].length ?? 0)
  const range = {
    start: { line: pos.line, character: empty ? 0 : start },
    end: empty ? { line: pos.line, character: line.length } : pos,
  }
  const withFrontmatter = lines.close === undefined && others === ''
  const { timezone, now } = host.clock()
  return TEMPLATES.map((t, i) => {
    const text = (withFrontmatter ? frontmatterSnippet(t, now, timezone) : '') + t.body
    const it = item(t.label, text, range, host.snippets)
    return {
      ...it,
      kind: CompletionItemKind.Snippet,
      detail: t.detail,
      filterText: slash ? `/${t.label}` : t.label,
      sortText: `0${i}`,
    }
  })
}

export function completion(doc: TextDocument, pos: Position, host: CompletionHost): CompletionItem[] {
  const lines = split(doc.getText())
  const inFrontmatter =
    lines.close !== undefined && pos.line > 0 && (lines.close < 0 || pos.line < lines.close)
  if (inFrontmatter) return frontmatterItems(lines, pos, host)
  return noteItems(lines, pos, host)
}

// Parse once: Markdown (remark-parse + remark-frontmatter) → prose as natural-language trees
// (mdast-util-to-nlcst with the English parser, the same conversion remark-retext performs in
// mutate mode, which splits "Mr. Lee" correctly) → a flat model of blocks, sentences and words
// with absolute UTF-16 offsets. Rules read this model; they never see code, URLs, HTML comments,
// frontmatter values or `>` quoted text.
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type {
  Nodes as NlcstNodes,
  Paragraph as NlcstParagraph,
  Root as NlcstRoot,
  Sentence as NlcstSentence,
} from 'nlcst'
import { ParseEnglish } from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { findStructure, type Structure } from './structure.js'
import { lexeme, normalizeWord } from './words.js'

export interface Word {
  text: string
  /** Normalised: lower case, straight apostrophes, no trailing dot. */
  lower: string
  stem: string
  start: number
  end: number
  /** Interned ids of `stem` and `lower` for the phrase matcher (filled in lazily; see phrases.ts). */
  ids?: WordIds | undefined
}

export interface WordIds {
  stem: number
  lower: number
  generation: number
}

/** A non-word token kept for rules that care (emoji, "!!"). */
export interface Mark {
  kind: 'punctuation' | 'symbol'
  text: string
  start: number
  end: number
}

export interface Sentence {
  start: number
  end: number
  words: Word[]
  marks: Mark[]
  block: Block
}

export type BlockRole = 'subject' | 'greeting' | 'body' | 'closing' | 'signature'

export interface Block {
  start: number
  end: number
  sentences: Sentence[]
  /** Index among prose blocks. */
  index: number
}

export interface HtmlComment {
  start: number
  end: number
  /** The comment's inner text, trimmed. */
  value: string
}

export interface Document {
  text: string
  /** How many byte-order marks the text starts with (nlcst/mdast offsets are that much less). */
  base: number
  mdast: MdastRoot
  nlcst: NlcstRoot
  blocks: Block[]
  sentences: Sentence[]
  words: Word[]
  comments: HtmlComment[]
  /** Offset of the YAML frontmatter node (fences included), if any. */
  yaml: { start: number; end: number; value: string } | null
  structure: Structure
  /** Line number (0-based) of an offset. */
  lineOf(offset: number): number
  /** Offset where a 0-based line starts. */
  lineStart(line: number): number
  /** Absolute offsets of an mdast node. */
  rangeOf(node: MdastNodes): { start: number; end: number }
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
const english = new ParseEnglish()

/** mdast node types whose text is not the writer's prose. */
const IGNORED = ['yaml', 'code', 'html', 'blockquote', 'definition', 'ignoredLink']

// An e-mail address only starts where a run of address characters starts (group 1 is the address):
// letting it start anywhere inside a long run made the search quadratic (test/redos.test.ts).
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+|(?:^|[^\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g

// micromark (the Markdown parser) takes quadratic time on a long line full of unclosed "<!--" or
// unmatched "*" / "_" (50,000 such characters: 5-10 s). Emails do not contain such lines; a
// pasted log or a generated file might. Before parsing, those characters on a line that long and that
// full of them become spaces (same length, so every offset holds; words are read from the real text).
const LONG_LINE = 2000
const MANY = 100

function defuse(body: string): string {
  if (body.length <= LONG_LINE) return body
  let out: string[] | undefined
  let at = 0
  while (at < body.length) {
    let end = body.indexOf('\n', at)
    if (end < 0) end = body.length
    if (end - at > LONG_LINE) {
      const line = body.slice(at, end)
      let lt = 0
      let emphasis = 0
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i)
        if (c === 60) lt++
        else if (c === 42 || c === 95) emphasis++
      }
      if (lt > MANY || emphasis > MANY) {
        out ??= [body.slice(0, at)]
        out.push(line.replace(lt > MANY ? /[<*_]/g : /[*_]/g, ' '))
        out.push(body.slice(end, end + 1))
        at = end + 1
        continue
      }
    }
    if (out) out.push(body.slice(at, Math.min(end + 1, body.length)))
    at = end + 1
  }
  return out ? out.join('') : body
}

// Short texts that rules parse on their own (a subject line, a phrase probe, a `requested:` item)
// are the same from one lint to the next: parse each once. Documents are never changed after
// parsing, so sharing one is safe; the memo is bounded.
const lines = new Map<string, Document>()

/** `parseDocument` for a short text (one line) that is parsed again on every lint: memoised. */
export function parseLine(text: string): Document {
  let doc = lines.get(text)
  if (doc === undefined) {
    doc = parseDocument(text)
    if (text.length > 500) return doc
    if (lines.size >= 500) lines.clear()
    lines.set(text, doc)
  }
  return doc
}

export function parseDocument(text: string): Document {
  // micromark drops a leading byte-order mark; parse without it and shift every offset back. All of
  // them: with one left at the start of `body`, micromark would drop it too and shift every offset.
  let base = 0
  while (text.charCodeAt(base) === 0xfeff) base++
  const body = defuse(base ? text.slice(base) : text)
  const file = new VFile(body)
  const mdast = markdown.parse(file) as MdastRoot
  const comments: HtmlComment[] = []
  let yaml: Document['yaml'] = null

  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1)
  }
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const rangeOf = (node: MdastNodes) => ({
    start: (node.position?.start.offset ?? 0) + base,
    end: (node.position?.end.offset ?? 0) + base,
  })

  // One walk: collect comments and frontmatter; hide autolinks (their text is a URL).
  const walk = (node: MdastNodes): void => {
    if (node.type === 'html') {
      const m = /^<!--([\s\S]*?)-->$/.exec(node.value.trim())
      if (m) comments.push({ ...rangeOf(node), value: m[1]!.trim() })
      else {
        // indexOf, not /<!--([\s\S]*?)-->/g: that regex is quadratic on many unclosed "<!--".
        const v = node.value
        for (let at = v.indexOf('<!--'); at >= 0; ) {
          const close = v.indexOf('-->', at + 4)
          if (close < 0) break
          const s = rangeOf(node).start + at
          comments.push({ start: s, end: s + close + 3 - at, value: v.slice(at + 4, close).trim() })
          at = v.indexOf('<!--', close + 3)
        }
      }
      return
    }
    if (node.type === 'yaml') {
      yaml = { ...rangeOf(node), value: node.value }
      return
    }
    if (node.type === 'link') {
      const only = node.children.length === 1 ? node.children[0] : undefined
      if (only?.type === 'text' && (only.value === node.url || `mailto:${only.value}` === node.url)) {
        ;(node as { type: string }).type = 'ignoredLink'
        return
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes)
  }
  walk(mdast)

  // mdast-util-to-nlcst numbers the tokens of a text node as if its value were the source, but a
  // value lacks the indentation of continuation lines (list items), escapes and entities: record
  // each tokenize() call and map its tokens back onto the source afterwards.
  const runs: NlcstNodes[][] = []
  const parser = Object.create(english) as ParseEnglish
  parser.tokenize = (value: string) => {
    const nodes = english.tokenize(value)
    runs.push(nodes)
    return nodes
  }
  const nlcst = toNlcst(mdast, file, parser, { ignore: IGNORED })
  realign(mdast, nlcst, runs, body, location(file))

  const urlRanges: Array<[number, number]> = []
  if (body.includes('@') || body.includes('http') || body.includes('www.')) {
    for (const m of body.matchAll(URL_OR_EMAIL)) {
      const end = m.index + m[0].length
      urlRanges.push([end - (m[1] ?? m[0]).length + base, end + base])
    }
  }
  const inUrl = (start: number): boolean => {
    for (const [s, e] of urlRanges) if (start >= s && start < e) return true
    return false
  }

  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const words: Word[] = []
  // An earlier message pasted below the reply without ">" marks is someone else's text.
  const quotedFrom = pastedThreadStart(text)
  for (const paragraph of nlcst.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    if ((paragraph.position?.start.offset ?? 0) + base >= quotedFrom) break
    const block: Block = {
      start: (paragraph.position?.start.offset ?? 0) + base,
      end: (paragraph.position?.end.offset ?? 0) + base,
      sentences: [],
      index: blocks.length,
    }
    for (const sentence of (paragraph as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue
      const s = toSentence(sentence, block, base, text, inUrl)
      if (s.words.length === 0 && s.marks.length === 0) continue
      block.sentences.push(s)
      sentences.push(s)
      for (const w of s.words) words.push(w)
    }
    if (block.sentences.length > 0) blocks.push(block)
  }

  const doc: Document = {
    text,
    base,
    mdast,
    nlcst,
    blocks,
    sentences,
    words,
    comments,
    yaml,
    structure: { subject: null, greeting: null, closing: null, signature: null, bodyStart: 0, bodyEnd: 0 },
    lineOf,
    lineStart: (line) => lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))]!,
    rangeOf,
  }
  doc.structure = findStructure(doc)
  return doc
}

// Where a pasted earlier message starts: "-----Original Message-----", "---------- Forwarded message
// ---------", an Outlook header ("From: …" then "Sent: …" or "Date: …"), or "On <date>, <name> wrote:"
// (which mail clients may wrap over two lines). Only after some text of the writer's own.
const THREAD_SEPARATOR = /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}[ \t]*$/im
const OUTLOOK_HEADER =
  /^[ \t]*(?:\*\*)?from:(?:\*\*)?[ \t]+\S.*\r?\n(?:.*\r?\n){0,2}?[ \t]*(?:\*\*)?(?:sent|date):(?:\*\*)?[ \t]+\S/im
const WROTE = /^[ \t]*on[ \t]+\S[^\n]{3,200}?(?:[ \t]|\r?\n(?:[^\n]{0,120}?[ \t])?)wrote:[ \t]*$/im

function pastedThreadStart(text: string): number {
  let start = Number.POSITIVE_INFINITY
  for (const re of [THREAD_SEPARATOR, OUTLOOK_HEADER, WROTE]) {
    const m = re.exec(text)
    if (m && m.index < start && /[\p{L}]/u.test(text.slice(0, m.index))) start = m.index
  }
  return start
}

const NLCST_IGNORED = new Set(['table', 'tableRow', 'tableCell', ...IGNORED])

/** The mdast values mdast-util-to-nlcst tokenizes, in its order, with the offset it numbers from. */
function tokenizedValues(node: MdastNodes, out: Array<{ value: string; start: number; end: number }>): void {
  if (NLCST_IGNORED.has(node.type) || node.type === 'inlineCode') return
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if ('children' in node) {
    for (const child of node.children) tokenizedValues(child as MdastNodes, out)
  } else if (node.type === 'image' || node.type === 'imageReference') {
    if (node.alt && start !== undefined && end !== undefined)
      out.push({ value: node.alt, start: start + 2, end })
  } else if (node.type === 'text' && start !== undefined && end !== undefined) {
    out.push({ value: node.value, start, end })
  }
}

const CHAR_REF = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff

/**
 * Where each code unit of a text node's `value` comes from in its `source`: `[starts[i], ends[i])`.
 * micromark's value drops continuation-line indentation and backslashes of escapes, and decodes
 * character references; everything else is kept in order.
 */
function alignment(value: string, source: string): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let j = 0
  let i = 0
  while (i < value.length) {
    if (j >= source.length) {
      starts[i] = ends[i] = source.length
      i++
      continue
    }
    const c = value.charCodeAt(i)
    const d = source.charCodeAt(j)
    if (d === 38 /* & */) {
      const ref = CHAR_REF.exec(source.slice(j, j + 40))
      // A named reference decodes to "&" only as &amp; (or &AMP;); any other "&" in the value is literal.
      if (ref && (c !== 38 || ref[3]?.toLowerCase() === 'amp')) {
        const code = ref[1] ? Number(ref[1]) : ref[2] ? Number.parseInt(ref[2], 16) : undefined
        const units =
          code !== undefined ? (code > 0xffff && code <= 0x10ffff ? 2 : 1) : isHighSurrogate(c) ? 2 : 1
        for (let k = 0; k < units && i < value.length; k++, i++) {
          starts[i] = j
          ends[i] = j + ref[0].length
        }
        j += ref[0].length
        continue
      }
    }
    if (c !== d) {
      if (d === 92 /* \ */ && source.charCodeAt(j + 1) === c) {
        j++
        continue
      }
      // Indentation of a continuation line (and the odd marker) is in the source only.
      if (d === 32 || d === 9 || d === 62 /* > */) {
        j++
        continue
      }
    }
    starts[i] = j
    ends[i] = j + 1
    i++
    j++
  }
  return { starts, ends }
}

/** Move the tokens of each text node whose value differs from its source onto the source. */
function realign(
  mdast: MdastRoot,
  nlcst: NlcstRoot,
  runs: NlcstNodes[][],
  body: string,
  place: ReturnType<typeof location>,
): void {
  const values: Array<{ value: string; start: number; end: number }> = []
  tokenizedValues(mdast, values)
  if (values.length !== runs.length) return
  const moved = new Set<NlcstNodes>()
  values.forEach(({ value, start, end }, k) => {
    const source = body.slice(start, end)
    if (source === value) return
    const { starts, ends } = alignment(value, source)
    const move = (node: NlcstNodes): void => {
      if ('children' in node) for (const child of node.children) move(child)
      const s = node.position?.start.offset
      const e = node.position?.end.offset
      if (s === undefined || e === undefined) return
      const a = s - start
      const b = e - start
      if (a < 0 || b > value.length || b < a) return
      const from = start + (a < value.length ? starts[a]! : source.length)
      const to = b > a ? start + ends[b - 1]! : from
      const p = place.toPoint(from)
      const q = place.toPoint(to)
      if (p && q) {
        node.position = { start: p, end: q }
        moved.add(node)
      }
    }
    for (const node of runs[k]!) move(node)
  })
  if (moved.size === 0) return
  // Sentences and paragraphs span their (moved) content.
  const span = (node: NlcstNodes): void => {
    if (!('children' in node) || node.children.length === 0) return
    for (const child of node.children) span(child)
    const first = node.children[0]!.position?.start
    const last = node.children.at(-1)!.position?.end
    if (first && last) node.position = { start: { ...first }, end: { ...last } }
  }
  span(nlcst)
}

function toSentence(
  node: NlcstSentence,
  block: Block,
  base: number,
  text: string,
  inUrl: (start: number) => boolean,
): Sentence {
  const sentence: Sentence = {
    start: (node.position?.start.offset ?? 0) + base,
    end: (node.position?.end.offset ?? 0) + base,
    words: [],
    marks: [],
    block,
  }
  for (const child of node.children) {
    if (!child.position) continue
    const start = (child.position.start.offset ?? 0) + base
    const end = (child.position.end.offset ?? 0) + base
    if (child.type === 'WordNode') {
      if (inUrl(start)) continue
      const raw = text.slice(start, end)
      const lower = normalizeWord(raw)
      const entry = lexeme(lower)
      sentence.words.push({ text: raw, lower, stem: entry.stem, start, end, ids: entry.ids })
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (inUrl(start)) continue
      sentence.marks.push({
        kind: child.type === 'SymbolNode' ? 'symbol' : 'punctuation',
        text: child.value,
        start,
        end,
      })
    }
  }
  return sentence
}

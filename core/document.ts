// Parse once: Markdown (remark-parse + remark-frontmatter) → prose as natural-language trees
// (mdast-util-to-nlcst with the English parser, the same conversion remark-retext performs in
// mutate mode, which splits "Mr. Lee" correctly) → a flat model of blocks, sentences and words
// with absolute UTF-16 offsets. Rules read this model; they never see code, URLs, HTML comments,
// frontmatter values or `>` quoted text.
// The conversion to nlcst is in document-nlcst.ts; what is read off the raw text (long lines
// defused, a pasted earlier message, URLs and addresses) in document-text.ts.
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast'
import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { proseTree } from './document-nlcst.js'
import { defuse, pastedThreadStart, urlTest } from './document-text.js'
import { findStructure, type Structure } from './structure.js'
import { lexeme, normalizeWord } from './words.js'

export interface Word {
  text: string
  /** Normalised: lower case, straight apostrophes, no trailing dot. */
  lower: string
  stem: string
  start: number
  end: number
  /** Interned ids of `stem` and `lower` for the phrase matcher (filled in lazily; see phrase-pattern.ts). */
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

  const nlcst = proseTree(mdast, file, body)
  const inUrl = urlTest(body, base)

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

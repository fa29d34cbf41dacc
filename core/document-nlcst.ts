// Markdown to natural-language trees: mdast-util-to-nlcst with the English parser (the conversion
// remark-retext performs in mutate mode, which splits "Mr. Lee" correctly), every token then moved
// onto the source text where a text node's value differs from it (continuation-line indentation,
// escapes, character references).
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Nodes as NlcstNodes, Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'

const english = new ParseEnglish()

/** mdast node types whose text is not the writer's prose. */
const IGNORED = ['yaml', 'code', 'html', 'blockquote', 'definition', 'ignoredLink']

/** The prose of `mdast` (parsed from `file`, whose text is `body`) as nlcst, positioned on `body`. */
export function proseTree(mdast: MdastRoot, file: VFile, body: string): NlcstRoot {
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
  return nlcst
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

// The retext-equality adapter behind inclusive-language: the plugin run one sentence at a time, only
// where one of its phrases may match and with only those phrases (equalityFindings). Its transformers
// (and its phrase index) are created once at load, not per document.
import type { Root as NlcstRoot, Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEquality from 'retext-equality'
import { VFile } from 'vfile'
import type { IgnoreList } from './inclusive-language-ignore.js'

type Transformer = (tree: unknown, file: VFile) => void
type Candidates = Map<string, Array<{ phrase: string; rest: string[] }>>

// Lower case, curly apostrophe straightened, then hyphens and apostrophes dropped: the loosest of
// the two ways retext-equality normalizes a word (it keeps apostrophes for some phrases), so two
// words it calls equal are also equal here.
function loose(word: string): string {
  return word.toLowerCase().replace(/[-'’]/g, '')
}

const factory = retextEquality as unknown as (options: object) => Transformer

// The plugin checks each of its phrases against `ignore` with `includes`; answering that call is how
// we read its phrase list (it exports no other way) and how we hand it only the phrases we need.
function transformer(keep: (phrase: string) => boolean, seen?: string[]): Transformer {
  return factory({
    ignore: {
      includes(phrase: string) {
        seen?.push(phrase)
        return !keep(phrase)
      },
    },
  })
}

/**
 * First word of each active phrase → the phrases starting with it; undefined if no sound index.
 * Kept per ignore list (one list per rule setting: see ignoreFor).
 */
const indexes = new WeakMap<readonly string[], Candidates | undefined>()

function indexFor(ignore: readonly string[]): Candidates | undefined {
  if (indexes.has(ignore)) return indexes.get(ignore)
  const seen: string[] = []
  transformer(() => true, seen)
  const skip = new Set(ignore)
  let index: Candidates | undefined = new Map()
  for (const phrase of seen) {
    if (skip.has(phrase)) continue
    const [first = '', ...rest] = phrase.split(' ').map(loose)
    // A phrase that starts with a wildcard could start anywhere: no index can be sound then.
    if (first === '*' || first === '') {
      index = undefined
      break
    }
    const list = index.get(first) ?? []
    list.push({ phrase, rest })
    index.set(first, list)
  }
  // If a later version of the plugin stops asking, run it with every phrase (slower, same findings).
  if (seen.length === 0) index = undefined
  indexes.set(ignore, index)
  return index
}

// The phrases that may match in this sentence, added to `found`. A phrase matches words separated
// only by white space, the way nlcst-search walks siblings; anything else between words breaks the
// run. Looser than the plugin (no literal or case checks), so nothing it would flag is missed.
function collect(sentence: Sentence, index: Candidates, found: Set<string>): boolean {
  const words: (string | undefined)[] = []
  for (const node of sentence.children) {
    if (node.type === 'WordNode') words.push(loose(nlcstToString(node)))
    else if (node.type !== 'WhiteSpaceNode') words.push(undefined)
  }
  let any = false
  for (let i = 0; i < words.length; i++) {
    const first = words[i]
    const candidates = first === undefined ? undefined : index.get(first)
    if (!candidates) continue
    for (const { phrase, rest } of candidates) {
      let ok = true
      for (let j = 0; j < rest.length && ok; j++) {
        const w = words[i + 1 + j]
        ok = w !== undefined && (rest[j] === '*' || rest[j] === w)
      }
      if (ok) {
        found.add(phrase)
        any = true
      }
    }
  }
  return any
}

// retext-equality indexes all of its ~900 phrases for every paragraph it visits, then walks every
// word. Its matches never cross a sentence, so it is run on one sentence at a time, only where a
// phrase may match, with only those phrases: the same findings (checked against the plain plugin in
// test/inclusive-language.test.ts) for a fraction of the work, and none at all for most notes. With a
// LintCache (the language server), a sentence's findings are kept by its text.
const narrowed = new Map<string, Transformer>()

export interface Finding {
  start: number
  end: number
  expected: string[]
}

function findIn(
  sentence: Sentence,
  phrases: ReadonlySet<string> | undefined,
  skip: ReadonlySet<string>,
): Finding[] {
  const tree: NlcstRoot = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [sentence] }] }
  const key = phrases ? [...phrases].sort().join('\n') : `all\n${[...skip].join('\n')}`
  let transform = narrowed.get(key)
  if (!transform) {
    transform = transformer(phrases ? (p) => phrases.has(p) : (p) => !skip.has(p))
    if (narrowed.size > 200) narrowed.clear()
    narrowed.set(key, transform)
  }
  const file = new VFile()
  // Its findings are VFileMessages, which are Errors: capturing a stack trace for each costs more
  // than finding it, and nobody reads those stacks.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    transform(tree, file)
  } finally {
    Error.stackTraceLimit = limit
  }
  const out: Finding[] = []
  for (const m of file.messages) {
    const place = m.place && 'start' in m.place ? m.place : undefined
    if (place?.start.offset === undefined || place.end.offset === undefined) continue
    const expected = ((m as { expected?: string[] }).expected ?? []).filter(Boolean).slice(0, 3)
    out.push({ start: place.start.offset, end: place.end.offset, expected })
  }
  return out
}

/** Findings in the natural-language tree, with offsets into the text without byte-order marks. */
export function equalityFindings(
  root: NlcstRoot,
  source: string,
  ignore: IgnoreList,
  memo: <T>(key: string, compute: () => T) => T,
): Finding[] {
  const index = indexFor(ignore.list)
  const out: Finding[] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const from = child.position?.start.offset
      const to = child.position?.end.offset
      if (from === undefined || to === undefined) continue
      const compute = (): Finding[] => {
        const phrases = new Set<string>()
        if (index && !collect(child, index, phrases)) return []
        return findIn(child, index ? phrases : undefined, ignore.skip).map((f) => ({
          ...f,
          start: f.start - from,
          end: f.end - from,
        }))
      }
      // Findings depend only on the sentence's text (and the ignore list): kept relative to it.
      for (const f of memo(`${ignore.key}\u0000${source.slice(from, to)}`, compute))
        out.push({ ...f, start: f.start + from, end: f.end + from })
    }
  }
  return out
}

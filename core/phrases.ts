// Phrase lists are data; this module builds matchers from them that run on the words of one
// sentence (never on raw Markdown). Compiled once per list and reused for every document. Tokens are
// parsed, compiled and matched by phrase-pattern.ts.
//
// Pattern syntax (one pattern = words separated by spaces):
//   salary            any inflection of the word (Porter stem: salary, salaries)
//   =ok               exactly this word (case-insensitive)
//   attach|enclose    alternatives, each inflection-aware (`=a|=b` for exact ones)
//   my?               an optional word
//   *                 any one word
//   ...               a gap of zero to three words
//   #num              a word with a digit in it (95k, 2026, 3rd)

import type { Sentence, Word } from './document.js'
import {
  compilePattern,
  idsOf,
  matchAt,
  type Token,
  variantHeads,
  variantTokens,
  WORD,
} from './phrase-pattern.js'
import type { Kind } from './types.js'
import { negates } from './words.js'

export interface PhraseEntry {
  /** Stable id of the entry (used in messages and to remove it in config). */
  id: string
  patterns: string[]
  /** Replacement wording offered as suggestions. */
  suggest?: string[]
  /** Skip a hit preceded (within four words) by a negation: "not", "don't", "no", "never"… */
  negatable?: boolean
  /** Skip a hit when the same sentence matches one of these patterns. */
  unless?: string[]
  /** A short explanation shown with the message. */
  note?: string
  /** Only active when the rule's `strict` option is on (wording that is fine for most readers). */
  strict?: boolean
  /** Only active in notes of these kinds (e.g. a status question is pushy only in a thank-you). */
  kinds?: Kind[]
}

export interface PhraseListData {
  entries: PhraseEntry[]
}

interface Compiled {
  entry: PhraseEntry
  pattern: string
  /** Which of the pattern's variants: how many optional first words it leaves out. */
  skip: number
  /** The variant's first word (required), by which it is indexed. */
  head: Token
  /** All its tokens, compiled when a draft first has a word its head accepts (see `ready`). */
  tokens: Token[] | undefined
  /** Construction order: among equally long matches the earlier pattern wins. */
  order: number
}

/**
 * The patterns that start with one word id, indexed again by their second word: a sentence's word
 * is only tried against patterns whose second word is the next word (or whose second token is
 * optional, a gap or a wildcard). Lists keep construction order.
 */
interface Bucket {
  /** Every pattern with this first word, in construction order, until the bucket is first read. */
  pending: Compiled[] | undefined
  rest: Compiled[]
  byStem: Map<number, Compiled[]> | undefined
  byExact: Map<number, Compiled[]> | undefined
}

/**
 * Split a bucket's patterns by their second word, the first time a draft's word reaches it: most
 * first words of a list never occur in a given draft, so a cold run (and the server's memory)
 * only pays for the buckets it reads.
 */
function ready(bucket: Bucket): void {
  const pending = bucket.pending
  if (pending) {
    bucket.pending = undefined
    for (const c of pending) {
      c.tokens ??= variantTokens(c.pattern, c.skip)
      addTo(bucket, c)
    }
  }
}

function putHead(index: Array<Bucket | undefined>, keys: number[], c: Compiled): void {
  for (const key of keys) {
    while (index.length <= key) index.push(undefined)
    const bucket = index[key]
    if (!bucket) index[key] = { pending: [c], rest: [], byStem: undefined, byExact: undefined }
    // Two alternatives with one stem ("meet|meeting") list the pattern once.
    else if (bucket.pending!.at(-1) !== c) bucket.pending!.push(c)
  }
}

function addTo(bucket: Bucket, c: Compiled): void {
  const second = c.tokens![1]
  if (!second || second.type !== WORD || second.optional) {
    bucket.rest.push(c)
    return
  }
  if (second.stems.length > 0) {
    bucket.byStem ??= new Map()
    addKeys(bucket.byStem, second.stems, c)
  }
  if (second.exacts.length > 0) {
    bucket.byExact ??= new Map()
    addKeys(bucket.byExact, second.exacts, c)
  }
}

function addKeys(map: Map<number, Compiled[]>, keys: number[], c: Compiled): void {
  for (const key of keys) {
    const list = map.get(key)
    if (!list) map.set(key, [c])
    // Two alternatives with one stem ("meet|meeting") list the pattern once.
    else if (list[list.length - 1] !== c) list.push(c)
  }
}

export interface PhraseHit {
  entry: PhraseEntry
  pattern: string
  words: Word[]
  start: number
  end: number
}

export class PhraseMatcher {
  // Candidates by the id of their first word: arrays indexed by id (ids are small and dense). Built
  // on the first `match`: a module's matchers are made when it loads, and a cold run uses few of
  // some (the server and the CLI make them all; start-up time is a budget line).
  private byStem: Array<Bucket | undefined> = []
  private byExact: Array<Bucket | undefined> = []
  private compiled: Compiled[] | undefined
  private readonly unless = new Map<PhraseEntry, Token[][]>()

  /**
   * Only the first word of each pattern is compiled here (a malformed one throws now); the rest of
   * a pattern when a draft first has a word it starts with. `validate` compiles everything now.
   */
  constructor(private readonly entries: readonly PhraseEntry[]) {
    const compiled: Compiled[] = []
    for (const entry of entries)
      for (const pattern of entry.patterns)
        variantHeads(pattern).forEach((head, skip) => {
          compiled.push({ entry, pattern, skip, head, tokens: undefined, order: compiled.length })
        })
    this.compiled = compiled
  }

  /** Compile every pattern now (throws PatternError for a malformed one): for a user's own phrases. */
  validate(): this {
    for (const entry of this.entries) {
      for (const pattern of entry.patterns) compilePattern(pattern)
      this.unlessOf(entry)
    }
    return this
  }

  private index(): void {
    const compiled = this.compiled
    if (!compiled) return
    this.compiled = undefined
    for (const c of compiled) {
      putHead(this.byStem, c.head.stems, c)
      putHead(this.byExact, c.head.exacts, c)
    }
  }

  /**
   * All hits in a sentence: per start word the longest match; overlapping hits dropped. Entries
   * `include` rejects are skipped before matching, so they never hide a hit of an active entry.
   */
  match(sentence: Sentence, include?: (entry: PhraseEntry) => boolean): PhraseHit[] {
    this.index()
    const words = sentence.words
    const hits: PhraseHit[] = []
    let coveredUntil = -1
    for (let i = 0; i < words.length; i++) {
      if (i <= coveredUntil) continue
      const ids = idsOf(words[i]!)
      const byStem = ids.stem < 0 ? undefined : this.byStem[ids.stem]
      const byExact = ids.lower < 0 ? undefined : this.byExact[ids.lower]
      if (!byStem && !byExact) continue
      // Before the next word's ids are read: readying a bucket may intern new words.
      if (byStem) ready(byStem)
      if (byExact) ready(byExact)
      const next = words[i + 1]
      const nextIds = next ? idsOf(next) : undefined
      // The longest match wins; among equally long ones, the pattern indexed by stem before the one
      // indexed by exact word, then the earlier pattern. Vetoed candidates (negated, `unless`) never win.
      let best: { c: Compiled; len: number; key: number } | undefined
      for (let pass = 0; pass < 2; pass++) {
        const bucket = pass === 0 ? byStem : byExact
        if (!bucket) continue
        // The patterns whose second token is not a plain word, then those whose second word is next
        // (by stem, then exact): three lists, looked up without building an array per word.
        for (let part = 0; part < 3; part++) {
          const list =
            part === 0
              ? bucket.rest
              : part === 1
                ? nextIds && nextIds.stem >= 0
                  ? bucket.byStem?.get(nextIds.stem)
                  : undefined
                : nextIds && nextIds.lower >= 0
                  ? bucket.byExact?.get(nextIds.lower)
                  : undefined
          if (!list) continue
          for (const c of list) {
            if (include && !include(c.entry)) continue
            // The first word matched through the index: match the rest after it.
            const rest = matchAt(c.tokens!, 1, words, i + 1)
            if (rest < 0) continue
            const len = rest + 1
            const key = pass * 1_000_000 + c.order
            if (best && (len < best.len || (len === best.len && key >= best.key))) continue
            if (c.entry.negatable && negatedBefore(sentence, i)) continue
            if (this.unlessMatches(c.entry, words)) continue
            best = { c, len, key }
          }
        }
      }
      if (best) {
        const matched = words.slice(i, i + best.len)
        hits.push({
          entry: best.c.entry,
          pattern: best.c.pattern,
          words: matched,
          start: matched[0]!.start,
          end: matched.at(-1)!.end,
        })
        coveredUntil = i + best.len - 1
      }
    }
    return hits
  }

  private unlessOf(entry: PhraseEntry): Token[][] | undefined {
    if (!entry.unless?.length) return undefined
    let list = this.unless.get(entry)
    if (!list) {
      list = entry.unless.flatMap(compilePattern)
      this.unless.set(entry, list)
    }
    return list
  }

  private unlessMatches(entry: PhraseEntry, words: Word[]): boolean {
    const list = this.unlessOf(entry)
    if (!list) return false
    for (const tokens of list)
      for (let i = 0; i < words.length; i++) if (matchAt(tokens, 0, words, i) > 0) return true
    return false
  }
}

// A negation reaches over at most four words and not past the end of its clause: in "Whether or not
// I am selected, thank you" and "No pressure, but I need an answer by Friday" the words after the
// comma are not negated. A clause ends at , ; : or a dash, or before a word that starts a new one.
const CLAUSE_MARK = /^(?:[,;:\u2013\u2014]|-+)$/
const CLAUSE_WORD = new Set(['but', 'so', 'yet', 'however', 'although', 'though'])

/** Does a clause-ending mark (, ; : or a dash) stand between word `k - 1` and word `k`? */
export function clauseBreakBefore(sentence: Sentence, k: number): boolean {
  const prev = sentence.words[k - 1]
  if (!prev) return false
  const limit = sentence.words[k]?.start ?? Number.POSITIVE_INFINITY
  for (const mark of sentence.marks) {
    if (mark.start >= limit) break
    if (mark.start >= prev.end && mark.kind === 'punctuation' && CLAUSE_MARK.test(mark.text)) return true
  }
  return false
}

function negatedBefore(sentence: Sentence, i: number): boolean {
  const words = sentence.words
  let from = Math.max(0, i - 4)
  for (let j = i - 1; j >= from; j--) {
    if (clauseBreakBefore(sentence, j + 1) || CLAUSE_WORD.has(words[j]!.lower)) {
      from = j + 1
      break
    }
  }
  for (let j = from; j < i; j++) {
    const lower = words[j]!.lower
    // "whether or not", "… or not": offers a choice, negates nothing after it.
    if (lower === 'not' && words[j - 1]?.lower === 'or') continue
    if (negates(lower)) return true
  }
  return false
}

/** Apply a user's `phrases` edits (add patterns as a `custom` entry, remove by entry id or pattern). */
export function editPhraseList(
  entries: readonly PhraseEntry[],
  edits: { add?: string[] | undefined; remove?: string[] | undefined } | undefined,
): PhraseEntry[] {
  if (!edits) return [...entries]
  const remove = new Set((edits.remove ?? []).map((r) => r.trim().toLowerCase()))
  const out: PhraseEntry[] = []
  for (const entry of entries) {
    if (remove.has(entry.id.toLowerCase())) continue
    const patterns = entry.patterns.filter((p) => !remove.has(p.toLowerCase()))
    if (patterns.length) out.push({ ...entry, patterns })
  }
  if (edits.add?.length) out.push({ id: 'custom', patterns: [...edits.add] })
  return out
}

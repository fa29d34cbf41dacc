// The phrase-pattern language (syntax: phrases.ts): a pattern's tokens parsed, interned and
// compiled (the built-in lists' tokens come parsed from the build: phrase-tokens.generated.ts), and
// one pattern matched at one word of a sentence. `PhraseMatcher` (phrases.ts) indexes compiled
// patterns by their first words and calls `matchAt` for the rest.

import type { Word, WordIds } from './document.js'
import { builtinTokens } from './phrase-tokens.generated.js'
import { normalizeWord, stemOf } from './words.js'

// Every word a pattern names is interned to a small integer, once; a document's words look their
// ids up lazily (a word no pattern names gets -1 and can never match one). The matcher then compares
// integers instead of strings. New patterns (a user's phrase edits) bump the generation, so ids a
// word looked up earlier are looked up again.
const vocabulary = new Map<string, number>()
let generation = 0

function intern(key: string): number {
  let id = vocabulary.get(key)
  if (id === undefined) {
    id = vocabulary.size
    vocabulary.set(key, id)
    generation++
  }
  return id
}

export function idsOf(word: Word): WordIds {
  let ids = word.ids
  if (ids === undefined) {
    ids = { stem: -1, lower: -1, generation: -1 }
    word.ids = ids
  }
  // The object may be shared by every word of this spelling (words.ts): refreshing it refreshes all.
  if (ids.generation !== generation) {
    ids.stem = vocabulary.get(word.stem) ?? -1
    ids.lower = vocabulary.get(word.lower) ?? -1
    ids.generation = generation
  }
  return ids
}

// One shape for every token keeps the matcher's property reads monomorphic.
export const WORD = 0
const ANY = 1
const GAP = 2
const NUM = 3

export interface Token {
  type: typeof WORD | typeof ANY | typeof GAP | typeof NUM
  optional: boolean
  /** For a word token: ids of the stems it accepts, and of the exact words it accepts. */
  stems: number[]
  exacts: number[]
}

export class PatternError extends Error {}

// Phrase lists repeat tokens ("my|our", a long list of verbs in several patterns): compile each once.
// Tokens are never mutated, and interned ids never change, so sharing them is safe.
const tokenCache = new Map<string, Token>()

function compileToken(raw: string): Token {
  let token = tokenCache.get(raw)
  if (!token) {
    token = fromTables(raw) ?? compileTokenUncached(raw)
    tokenCache.set(raw, token)
  }
  return token
}

const ASCII_WORD = /^[a-z0-9'&$%+-]+$/
const WORD_CHARS = /^[\p{L}\p{N}'&$%+-]+$/u

/** A token before interning: the stems and exact words it accepts, as strings. */
export interface ParsedToken {
  type: Token['type']
  optional: boolean
  stems: string[]
  exacts: string[]
}

/** Parse one token of a pattern (throws PatternError for a malformed one). */
export function parseToken(raw: string): ParsedToken {
  let text = raw
  let optional = false
  if (text.length > 1 && text.endsWith('?')) {
    optional = true
    text = text.slice(0, -1)
  }
  if (text === '...') return { type: GAP, optional: false, stems: [], exacts: [] }
  if (text === '*') return { type: ANY, optional, stems: [], exacts: [] }
  if (text === '#num') return { type: NUM, optional, stems: [], exacts: [] }
  const token: ParsedToken = { type: WORD, optional, stems: [], exacts: [] }
  for (const alt of text.split('|')) {
    if (!alt) throw new PatternError(`empty alternative in "${raw}"`)
    const exact = alt.startsWith('=')
    const lower = normalizeWord(exact ? alt.slice(1) : alt)
    // The ASCII test first: the Unicode one is slow to compile and run in a cold process.
    if (!ASCII_WORD.test(lower) && !WORD_CHARS.test(lower)) throw new PatternError(`"${alt}" is not a word`)
    if (exact) token.exacts.push(lower)
    else token.stems.push(stemOf(lower))
  }
  return token
}

function compileTokenUncached(raw: string): Token {
  const parsed = parseToken(raw)
  return {
    type: parsed.type,
    optional: parsed.optional,
    stems: parsed.stems.map(intern),
    exacts: parsed.exacts.map(intern),
  }
}

/**
 * The built-in lists' tokens, parsed at build time (core/phrase-tokens.generated.ts): a vocabulary
 * and, per token, `[type, optional, stem indices, exact indices]` into it. A cold start (one CLI
 * run on one file) then interns a few thousand words instead of parsing, normalising and stemming
 * some twelve thousand alternatives before its first lint. Tokens not in the table (a user's own
 * phrases, or data edited since the last `npm run generate`) are compiled as usual.
 */
export interface TokenTable {
  vocabulary: string[]
  tokens: Record<string, [Token['type'], 0 | 1, number[], number[]]>
}

// Tables registered by `preloadTokens`, each with its vocabulary's interned ids (made on first use).
const tables: Array<{ table: TokenTable; ids: number[] }> = []

/**
 * Register a table of parsed tokens. Its tokens are read when a pattern first uses them, so a cold
 * run interns only the words of the lists it builds.
 */
export function preloadTokens(table: TokenTable): void {
  tables.push({ table, ids: [] })
}

function fromTables(raw: string): Token | undefined {
  for (const { table, ids } of tables) {
    if (!Object.hasOwn(table.tokens, raw)) continue
    const [type, optional, stems, exacts] = table.tokens[raw]!
    const id = (i: number) => (ids[i] ??= intern(table.vocabulary[i]!))
    return { type, optional: optional === 1, stems: stems.map(id), exacts: exacts.map(id) }
  }
  return undefined
}

/** The table `preloadTokens` reads, for these patterns (used by `npm run generate`). */
export function tokenTable(patterns: Iterable<string>): TokenTable {
  const vocabulary: string[] = []
  const index = new Map<string, number>()
  const at = (key: string) => {
    let i = index.get(key)
    if (i === undefined) {
      i = vocabulary.length
      vocabulary.push(key)
      index.set(key, i)
    }
    return i
  }
  const tokens: TokenTable['tokens'] = {}
  for (const pattern of patterns)
    for (const raw of pattern.trim().split(/\s+/)) {
      if (!raw || Object.hasOwn(tokens, raw)) continue
      const t = parseToken(raw)
      tokens[raw] = [t.type, t.optional ? 1 : 0, t.stems.map(at), t.exacts.map(at)]
    }
  return { vocabulary, tokens }
}

function splitPattern(pattern: string): string[] {
  const parts = pattern.trim().split(/\s+/).filter(Boolean)
  if (parts.length === 0) throw new PatternError('empty pattern')
  return parts
}

/** An optional word token made required ("my?" → "my"): the same token, shared through the cache. */
const required = (raw: string, token: Token): Token =>
  token.optional ? compileToken(raw.slice(0, -1)) : token

/**
 * The first word of each variant of a pattern: an optional first word yields two variants (with
 * and without it). Throws PatternError unless every variant starts with a word.
 */
export function variantHeads(pattern: string): Token[] {
  const parts = splitPattern(pattern)
  const heads: Token[] = []
  for (const raw of parts) {
    const token = compileToken(raw)
    if (token.type !== WORD) break
    heads.push(required(raw, token))
    if (!token.optional) return heads
  }
  throw new PatternError(`pattern "${pattern}" must start with a word`)
}

/** The tokens of the variant of `pattern` that leaves out its first `skip` (optional) words. */
export function variantTokens(pattern: string, skip: number): Token[] {
  const parts = splitPattern(pattern).slice(skip)
  const tokens = parts.map(compileToken)
  tokens[0] = required(parts[0]!, tokens[0]!)
  return tokens
}

/** Compile a pattern; an optional first word yields two variants (with and without it). */
export function compilePattern(pattern: string): Token[][] {
  return variantHeads(pattern).map((_, skip) => variantTokens(pattern, skip))
}

function wordMatches(token: Token, ids: WordIds): boolean {
  const stems = token.stems
  for (let k = 0; k < stems.length; k++) if (stems[k] === ids.stem) return true
  const exacts = token.exacts
  for (let k = 0; k < exacts.length; k++) if (exacts[k] === ids.lower) return true
  return false
}

/** Length (in words) of the longest match of `tokens` at `words[i]`, or -1. Linear per gap. */
export function matchAt(tokens: Token[], t: number, words: Word[], i: number): number {
  if (t === tokens.length) return 0
  const token = tokens[t]!
  if (token.type === GAP) {
    for (let skip = 0; skip <= 3 && i + skip <= words.length; skip++) {
      const rest = matchAt(tokens, t + 1, words, i + skip)
      if (rest >= 0) return skip + rest
    }
    return -1
  }
  const word = words[i]
  const hit =
    word !== undefined &&
    (token.type === ANY || (token.type === NUM ? /\d/.test(word.lower) : wordMatches(token, idsOf(word))))
  if (hit) {
    const rest = matchAt(tokens, t + 1, words, i + 1)
    if (rest >= 0) return rest + 1
  }
  if (token.optional) return matchAt(tokens, t + 1, words, i)
  return -1
}

/**
 * The plain definition, without any index: the longest match of `pattern` starting at `words[i]`
 * (0 when none). For tests of the indexed matcher; it compiles the pattern on every call.
 */
export function patternLengthAt(pattern: string, words: Word[], i: number): number {
  let best = 0
  for (const tokens of compilePattern(pattern)) best = Math.max(best, matchAt(tokens, 0, words, i))
  return best
}

// Last, once everything above is initialised: the built-in lists' tokens (see preloadTokens).
preloadTokens(builtinTokens())

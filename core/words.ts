// Word normalisation shared by the document model and the phrase matcher.
import { stemmer } from 'stemmer'
import type { WordIds } from './document.js'

/** What a normalised word maps to: its stem, and its ids in the phrase vocabulary (see phrase-pattern.ts). */
export interface Lexeme {
  stem: string
  /** Shared by every word with this spelling; phrase-pattern.ts fills it in and refreshes it. */
  ids: WordIds
}

// One entry per spelling seen in this thread: each word of a document costs one lookup here, and the
// phrase matcher then reads the word's vocabulary ids from the shared entry instead of looking them up.
const lexicon = new Map<string, Lexeme>()

/** Lower-case, curly apostrophes straightened, a trailing abbreviation dot dropped. */
export function normalizeWord(text: string): string {
  let lower = text.toLowerCase()
  if (lower.includes('’') || lower.includes('‘')) lower = lower.replace(/[’‘]/g, "'")
  if (lower.length > 1 && lower.endsWith('.')) lower = lower.slice(0, -1)
  return lower
}

function entry(stem: string): Lexeme {
  return { stem, ids: { stem: -1, lower: -1, generation: -1 } }
}

// Pre-computed stems (the phrase lists' words, stemmed at build time), read when a word is first
// seen: entries for all ~4,000 up front cost a cold start more than the few a note uses.
let seeded: Readonly<Record<string, string>> = {}

/** Pre-computed stems (the phrase lists' words, stemmed at build time). */
export function seedStems(stems: Readonly<Record<string, string>>): void {
  seeded = stems
}

/** The entry of a normalised word (cached; words with apostrophes or digits are their own stem). */
export function lexeme(lower: string): Lexeme {
  let found = lexicon.get(lower)
  if (found === undefined) {
    const known = Object.hasOwn(seeded, lower) ? seeded[lower] : undefined
    found = entry(known ?? (/['\d]/.test(lower) ? lower : stemmer(lower)))
    if (lexicon.size > 50_000) lexicon.clear()
    lexicon.set(lower, found)
  }
  return found
}

/** Porter stem of a normalised word (cached; words with apostrophes or digits are kept whole). */
export function stemOf(lower: string): string {
  return lexeme(lower).stem
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'without',
  'cannot',
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "wouldn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "can't",
  "shouldn't",
  "haven't",
  "hasn't",
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'isnt',
  'cant',
])

export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower)
}

/** A negating word: one of the negators, or any contraction in "n't" ("mustn't", "needn't"). */
export function negates(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't")
}

/** Levenshtein distance, for did-you-mean suggestions on short identifiers. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

/** The closest candidate within a small edit distance, for "did you mean …?". */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1
  for (const candidate of candidates) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

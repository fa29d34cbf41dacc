// An opt-in memo for linting successive versions of one document (the language server keeps one per
// open draft). Keyed by content, so an edit re-does only what it touched: the frontmatter is parsed
// again only when its text changes, and a phrase list is matched again only on sentences whose text
// changed. Results are the same as without a cache (test/cache.test.ts lints edit sequences both
// ways). lint() without a cache keeps no state between calls.
import type { Sentence } from './document.js'
import type { PhraseEntry, PhraseHit, PhraseMatcher } from './phrases.js'
import type { Frontmatter } from './types.js'

/** A hit with its words as indices into the sentence's words (sentences move; their text does not). */
interface StoredHit {
  entry: PhraseEntry
  pattern: string
  from: number
  to: number
}

const MAX_SENTENCES = 4000

/** Set `key` in `map`, emptying the map first when it is full (a bound, not an LRU). */
function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= MAX_SENTENCES) map.clear()
  map.set(key, value)
}

export class LintCache {
  private frontmatterKey: string | undefined
  private frontmatterValue: Frontmatter | null = null
  // Hits per matcher, per filter, per sentence id. A sentence's id stands for its words' text: equal
  // texts share an id, so each sentence's text is hashed once however many matchers read it. Ids are
  // never reused (a cleared map of ids cannot make an old id mean another text).
  private readonly hits = new WeakMap<PhraseMatcher, Map<string, Map<number, StoredHit[]>>>()
  private readonly sentenceIds = new WeakMap<Sentence, number>()
  private readonly textIds = new Map<string, number>()
  private nextId = 0

  private readonly memos = new Map<string, Map<string, unknown>>()

  /** A rule's memo (see RuleContext.memo). */
  memo<T>(rule: string, key: string, compute: () => T): T {
    let perRule = this.memos.get(rule)
    if (!perRule) {
      perRule = new Map()
      this.memos.set(rule, perRule)
    }
    const known = perRule.get(key)
    if (known !== undefined || perRule.has(key)) return known as T
    const value = compute()
    remember(perRule, key, value)
    return value
  }

  /** The frontmatter read from `key` (its offsets and text) last time, or compute and keep it. */
  frontmatter(key: string, read: () => Frontmatter | null): Frontmatter | null {
    if (key !== this.frontmatterKey) {
      this.frontmatterValue = read()
      this.frontmatterKey = key
    }
    return this.frontmatterValue
  }

  /** `matcher`'s hits in `sentence` (with `filter` naming the include function's inputs). */
  match(matcher: PhraseMatcher, filter: string, sentence: Sentence, run: () => PhraseHit[]): PhraseHit[] {
    let perMatcher = this.hits.get(matcher)
    if (!perMatcher) {
      perMatcher = new Map()
      this.hits.set(matcher, perMatcher)
    }
    let perFilter = perMatcher.get(filter)
    if (!perFilter) {
      perFilter = new Map()
      perMatcher.set(filter, perFilter)
    }
    // The matcher reads nothing but the sentence's words (their normalised forms): that is the key.
    let id = this.sentenceIds.get(sentence)
    if (id === undefined) {
      const words = sentence.words.map((w) => w.lower).join('\u0001')
      id = this.textIds.get(words)
      if (id === undefined) {
        id = this.nextId++
        remember(this.textIds, words, id)
      }
      this.sentenceIds.set(sentence, id)
    }
    const stored = perFilter.get(id)
    if (stored) {
      return stored.map((h) => {
        const words = sentence.words.slice(h.from, h.to)
        return { entry: h.entry, pattern: h.pattern, words, start: words[0]!.start, end: words.at(-1)!.end }
      })
    }
    const hits = run()
    const toStore: StoredHit[] = []
    for (const h of hits) {
      const from = sentence.words.indexOf(h.words[0]!)
      if (from < 0) return hits // not words of this sentence: do not remember
      toStore.push({ entry: h.entry, pattern: h.pattern, from, to: from + h.words.length })
    }
    remember(perFilter, id, toStore)
    return hits
  }
}

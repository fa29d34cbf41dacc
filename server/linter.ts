// Runs the core on open documents: debounced per document, a pending run replaced by a newer edit,
// a finished run's publication dropped if an edit arrived while it ran, results cached per
// (version, config generation) so code actions, hovers and lenses reuse the lint the client saw.
import type { Diagnostic } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { LintCache, type LintResult, lint } from '../core/index.js'
import { noticeDiagnostic, toDiagnostic } from './convert.js'
import type { DocumentOptions } from './project.js'

export interface Linted {
  uri: string
  version: number
  generation: number
  text: string
  result: LintResult
  diagnostics: Diagnostic[]
  options: DocumentOptions
}

export interface LinterHost {
  get(uri: string): TextDocument | undefined
  all(): TextDocument[]
  optionsFor(uri: string): DocumentOptions
  enabled(): boolean
  debounceMs(): number
  codeDescription(): boolean
  /** Whether diagnostics are pushed (false: the client pulls them, so nothing is scheduled). */
  pushing(): boolean
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void
  log(message: string): void
}

const EMPTY: LintResult = { messages: [], frontmatter: null, kind: null, kindSource: 'none' }

export class Linter {
  private readonly cache = new Map<string, Linted>()
  /** Per open document: what an edit leaves unchanged is not recomputed (same results). */
  private readonly memos = new Map<string, LintCache>()
  /** How to cancel the scheduled run or publication of each document. */
  private readonly pending = new Map<string, () => void>()
  private generation = 0

  constructor(private readonly host: LinterHost) {}

  /** The lint of the document's current version (computed now if the cache is stale). */
  resultFor(doc: TextDocument): Linted {
    const cached = this.cache.get(doc.uri)
    if (cached && cached.version === doc.version && cached.generation === this.generation) return cached
    const linted = this.run(doc)
    this.cache.set(doc.uri, linted)
    return linted
  }

  /** The cached lint for the current version only (never computes). */
  peek(doc: TextDocument): Linted | undefined {
    const cached = this.cache.get(doc.uri)
    return cached && cached.version === doc.version && cached.generation === this.generation
      ? cached
      : undefined
  }

  /** A result id for pull diagnostics: changes with the text and with the configuration. */
  resultId(doc: TextDocument): string {
    return `${doc.version}:${this.generation}`
  }

  /** Lint after the debounce; a newer edit replaces a pending run (or a pending publication). */
  schedule(uri: string): void {
    if (!this.host.pushing()) return
    this.cancel(uri)
    const delay = this.host.debounceMs()
    // No debounce: run on the next turn, after any input already waiting (a timer would add ≥ 1 ms).
    const run = () => this.lintAndPublish(uri)
    if (delay > 0) {
      const timer = setTimeout(run, delay)
      this.pending.set(uri, () => clearTimeout(timer))
    } else {
      const immediate = setImmediate(run)
      this.pending.set(uri, () => clearImmediate(immediate))
    }
  }

  private lintAndPublish(uri: string): void {
    const doc = this.host.get(uri)
    if (!doc) return
    const linted = this.resultFor(doc)
    // Publish on a later turn: an edit that arrived while the lint ran is read first (immediates run
    // after the event loop polls for input), and then this stale result is never shown (schedule()
    // cancels the publication; the version check backs it).
    const immediate = setImmediate(() => {
      this.pending.delete(uri)
      const current = this.host.get(uri)
      if (!current || current.version !== linted.version || linted.generation !== this.generation) return
      this.host.publish(uri, linted.version, linted.diagnostics)
    })
    this.pending.set(uri, () => clearImmediate(immediate))
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.()
    this.pending.delete(uri)
  }

  close(uri: string): void {
    this.cancel(uri)
    this.cache.delete(uri)
    this.memos.delete(uri)
    if (this.host.pushing()) this.host.publish(uri, undefined, [])
  }

  /** Configuration changed: every cached result is stale; re-lint what is open. */
  invalidate(): void {
    this.generation++
    for (const doc of this.host.all()) this.schedule(doc.uri)
  }

  private run(doc: TextDocument): Linted {
    const text = doc.getText()
    const base = { uri: doc.uri, version: doc.version, generation: this.generation, text }
    let options: DocumentOptions = {
      options: {},
      configFile: undefined,
      configErrors: [],
      maxFileSize: Number.POSITIVE_INFINITY,
    }
    try {
      options = this.host.optionsFor(doc.uri)
      if (!this.host.enabled()) return { ...base, options, result: EMPTY, diagnostics: [] }
      const notices = options.configErrors.map((e) => noticeDiagnostic(doc, 'invalid-config', e))
      if (Buffer.byteLength(text, 'utf8') > options.maxFileSize) {
        const message = `This draft is larger than maxFileSize (${options.maxFileSize} bytes); not linted.`
        return {
          ...base,
          options,
          result: EMPTY,
          diagnostics: [...notices, noticeDiagnostic(doc, 'too-large', message)],
        }
      }
      let memo = this.memos.get(doc.uri)
      if (!memo) {
        memo = new LintCache()
        this.memos.set(doc.uri, memo)
      }
      const result = lint(text, { ...options.options, cache: memo })
      const codeDescription = this.host.codeDescription()
      const diagnostics = [
        ...notices,
        ...result.messages.map((m) => toDiagnostic(doc, m, { codeDescription })),
      ]
      return { ...base, options, result, diagnostics }
    } catch (error) {
      // lint() never throws by contract; if it ever does, one document must not take the server down.
      this.host.log(`Linting ${doc.uri} failed: ${(error as Error).stack ?? String(error)}`)
      const message = `followup-lint failed on this draft: ${(error as Error).message ?? String(error)}`
      return {
        ...base,
        options,
        result: EMPTY,
        diagnostics: [noticeDiagnostic(doc, 'internal-error', message)],
      }
    }
  }
}

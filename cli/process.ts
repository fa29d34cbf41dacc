// Lint (and optionally fix) one file. Runs on the main thread or in a worker; returns data only.
import { applyFixes, type Config, LintCache, lint } from '../core/index.js'
import { FileError, readDraft } from './files.js'
import type { FileResult } from './format.js'
import { writeAtomic } from './write.js'

export interface Job {
  path: string
  config: Config
  template: boolean
  now: number | undefined
  fix: boolean
  dryRun: boolean
  maxBytes: number
  /** Text given on stdin instead of reading `path`. */
  text?: string
}

export type JobResult = { ok: true; result: FileResult } | { ok: false; error: string }

const MAX_PASSES = 10

// One memo per thread for every file it lints: keyed by content (a sentence's words, a frontmatter
// block's text), so sentences that templates share are matched once. Results are the same as
// without it (test/cache.test.ts); its size is bounded.
const cache = new LintCache()

export function processJob(job: Job): JobResult {
  try {
    const source = job.text ?? readDraft(job.path, job.maxBytes)
    const options = {
      cache,
      config: job.config,
      filePath: job.path,
      template: job.template,
      ...(job.now !== undefined ? { now: new Date(job.now) } : {}),
    }
    let text = source
    let result = lint(text, options)
    if (job.fix || job.dryRun) {
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const { output, fixed } = applyFixes(text, result.messages)
        if (fixed.length === 0 || output === text) break
        text = output
        result = lint(text, options)
      }
    }
    if (job.fix && text !== source && job.text === undefined) writeAtomic(job.path, text, source)
    const fileResult: FileResult = { filePath: job.path, source: text, messages: result.messages }
    if (text !== source) fileResult.output = text
    return { ok: true, result: fileResult }
  } catch (error) {
    if (error instanceof FileError) return { ok: false, error: error.message }
    return { ok: false, error: `${job.path}: ${(error as Error).stack ?? error}` }
  }
}

// The `followup-lint` command: argv → files → lint (on worker threads for large trees) → format →
// exit code. Imports only the core's public API.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import picomatch from 'picomatch'
import {
  type Config,
  ConfigError,
  ConfigResolver,
  loadConfigFile,
  mergeConfig,
  ruleInfo,
  rules,
  VERSION,
} from '../core/index.js'
import { type Args, HELP, parseCliArgs, UsageError } from './args.js'
import { FileError, resolveFiles } from './files.js'
import { counts, type FileResult, formatGithub, formatJson, formatSarif, formatStylish } from './format.js'
import { type Job, type JobResult, processJob } from './process.js'

const here = dirname(fileURLToPath(import.meta.url))
/**
 * What a worker runs: the same bundle as the main thread (dist/bundle/cli.cjs, through the loader
 * that uses its code cache), or worker.js beside this file in the tsc output.
 */
const WORKER_SOURCE =
  basename(here) === 'bundle' && existsSync(join(here, 'cli.cjs'))
    ? `require(${JSON.stringify(join(here, '..', '..', 'bin', 'bundle-loader.js'))}).loadBundle('cli').workerMain()`
    : `import(${JSON.stringify(pathToFileURL(join(here, 'worker.js')).href)}).then((m) => m.workerMain())`
const RULES = rules()
const DEFAULT_MAX_BYTES = 1024 * 1024
/** Below this many files, workers cost more to start than they save. */
const WORKER_THRESHOLD = 64

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Files per message to a worker: fewer round trips, and no worker idles long waiting for work. */
const BATCH = 8

/**
 * Lint `jobs` on worker threads and on this thread too: one worker per spare core, and the main
 * thread (already loaded and warm) takes batches from the same queue between worker messages.
 */
async function runInWorkers(
  jobs: Job[],
  count: number,
  progress: (done: number) => void,
): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length)
  let next = 0
  let done = 0
  const take = (): [number, number] | undefined => {
    if (next >= jobs.length) return undefined
    const range: [number, number] = [next, Math.min(jobs.length, next + BATCH)]
    next = range[1]
    return range
  }
  const finished = (first: number, batch: JobResult[]) => {
    batch.forEach((r, i) => {
      results[first + i] = r
    })
    done += batch.length
    progress(done)
  }
  const workers = Array.from(
    { length: count },
    () =>
      new Promise<void>((resolveWorker, reject) => {
        // Loaded when first needed: a run small enough for one thread never pays for it.
        const { Worker } = process.getBuiltinModule('node:worker_threads')
        const worker = new Worker(WORKER_SOURCE, { eval: true })
        // Two batches in flight, so a worker never waits while this thread is busy linting.
        const pending: number[] = []
        const feed = () => {
          const range = take()
          if (!range) {
            if (pending.length === 0) worker.postMessage(null)
            return
          }
          pending.push(range[0])
          worker.postMessage(jobs.slice(range[0], range[1]))
        }
        worker.on('message', (batch: JobResult[]) => {
          finished(pending.shift()!, batch)
          feed()
        })
        worker.on('error', reject)
        worker.on('exit', () => resolveWorker())
        feed()
        feed()
      }),
  )
  for (let range = take(); range; range = take()) {
    finished(range[0], jobs.slice(range[0], range[1]).map(processJob))
    // Let the workers' messages in before the next batch.
    await new Promise<void>((r) => setImmediate(r))
  }
  await Promise.all(workers)
  return results
}

function explain(id: string | undefined): number {
  if (!id) {
    process.stderr.write('Usage: followup-lint explain <rule>\nRules:\n')
    for (const r of RULES) process.stderr.write(`  ${r.id.padEnd(28)} ${r.description}\n`)
    return 2
  }
  const info = ruleInfo(id)
  if (!info) {
    process.stderr.write(`Unknown rule "${id}". Run \`followup-lint explain\` for the list.\n`)
    return 2
  }
  const doc = join(here, '..', '..', 'rules', 'docs', `${id}.md`)
  if (existsSync(doc)) process.stdout.write(readFileSync(doc, 'utf8'))
  else {
    process.stdout.write(
      `${info.id} (${info.severity}${info.fix ? `, ${info.fix} fix` : ''})\n\n${info.description}\n\n${info.rationale}\n`,
    )
  }
  return 0
}

function init(cwd: string): number {
  const path = join(cwd, '.followuplintrc.json')
  if (existsSync(path)) {
    process.stderr.write(`${path} already exists; not overwritten.\n`)
    return 2
  }
  const config = {
    $schema: './node_modules/followup-lint/schema/followuplintrc.schema.json',
    rules: Object.fromEntries(RULES.map((r) => [r.id, r.severity])),
    businessHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] },
    templates: ['templates/**/*.md'],
    variables: ['company', 'role', 'name'],
  }
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' })
  process.stdout.write(`Wrote ${relative(cwd, path)}\n`)
  return 0
}

async function lintCommand(args: Args, cwd: string): Promise<number> {
  const explicit: Config | undefined = args.config ? loadConfigFile(resolve(cwd, args.config)) : undefined
  const discover = new ConfigResolver()
  const overrides: Config = Object.keys(args.rules).length ? { rules: args.rules } : {}

  const configFor = (path: string): { config: Config; base: string } => {
    if (explicit)
      return { config: mergeConfig(explicit, overrides), base: dirname(resolve(cwd, args.config!)) }
    const found = discover.forFile(path)
    return { config: mergeConfig(found.config, overrides), base: found.file ? dirname(found.file) : cwd }
  }
  const isTemplate = (path: string, config: Config, base: string): boolean =>
    args.template ||
    (config.templates?.length
      ? picomatch(config.templates, { dot: true })(relative(base, path).split('\\').join('/'))
      : false)

  const jobs: Job[] = []
  const common = { now: args.now?.getTime(), fix: args.fix, dryRun: args.fixDryRun }
  if (args.stdin) {
    const path = resolve(cwd, args.stdinFilename ?? '<stdin>')
    const { config, base } = configFor(args.stdinFilename ? path : join(cwd, 'stdin.md'))
    const text = await readStdin()
    jobs.push({
      ...common,
      path: args.stdinFilename ? path : '<stdin>',
      config,
      template: isTemplate(path, config, base),
      maxBytes: config.maxFileSize ?? DEFAULT_MAX_BYTES,
      text,
    })
  } else {
    const files = await resolveFiles(args.positionals, cwd)
    if (files.length === 0) {
      process.stderr.write('No Markdown files found to lint.\n')
      return 2
    }
    for (const path of files) {
      const { config, base } = configFor(path)
      jobs.push({
        ...common,
        path,
        config,
        template: isTemplate(path, config, base),
        maxBytes: config.maxFileSize ?? DEFAULT_MAX_BYTES,
      })
    }
  }

  const showProgress = process.stderr.isTTY === true && jobs.length >= 50
  const progress = (done: number) => {
    if (showProgress && (done % 25 === 0 || done === jobs.length))
      process.stderr.write(`\rLinting ${done}/${jobs.length} files…${done === jobs.length ? '\n' : ''}`)
  }
  let outcomes: JobResult[]
  // Worker threads besides this one: --concurrency N asks for N threads in all; 'auto' uses one per
  // core (at most four) when the tree is large enough to pay for starting them.
  const workers =
    args.concurrency === 'auto'
      ? jobs.length >= WORKER_THRESHOLD
        ? Math.max(0, Math.min(availableParallelism() - 1, 3, Math.ceil(jobs.length / 32)))
        : 0
      : Math.min(args.concurrency - 1, Math.max(0, jobs.length - 1))
  if (workers > 0) {
    outcomes = await runInWorkers(jobs, workers, progress)
  } else {
    outcomes = jobs.map((job, i) => {
      const r = processJob(job)
      progress(i + 1)
      return r
    })
  }

  let ioErrors = 0
  const results: FileResult[] = []
  for (const o of outcomes) {
    if (o.ok) results.push(o.result)
    else {
      ioErrors++
      process.stderr.write(`followup-lint: ${o.error}\n`)
    }
  }
  if (args.quiet) for (const r of results) r.messages = r.messages.filter((m) => m.severity === 'error')

  const out =
    args.format === 'json'
      ? `${formatJson(results)}\n`
      : args.format === 'sarif'
        ? formatSarif(results, cwd)
        : args.format === 'github'
          ? formatGithub(results, cwd)
          : formatStylish(results, args.color, cwd)
  process.stdout.write(out)

  const c = counts(results)
  if (ioErrors > 0) return 2
  if (c.errors > 0) return 1
  if (args.maxWarnings !== undefined && args.maxWarnings >= 0 && c.warnings > args.maxWarnings) {
    process.stderr.write(`followup-lint found too many warnings (maximum: ${args.maxWarnings}).\n`)
    return 1
  }
  return 0
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  if (argv[0] === 'plan') return (await import('./plan.js')).planCommand(argv.slice(1), cwd)
  try {
    const args = parseCliArgs(argv)
    switch (args.command) {
      case 'help':
        process.stdout.write(HELP)
        return 0
      case 'version':
        process.stdout.write(`${VERSION}\n`)
        return 0
      case 'explain':
        return explain(args.positionals[0])
      case 'init':
        return init(cwd)
      default:
        return await lintCommand(args, cwd)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`followup-lint: ${error.message}\nRun \`followup-lint --help\` for usage.\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`followup-lint: invalid config: ${error.message}\n`)
      return 2
    }
    if (error instanceof FileError) {
      process.stderr.write(`followup-lint: ${error.message}\n`)
      return 2
    }
    process.stderr.write(`followup-lint: unexpected error: ${(error as Error).stack ?? error}\n`)
    return 2
  }
}

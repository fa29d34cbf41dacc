// Command-line arguments: node:util parseArgs plus checks that give clear usage errors.
import { parseArgs } from 'node:util'
import type { SeveritySetting } from '../core/index.js'

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

export class UsageError extends Error {}

export interface Args {
  command: 'lint' | 'explain' | 'init' | 'help' | 'version'
  positionals: string[]
  format: Format
  fix: boolean
  fixDryRun: boolean
  maxWarnings: number | undefined
  quiet: boolean
  config: string | undefined
  rules: Record<string, SeveritySetting>
  stdin: boolean
  stdinFilename: string | undefined
  template: boolean
  now: Date | undefined
  color: boolean
  /** Lint threads in all (this one included), or 'auto': one per core for large trees. */
  concurrency: number | 'auto'
}

export const HELP = `followup-lint — lint job-interview follow-up emails drafted in Markdown

Usage:
  followup-lint [options] [paths or globs…]   lint files (default: Markdown files under .)
  followup-lint explain <rule>                 why a rule exists and how to fix what it flags
  followup-lint init                           write a starter .followuplintrc.json
  followup-lint plan --interview <ISO> [...]   when to send each follow-up (--ics FILE for reminders;
                                               see \`followup-lint plan --help\`)

Options:
  -f, --format <name>      stylish (default) | json (ESLint's format) | sarif | github
      --fix                apply safe fixes to the files (atomic writes)
      --fix-dry-run        compute fixes without writing (json output carries "output")
      --max-warnings <n>   exit 1 when there are more than n warnings
  -q, --quiet              report errors only
  -c, --config <file>      use this config file instead of looking for one
      --rule <id:severity> override a rule (repeatable), e.g. --rule no-salary-talk:warning
      --stdin              lint text from standard input
      --stdin-filename <p> name to report for stdin, and where to look for config
      --template           treat every file as a template (declared variables allowed)
      --now <ISO date>     the clock for timing rules (for tests and CI)
      --concurrency <n>    lint threads: auto (default: one per core for 64+ files) | off | a number
      --no-color           plain output
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors, 2 usage, config or I/O error.
Docs: https://github.com/followup-lint/followup-lint#readme
`

export function parseCliArgs(argv: string[]): Args {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''))
  }
  const v = parsed.values
  const positionals = [...parsed.positionals]
  let command: Args['command'] = 'lint'
  if (v.help) command = 'help'
  else if (v.version) command = 'version'
  else if (positionals[0] === 'explain' || positionals[0] === 'init')
    command = positionals.shift() as Args['command']

  const format = (v.format ?? 'stylish') as Format
  if (!FORMATS.includes(format))
    throw new UsageError(`Unknown format "${format}"; use one of ${FORMATS.join(', ')}`)

  let maxWarnings: number | undefined
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1)
      throw new UsageError(`--max-warnings takes a whole number, not "${v['max-warnings']}"`)
  }

  const rules: Record<string, SeveritySetting> = {}
  for (const r of v.rule ?? []) {
    const m = /^([a-z0-9-]+):(off|info|warning|error)$/.exec(r.trim())
    if (!m) throw new UsageError(`--rule takes "id:severity" (off|info|warning|error), not "${r}"`)
    rules[m[1]!] = m[2] as SeveritySetting
  }

  let now: Date | undefined
  if (v.now !== undefined) {
    now = new Date(v.now)
    if (!/^\d{4}-\d{2}-\d{2}/.test(v.now) || Number.isNaN(now.getTime()))
      throw new UsageError(`--now takes an ISO 8601 date or date-time, not "${v.now}"`)
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('Use either --fix or --fix-dry-run, not both')
  if (v.fix && v.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run')
  if (v['stdin-filename'] && !v.stdin) throw new UsageError('--stdin-filename needs --stdin')

  let concurrency: Args['concurrency'] = 'auto'
  const c = v.concurrency?.trim()
  if (c !== undefined && c !== 'auto') {
    concurrency = c === 'off' ? 1 : Number(c)
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
      throw new UsageError(
        `--concurrency takes auto, off or a number of threads from 1 to 64, not "${v.concurrency}"`,
      )
  }

  return {
    command,
    positionals,
    format,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    maxWarnings,
    quiet: v.quiet ?? false,
    config: v.config,
    rules,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    template: v.template ?? false,
    now,
    color: !v['no-color'] && !process.env.NO_COLOR && process.stdout.isTTY === true,
    concurrency,
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      template: { type: 'boolean' },
      now: { type: 'string' },
      concurrency: { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

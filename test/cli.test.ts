// The built `followup-lint` command, spawned as users run it (npm test builds first).
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLEAN_DRAFT, ROOT } from './harness.js'

const BIN = join(ROOT, 'bin', 'followup-lint.js')

function run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, '--no-color', ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  })
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'followup-lint-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const BAD = `Subject: Thank you

Dear Ms. Rivera,

Thank you for the interview at [Company Name] about the Q3 audit. What is the salary range?

Best regards,
Sam
`
const CLEAN = CLEAN_DRAFT

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('Run `npm run build` before the CLI tests')
})

describe('followup-lint CLI', () => {
  it('prints ESLint-format JSON with the right rules at the right line/column, exit 1', () => {
    const dir = tempDir({ 'draft.md': BAD })
    const r = run(['--format', 'json', 'draft.md'], { cwd: dir })
    expect(r.code).toBe(1)
    const [file] = JSON.parse(r.stdout) as Array<{
      filePath: string
      errorCount: number
      warningCount: number
      messages: Array<Record<string, unknown>>
    }>
    expect(file!.filePath).toBe(join(dir, 'draft.md'))
    const byRule = Object.fromEntries(file!.messages.map((m) => [m.ruleId, m]))
    expect(byRule['no-unfilled-placeholder']).toMatchObject({
      severity: 2,
      level: 'error',
      line: 5,
      column: 32,
      endLine: 5,
      endColumn: 46,
    })
    expect(byRule['no-salary-talk']).toMatchObject({ severity: 2, level: 'error', line: 5, column: 79 })
    expect(file!.errorCount).toBe(file!.messages.filter((m) => m.severity === 2).length)
    expect(file!.warningCount).toBe(file!.messages.filter((m) => m.severity === 1).length)
  })

  it('exits 0 on a clean draft', () => {
    const dir = tempDir({ 'clean.md': CLEAN })
    const r = run(['clean.md'], { cwd: dir })
    expect(r.stdout).toBe('')
    expect(r.code).toBe(0)
  })

  it('does not shift columns after an emoji (UTF-16)', () => {
    const dir = tempDir({ 'e.md': 'Subject: Hi\n\nDear Sam,\n\n😀 [Company Name]\n' })
    const r = run(['--format', 'json', '--rule', 'no-familiar-tone:off', 'e.md'], { cwd: dir })
    const msg = JSON.parse(r.stdout)[0].messages.find(
      (m: { ruleId: string }) => m.ruleId === 'no-unfilled-placeholder',
    )
    // "😀" is two UTF-16 code units, then a space: the bracket starts at column 4.
    expect(msg).toMatchObject({ line: 5, column: 4, endColumn: 18 })
  })

  it('exits 2 with the file, line and key for a malformed config', () => {
    const dir = tempDir({
      'draft.md': CLEAN,
      '.followuplintrc.json': '{\n  "rules": {\n    "no-salary-tak": "error"\n  }\n}\n',
    })
    const r = run(['draft.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('.followuplintrc.json:3:5')
    expect(r.stderr).toContain('rules.no-salary-tak')
    expect(r.stderr).toContain('did you mean "no-salary-talk"?')
  })

  it('exits 2 for a config that is not valid YAML, naming the line', () => {
    const dir = tempDir({ 'draft.md': CLEAN, '.followuplintrc.yaml': 'rules:\n  no-salary-talk: [error\n' })
    const r = run(['draft.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.followuplintrc\.yaml:\d+:\d+: Not valid YAML/)
  })

  it('reads config from package.json and applies --rule overrides', () => {
    const dir = tempDir({
      'draft.md': BAD,
      'package.json': JSON.stringify({ name: 'x', 'followup-lint': { rules: { 'no-salary-talk': 'off' } } }),
    })
    const ids = (args: string[]) =>
      JSON.parse(run(['--format', 'json', ...args, 'draft.md'], { cwd: dir }).stdout)[0].messages.map(
        (m: { ruleId: string }) => m.ruleId,
      )
    expect(ids([])).not.toContain('no-salary-talk')
    expect(ids(['--rule', 'no-salary-talk:warning'])).toContain('no-salary-talk')
  })

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const dir = tempDir({ 'draft.md': BAD })
    const r = run(['--format', 'sarif', 'draft.md'], { cwd: dir })
    expect(r.code).toBe(1)
    const require = createRequire(import.meta.url)
    const schemaPath = join(
      dirname(require.resolve('@microsoft/sarif-multitool-ts')),
      '..',
      'assets',
      'sarif-2.1.0.schema.json',
    )
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
    const ajv = new Ajv2020.default({ allErrors: true })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    const log = JSON.parse(r.stdout)
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('no-salary-talk')
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('draft.md')
  })

  it('prints GitHub workflow annotations', () => {
    const dir = tempDir({ 'draft.md': BAD })
    const r = run(['--format', 'github', 'draft.md'], { cwd: dir })
    expect(r.stdout).toMatch(
      /^::error file=draft\.md,line=5,col=32,endLine=5,endColumn=46,title=no-unfilled-placeholder::/m,
    )
  })

  it('--fix applies fixes atomically; a second run finds nothing fixable', () => {
    const draft =
      '---\ncompany: Acme\n---\nSubject: Thank you\n\nDear Sam,\n\nThank you for the tour of [Company Name].\n'
    const dir = tempDir({ 'draft.md': draft })
    const first = run(['--fix', 'draft.md'], { cwd: dir })
    expect(first.code).not.toBe(2)
    const fixed = readFileSync(join(dir, 'draft.md'), 'utf8')
    expect(fixed).toContain('the tour of Acme.')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    const second = JSON.parse(run(['--format', 'json', 'draft.md'], { cwd: dir }).stdout)[0]
    expect(second.fixableErrorCount + second.fixableWarningCount).toBe(0)
  })

  it('--fix-dry-run reports the output without writing', () => {
    const draft = '---\ncompany: Acme\n---\nSubject: Hi\n\nThank you for the tour of [Company Name].\n'
    const dir = tempDir({ 'draft.md': draft })
    const r = run(['--fix-dry-run', '--format', 'json', 'draft.md'], { cwd: dir })
    expect(JSON.parse(r.stdout)[0].output).toContain('tour of Acme.')
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(draft)
  })

  it('never leaves a partial file when killed mid-write', () => {
    const draft = `---\ncompany: Acme\n---\nSubject: Hi\n\nThank you for the tour of [Company Name].\n${'More text. '.repeat(2000)}\n`
    const dir = tempDir({ 'draft.md': draft })
    const r = run(['--fix', 'draft.md'], { cwd: dir, env: { FOLLOWUP_LINT_TEST_CRASH_AFTER_BYTES: '100' } })
    expect(r.signal).toBe('SIGKILL')
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(draft)
  })

  it('lints stdin, using --stdin-filename for the report', () => {
    const r = run(['--stdin', '--stdin-filename', 'note.md', '--format', 'json'], { input: BAD })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)[0].filePath).toBe(join(ROOT, 'note.md'))
  })

  it('--quiet keeps errors only; --max-warnings fails on too many warnings', () => {
    const warnOnly = 'Subject: Hi\n\nDear Sam,\n\nThank you for the tour. The chairman was kind.\n'
    const dir = tempDir({ 'w.md': warnOnly })
    const quiet = JSON.parse(run(['--quiet', '--format', 'json', 'w.md'], { cwd: dir }).stdout)[0]
    expect(quiet.messages.every((m: { severity: number }) => m.severity === 2)).toBe(true)
    const r = run(['--rule', 'inclusive-language:warning', '--max-warnings', '0', 'w.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('too many warnings')
  })

  it('gives clear errors for bad input and usage', () => {
    const dir = tempDir({ 'bin.md': 'a\u0000b', 'latin1.md': '' })
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const binary = run(['bin.md'], { cwd: dir })
    expect(binary.code).toBe(2)
    expect(binary.stderr).toContain('bin.md looks like a binary file')
    const utf = run(['latin1.md'], { cwd: dir })
    expect(utf.code).toBe(2)
    expect(utf.stderr).toContain('is not valid UTF-8')
    const missing = run(['nope.md'], { cwd: dir })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('No such file or directory: nope.md')
    const usage = run(['--format', 'xml'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Unknown format "xml"')
    const now = run(['--now', 'tomorrow', 'x.md'])
    expect(now.code).toBe(2)
    expect(now.stderr).toContain('--now takes an ISO 8601 date')
  })

  it('refuses a file over the size limit with a clear message', () => {
    const dir = tempDir({
      'big.md': 'word '.repeat(300_000),
      '.followuplintrc.json': JSON.stringify({ maxFileSize: 100_000 }),
    })
    const r = run(['big.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/big\.md is 1\.4 MB, over the 0\.1 MB limit/)
  })

  it('refuses to read an unreadable file', () => {
    if (process.getuid?.() === 0) return // root reads everything
    const dir = tempDir({ 'locked.md': CLEAN })
    chmodSync(join(dir, 'locked.md'), 0)
    const r = run(['locked.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Cannot read')
  })

  it('lints Markdown under a directory by default, honouring .gitignore and .followuplintignore', () => {
    const dir = tempDir({
      'a.md': BAD,
      'b.md': BAD,
      'c.md': BAD,
      '.gitignore': 'b.md\n',
      '.followuplintignore': 'c.md\n',
    })
    const files = JSON.parse(run(['--format', 'json'], { cwd: dir }).stdout).map((f: { filePath: string }) =>
      f.filePath.split('/').pop(),
    )
    expect(files).toEqual(['a.md'])
  })

  it('uses worker threads for large trees and reports every file', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 80; i++) files[`t${String(i).padStart(3, '0')}.md`] = i % 2 ? BAD : CLEAN
    const dir = tempDir(files)
    const r = run(['--format', 'json', '.'], { cwd: dir })
    const out = JSON.parse(r.stdout) as Array<{ errorCount: number }>
    expect(out).toHaveLength(80)
    expect(out.filter((f) => f.errorCount > 0)).toHaveLength(40)
    expect(r.code).toBe(1)
    // Any number of threads gives the same report, in the same order, as one thread.
    const single = run(['--format', 'json', '--concurrency', 'off', '.'], { cwd: dir })
    expect(single.stdout).toBe(r.stdout)
    expect(run(['--format', 'json', '--concurrency', '3', '.'], { cwd: dir }).stdout).toBe(r.stdout)
    for (const bad of ['0', 'many', '1.5']) {
      const u = run(['--concurrency', bad, '.'], { cwd: dir })
      expect(u.code).toBe(2)
      expect(u.stderr).toContain('--concurrency takes auto, off or a number')
    }
  })

  it('stops quietly when the reader closes the pipe early (`| head`)', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3; i++) files[`t${i}.md`] = BAD
    const dir = tempDir(files)
    // `true` exits without reading, long before the lint is done: the CLI's writes hit a closed pipe.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --no-color . | true`], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(r.stderr).not.toContain('EPIPE')
    expect(r.stderr).not.toContain('Error')
  })

  it('explains a rule, prints help and version, and writes a starter config', () => {
    const explain = run(['explain', 'no-salary-talk'])
    expect(explain.code).toBe(0)
    expect(explain.stdout).toContain('# no-salary-talk')
    expect(run(['explain', 'no-such-rule']).code).toBe(2)
    const help = run(['--help'])
    expect(help.stdout).toContain('Usage:')
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(run(['--version']).stdout.trim()).toBe(pkg.version)
    const dir = tempDir({})
    expect(run(['init'], { cwd: dir }).code).toBe(0)
    const config = JSON.parse(readFileSync(join(dir, '.followuplintrc.json'), 'utf8'))
    expect(config.rules['no-salary-talk']).toBe('error')
    expect(run(['init'], { cwd: dir }).code).toBe(2)
  })
})

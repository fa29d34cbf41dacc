// Bad input gets one clear line and an exit code, never a stack trace; --fix never overwrites a file
// that changed on disk; nothing a workspace contains is ever executed. Each case runs the built
// `followup-lint` as a user would (npm test builds first) and asserts the exact message.
import { type SpawnSyncOptions, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node'
import { CLEAN_DRAFT, ROOT } from './harness.js'

const BIN = join(ROOT, 'bin', 'followup-lint.js')
const SERVER_BIN = join(ROOT, 'bin', 'followup-lint-language-server.js')

function run(
  args: string[],
  cwd: string,
  extra: Partial<SpawnSyncOptions> & { env?: Record<string, string> } = {},
) {
  const r = spawnSync(process.execPath, [BIN, '--no-color', ...args], {
    ...extra,
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...extra.env },
  })
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr), error: r.error }
}

/** A fresh directory (real path, as the CLI reports it) holding `files`. */
function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'followup-lint-bad-')))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

const CLEAN = CLEAN_DRAFT

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('Run `npm run build` before the CLI tests')
  // The cases below rely on CLEAN being clean.
  const r = run(['draft.md'], workspace({ 'draft.md': CLEAN }))
  if (r.code !== 0 || r.stdout !== '') throw new Error(`CLEAN is not clean any more:\n${r.stdout}${r.stderr}`)
})

describe('bad input: one clear line on stderr and exit code 2', () => {
  it('a binary file', () => {
    const dir = workspace({ 'bin.md': Buffer.from([0x53, 0x75, 0x62, 0x00, 0x01, 0xff]) })
    const r = run(['bin.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: ${join(dir, 'bin.md')} looks like a binary file, not a Markdown draft\n`,
    )
    expect(r.stdout).toBe('')
    expect(r.code).toBe(2)
  })

  it('invalid UTF-8', () => {
    const dir = workspace({ 'latin1.md': Buffer.from('Merci pour l’entretien, caf\xe9.\n', 'latin1') })
    const r = run(['latin1.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: ${join(dir, 'latin1.md')} is not valid UTF-8 text; save it as UTF-8 and try again\n`,
    )
    expect(r.code).toBe(2)
  })

  it('a 10 MB file: refused with the default 1 MB limit, accepted when maxFileSize is raised', () => {
    // Mostly one HTML comment, so linting it once accepted stays quick.
    const head = `${CLEAN}\n<!--\n`
    const tail = '\n-->\n'
    const size = 10 * 1024 * 1024
    const dir = workspace({ 'big.md': head + 'x'.repeat(size - head.length - tail.length) + tail })
    expect(statSync(join(dir, 'big.md')).size).toBe(size)
    const refused = run(['big.md'], dir)
    expect(refused.stderr).toBe(
      `followup-lint: ${join(dir, 'big.md')} is 10.0 MB, over the 1.0 MB limit (set "maxFileSize" in the config to raise it)\n`,
    )
    expect(refused.code).toBe(2)
    writeFileSync(join(dir, '.followuplintrc.json'), JSON.stringify({ maxFileSize: 20 * 1024 * 1024 }))
    const accepted = run(['big.md'], dir)
    expect(accepted.stderr).toBe('')
    expect(accepted.stdout).toBe('')
    expect(accepted.code).toBe(0)
  }, 60_000)

  it('a directory named as a file', () => {
    const dir = workspace()
    mkdirSync(join(dir, 'notes.md'))
    const r = run(['notes.md'], dir)
    expect(r.stderr).toBe('followup-lint: notes.md is a directory, not a Markdown file\n')
    expect(r.code).toBe(2)
  })

  it('a file that does not exist', () => {
    const r = run(['nope.md'], workspace())
    expect(r.stderr).toBe('followup-lint: No such file or directory: nope.md\n')
    expect(r.code).toBe(2)
  })

  describe('unreadable files', () => {
    // As root every file is readable: run the CLI as "nobody" instead (root may switch users).
    const asRoot = process.getuid?.() === 0
    const user = asRoot ? { uid: 65534, gid: 65534 } : {}
    const canSwitch = !asRoot || spawnSync(process.execPath, ['-e', '0'], { ...user, cwd: '/' }).status === 0
    const readable = (() => {
      try {
        return spawnSync(process.execPath, [BIN, '--version'], { ...user, cwd: '/' }).status === 0
      } catch {
        return false
      }
    })()

    it.skipIf(!canSwitch || !readable)('a file without read permission', () => {
      const dir = workspace({ 'locked.md': CLEAN })
      chmodSync(dir, 0o755)
      chmodSync(join(dir, 'locked.md'), 0o000)
      const r = run(['locked.md'], dir, user)
      expect(r.stderr).toBe(`followup-lint: Cannot read ${join(dir, 'locked.md')}: EACCES\n`)
      expect(r.code).toBe(2)
    })

    it.skipIf(!canSwitch || !readable)('a file in a directory without search permission', () => {
      const dir = workspace()
      chmodSync(dir, 0o755)
      mkdirSync(join(dir, 'private'), { mode: 0o700 })
      writeFileSync(join(dir, 'private', 'draft.md'), CLEAN)
      if (!asRoot) chmodSync(join(dir, 'private'), 0o000)
      const r = run(['private/draft.md'], dir, user)
      expect(r.stderr).toBe('followup-lint: Cannot read private/draft.md: EACCES\n')
      expect(r.code).toBe(2)
      chmodSync(join(dir, 'private'), 0o700)
    })
  })

  it('a config file that is not valid JSON, with its line', () => {
    const dir = workspace({
      'draft.md': CLEAN,
      '.followuplintrc.json': '{\n  "rules": {\n    "no-salary-talk": "error",\n  }\n',
    })
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: invalid config: ${join(dir, '.followuplintrc.json')}:5:1: Not valid JSON: Flow map must end with a }\n`,
    )
    expect(r.code).toBe(2)
  })

  it('a YAML config that expands aliases without end (a "billion laughs")', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ])
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    const dir = workspace({ 'draft.md': CLEAN, '.followuplintrc.yaml': `${bomb.join('\n')}\n` })
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: invalid config: ${join(dir, '.followuplintrc.yaml')}:1:1: Not valid YAML: Excessive alias count indicates a resource exhaustion attack\n`,
    )
    expect(r.code).toBe(2)
    // The same in frontmatter: reported by valid-frontmatter, the draft is still linted.
    writeFileSync(join(dir, '.followuplintrc.yaml'), '{}\n')
    writeFileSync(join(dir, 'draft.md'), `---\n${bomb.join('\n')}\n---\n${CLEAN}`)
    const fm = run(['--format', 'json', 'draft.md'], dir)
    expect(JSON.parse(fm.stdout)[0].messages).toMatchObject([
      {
        ruleId: 'valid-frontmatter',
        message:
          'The frontmatter is not valid YAML: Excessive alias count indicates a resource exhaustion attack.',
        line: 2,
      },
    ])
    expect(fm.code).toBe(1)
  })

  it('an unknown rule id in the config, with did-you-mean', () => {
    const dir = workspace({
      'draft.md': CLEAN,
      '.followuplintrc.json': '{\n  "rules": {\n    "no-salary-tak": "error"\n  }\n}\n',
    })
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: invalid config: ${join(dir, '.followuplintrc.json')}:3:5: "rules.no-salary-tak": Unknown rule "no-salary-tak"; did you mean "no-salary-talk"?\n`,
    )
    expect(r.code).toBe(2)
  })
})

describe('bad input reported as lint messages', () => {
  it('an unknown rule id in a suppression comment: a warning with did-you-mean', () => {
    const dir = workspace({ 'draft.md': `<!-- followup-lint-disable no-salary-tak -->\n\n${CLEAN}` })
    const r = run(['--format', 'json', 'draft.md'], dir)
    expect(JSON.parse(r.stdout)[0].messages).toEqual([
      {
        ruleId: 'unknown-rule',
        severity: 1,
        message: 'Unknown rule "no-salary-tak" in a followup-lint comment; did you mean "no-salary-talk"?',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 45,
        level: 'warning',
        messageId: 'unknownRule',
      },
    ])
    expect(r.code).toBe(0)
    const strict = run(['--max-warnings', '0', 'draft.md'], dir)
    expect(strict.stdout).toContain(
      '1:1  warning  Unknown rule "no-salary-tak" in a followup-lint comment; did you mean "no-salary-talk"?  unknown-rule',
    )
    expect(strict.code).toBe(1)
  })

  it('malformed YAML frontmatter: valid-frontmatter points at the bracket never closed', () => {
    const dir = workspace({ 'draft.md': `---\nkind: [thank-you\nto: Ms. Rivera\n---\n${CLEAN}` })
    const r = run(['--format', 'json', 'draft.md'], dir)
    expect(JSON.parse(r.stdout)[0].messages).toEqual([
      {
        ruleId: 'valid-frontmatter',
        severity: 2,
        message: 'The frontmatter is not valid YAML: the “[” here is never closed.',
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 8,
        level: 'error',
        messageId: 'yamlSyntax',
      },
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
  })
  it('frontmatter with a mapping as a key: no warning from the YAML parser on the terminal', () => {
    const dir = workspace({ 'draft.md': `---\n{{company}}: Acme\n---\n${CLEAN}` })
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).not.toBe(2)
  })
})

describe('--fix safety', () => {
  const DRAFT = `---\ncompany: Acme\n---\n${CLEAN.replace('the Q3 churn dashboard', 'the [Company Name] churn dashboard')}`

  it('fixes a draft in place (the baseline for the cases below)', () => {
    const dir = workspace({ 'draft.md': DRAFT })
    const r = run(['--fix', 'draft.md'], dir)
    expect(r.stderr).toBe('')
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toContain('the Acme churn dashboard')
    expect(r.code).toBe(0)
  })

  it('never overwrites a file that changed on disk after it was read', () => {
    const dir = workspace({ 'draft.md': DRAFT })
    const edit = '\nP.S. Added in the editor while the linter ran.\n'
    const r = run(['--fix', 'draft.md'], dir, { env: { FOLLOWUP_LINT_TEST_EDIT_BEFORE_WRITE: edit } })
    expect(r.stderr).toBe(
      `followup-lint: ${join(dir, 'draft.md')} changed on disk while it was being linted; not overwritten (run again)\n`,
    )
    expect(r.code).toBe(2)
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(DRAFT + edit)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('leaves the original intact when killed mid-write', () => {
    const dir = workspace({ 'draft.md': DRAFT })
    const r = run(['--fix', 'draft.md'], dir, { env: { FOLLOWUP_LINT_TEST_CRASH_AFTER_BYTES: '40' } })
    expect(r.code).toBe(null) // killed
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe(DRAFT)
  })
})

describe('no code from config', () => {
  /** A script that leaves a marker file when run. */
  const evil = (marker: string, esm = false) =>
    esm
      ? `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(marker)}, 'executed')\nexport default {}\n`
      : `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'executed')\nmodule.exports = {}\n`

  function evilWorkspace(extra: Record<string, string> = {}) {
    const dir = workspace({ 'draft.md': CLEAN })
    const marker = join(dir, 'EXECUTED')
    for (const [name, content] of Object.entries({
      '.followuplintrc.js': evil(marker),
      '.followuplintrc.cjs': evil(marker),
      '.followuplintrc.mjs': evil(marker, true),
      'followup-lint.config.js': evil(marker),
      'evil.js': evil(marker),
      ...extra,
    }))
      writeFileSync(join(dir, name), content)
    return { dir, marker }
  }

  it('the markers work: running one of the scripts does leave the marker', () => {
    const { dir, marker } = evilWorkspace()
    spawnSync(process.execPath, [join(dir, 'evil.js')], { cwd: dir })
    expect(existsSync(marker)).toBe(true)
  })

  it('ignores .followuplintrc.js, .cjs and .mjs in the folder', () => {
    const { dir, marker } = evilWorkspace()
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(existsSync(marker)).toBe(false)
  })

  it('reads a JavaScript file named with --config as data, never runs it', () => {
    const { dir, marker } = evilWorkspace()
    const r = run(['--config', '.followuplintrc.js', 'draft.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: invalid config: ${join(dir, '.followuplintrc.js')}:1:1: The config must be an object of settings\n`,
    )
    expect(r.code).toBe(2)
    expect(existsSync(marker)).toBe(false)
  })

  it('refuses "extends" and "plugins" rather than loading what they name', () => {
    for (const [key, value] of [
      ['extends', './evil.js'],
      ['plugins', ['./evil.js']],
    ] as const) {
      const { dir, marker } = evilWorkspace({ '.followuplintrc.json': JSON.stringify({ [key]: value }) })
      const r = run(['draft.md'], dir)
      expect(r.stderr).toBe(
        `followup-lint: invalid config: ${join(dir, '.followuplintrc.json')}:1:2: "${key}": Unknown key "${key}"\n`,
      )
      expect(r.code).toBe(2)
      expect(existsSync(marker)).toBe(false)
    }
    const { dir, marker } = evilWorkspace({
      'package.json': JSON.stringify({ name: 'x', 'followup-lint': { extends: './evil.js' } }),
    })
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: invalid config: ${join(dir, 'package.json')}:1:30: "extends": Unknown key "extends"\n`,
    )
    expect(r.code).toBe(2)
    expect(existsSync(marker)).toBe(false)
  })

  it('gives YAML tags no power (no !!js/function)', () => {
    const { dir, marker } = evilWorkspace({
      '.followuplintrc.yaml': `rules: !!js/function "function () { require('node:fs').writeFileSync('EXECUTED', 'x') }"\n`,
    })
    const r = run(['draft.md'], dir)
    expect(r.stderr).toBe(
      `followup-lint: invalid config: ${join(dir, '.followuplintrc.yaml')}:1:1: "rules": Invalid input: expected object, received string\n`,
    )
    expect(r.code).toBe(2)
    expect(existsSync(marker)).toBe(false)
  })

  it('the language server does not run them either', async () => {
    if (!existsSync(join(ROOT, 'dist', 'server', 'main.js'))) throw new Error('Run `npm run build` first')
    const { dir, marker } = evilWorkspace()
    const proc = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: dir })
    const conn = createMessageConnection(
      new StreamMessageReader(proc.stdout),
      new StreamMessageWriter(proc.stdin),
    )
    const uri = pathToFileURL(join(dir, 'draft.md')).href
    const published = new Promise<unknown[]>((resolve) => {
      conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
        if (p.uri === uri) resolve(p.diagnostics)
      })
    })
    conn.onRequest('client/registerCapability', () => null)
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
      p.items.map(() => ({ configFile: '.followuplintrc.js' })),
    )
    conn.listen()
    try {
      await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'evil' }],
        capabilities: { workspace: { configuration: true } },
        initializationOptions: { followupLint: { debounce: 0 } },
      })
      await conn.sendNotification('initialized', {})
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: CLEAN },
      })
      const diagnostics = (await published) as Array<{ code: string; message: string }>
      // The editor setting names the .js file: it is read as data and refused, never run.
      expect(diagnostics.map((d) => d.code)).toEqual(['invalid-config'])
      expect(diagnostics[0]!.message).toContain('The config must be an object of settings')
      expect(existsSync(marker)).toBe(false)
      await conn.sendRequest('shutdown')
      await conn.sendNotification('exit')
    } finally {
      proc.kill()
      conn.dispose()
    }
  }, 30_000)
})

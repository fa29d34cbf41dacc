// Installs code-server (a real VS Code in the browser) into .cache/code-server for the end-to-end
// test, offline apart from the npm registry. Two of its install steps reach the internet and are
// made local (see ../shared/spec/facts.md): @vscode/ripgrep's postinstall downloads `rg` — its
// download cache is pre-seeded with Debian's `rg` — and node-pty's postinstall runs `npx node-gyp`,
// which needs npm_config_yes=true. Native modules build from source (Debian packages listed in
// docs/vscode.md). Idempotent: a finished install is recorded and reused.
//
//   npx tsx test/vscode/install-code-server.ts     (prints the path of the code-server entry)
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { arch, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const CODE_SERVER_VERSION = '4.100.3'
const ROOT = resolve(import.meta.dirname, '..', '..')
export const CODE_SERVER_DIR = resolve(process.env.CODE_SERVER_DIR ?? join(ROOT, '.cache', 'code-server'))
export const CODE_SERVER_ENTRY = join(
  CODE_SERVER_DIR,
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
)
const MARKER = join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`)

function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options })
}

function which(cmd: string): string | undefined {
  try {
    return run('sh', ['-c', `command -v ${cmd}`]).trim() || undefined
  } catch {
    return undefined
  }
}

/** Unpack one registry tarball into a temp folder and return the folder holding `package/`. */
function unpack(spec: string, work: string): string {
  const dir = mkdtempSync(join(work, 'pack-'))
  const name = run('npm', ['pack', spec, '--silent', '--pack-destination', dir]).trim().split('\n').at(-1)!
  run('tar', ['xzf', join(dir, name), '-C', dir])
  return join(dir, 'package')
}

/** Put Debian's `rg` where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrep(work: string): void {
  const rg = which('rg')
  if (!rg) throw new Error('`rg` not found: install the Debian package ripgrep')
  const cs = unpack(`code-server@${CODE_SERVER_VERSION}`, work)
  const shrinkwrap = JSON.parse(readFileSync(join(cs, 'lib', 'vscode', 'npm-shrinkwrap.json'), 'utf8'))
  const version: string = shrinkwrap.packages['node_modules/@vscode/ripgrep'].version
  const ripgrep = unpack(`@vscode/ripgrep@${version}`, work)
  const release = /const VERSION = '([^']+)'/.exec(
    readFileSync(join(ripgrep, 'lib', 'postinstall.js'), 'utf8'),
  )?.[1]
  if (!release) throw new Error(`Cannot read the ripgrep release from @vscode/ripgrep@${version}`)
  const target = arch() === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl'
  const cache = join(tmpdir(), `vscode-ripgrep-cache-${version}`)
  mkdirSync(cache, { recursive: true })
  const stage = mkdtempSync(join(work, 'rg-'))
  copyFileSync(rg, join(stage, 'rg'))
  run('tar', ['czf', join(cache, `ripgrep-${release}-${target}.tar.gz`), '-C', stage, 'rg'])
}

export function installCodeServer(): string {
  if (existsSync(MARKER) && existsSync(CODE_SERVER_ENTRY)) return CODE_SERVER_ENTRY
  const major = Number(process.versions.node.split('.')[0])
  if (major !== 20)
    throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20 (this is ${process.version})`)
  for (const tool of ['cc', 'make', 'python3', 'pkg-config'])
    if (!which(tool)) throw new Error(`\`${tool}\` not found: see docs/vscode.md for the Debian packages`)
  const work = mkdtempSync(join(tmpdir(), 'followup-lint-code-server-'))
  try {
    seedRipgrep(work)
    rmSync(CODE_SERVER_DIR, { recursive: true, force: true })
    mkdirSync(CODE_SERVER_DIR, { recursive: true })
    writeFileSync(join(CODE_SERVER_DIR, 'package.json'), '{ "private": true }\n')
    process.stderr.write(
      `Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (a few minutes)…\n`,
    )
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--unsafe-perm',
        '--no-save',
        `code-server@${CODE_SERVER_VERSION}`,
      ],
      { cwd: CODE_SERVER_DIR, env: { ...process.env, npm_config_yes: 'true', CI: '1' } },
    )
    if (!existsSync(CODE_SERVER_ENTRY))
      throw new Error(`code-server installed but ${CODE_SERVER_ENTRY} is missing`)
    writeFileSync(MARKER, `${new Date().toISOString()}\n`)
    return CODE_SERVER_ENTRY
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.stdout.write(`${installCodeServer()}\n`)
}

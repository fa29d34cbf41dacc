// The VS Code extension as packed by `npm run package` (scripts/package-vsix.ts): the .vsix holds
// the manifest, the two bundles and what they read at run time — no node_modules, no sources — and
// its bundled server starts on its own. The end-to-end test in a real VS Code is test/vscode/.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { KINDS, rules } from '../core/index.js'
import { bundle, pack } from '../scripts/package-vsix.js'
import { stale } from '../scripts/vscode-manifest.js'
import { ROOT } from './harness.js'

/** The entries of a zip file (a .vsix is one), read from its central directory. */
function unzip(file: string): Map<string, () => Buffer> {
  const zip = readFileSync(file)
  let eocd = zip.length - 22
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error(`${file} is not a zip file`)
  const entries = new Map<string, () => Buffer>()
  let at = zip.readUInt32LE(eocd + 16)
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const data = zip.subarray(start, start + size)
      return method === 8 ? inflateRawSync(data) : Buffer.from(data)
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}

interface Manifest {
  name: string
  publisher: string
  version: string
  main: string
  engines: { vscode: string }
  activationEvents: string[]
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } }
  contributes: {
    commands: Array<{ command: string; title: string }>
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> }
    jsonValidation: Array<{ fileMatch: string[]; url: string }>
    snippets: Array<{ language: string; path: string }>
  }
}

const COMMANDS = [
  'followupLint.fixAll',
  'followupLint.addTimingFrontmatter',
  'followupLint.planFollowUps',
  'followupLint.restartServer',
  'followupLint.showOutput',
]

let vsix = ''
let files: Map<string, () => Buffer>
let manifest: Manifest
let typecheck: Promise<string>

describe('the .vsix', () => {
  beforeAll(async () => {
    // The extension's own typecheck (client/tsconfig.json: the vscode API types) runs meanwhile.
    typecheck = new Promise((resolve) => {
      execFile(
        join(ROOT, 'node_modules', '.bin', 'tsc'),
        ['-p', 'client/tsconfig.json'],
        { cwd: ROOT },
        (error, out) => resolve(error ? `${out}${error.message}` : ''),
      )
    })
    await bundle()
    vsix = pack(true)
    files = unzip(vsix)
    manifest = JSON.parse(files.get('extension/package.json')!().toString('utf8')) as Manifest
  }, 120_000)

  it('is named after the package version and stays small', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(vsix).toBe(join(ROOT, `followup-lint-${version}.vsix`))
    expect(manifest.version).toBe(version)
    const size = statSync(vsix).size
    console.info(`${vsix}: ${(size / 1024).toFixed(0)} KiB, ${files.size} files`)
    expect(size).toBeLessThan(1024 * 1024)
  })

  it('holds the bundled extension and server, and no node_modules, sources or source maps', () => {
    const names = [...files.keys()]
    expect(names).toEqual(
      expect.arrayContaining(['extension/dist/extension.js', 'extension/dist/server.mjs']),
    )
    expect(names.filter((n) => n.includes('node_modules/'))).toEqual([])
    expect(names.filter((n) => /\.(ts|map)$/.test(n) || n.includes('/src/'))).toEqual([])
    expect(names.length).toBeLessThan(60)
  })

  it('bundles every dependency: the extension requires only vscode and Node built-ins', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'vscode'])
    for (const file of ['extension/dist/extension.js', 'extension/dist/server.mjs']) {
      const code = files.get(file)!().toString('utf8')
      const required = [
        ...code.matchAll(
          /\b(?:require|import)\(\s*"([^"]+)"\s*\)|\bimport\s*[\w${}\s,*]*?\s*from\s*"([^"]+)"/g,
        ),
      ].map((m) => (m[1] ?? m[2])!)
      expect(
        required.filter((r) => !builtins.has(r)),
        file,
      ).toEqual([])
    }
  })

  it('has a manifest that activates on Markdown and contributes the commands, snippets and schema', () => {
    expect(manifest).toMatchObject({
      name: 'followup-lint',
      publisher: 'followup-lint',
      main: './dist/extension.js',
    })
    expect(manifest.activationEvents).toContain('onLanguage:markdown')
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/)
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual([...COMMANDS].sort())
    const source = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8')
    for (const id of COMMANDS) expect(source, `${id} is registered`).toContain(`'${id}'`)
    for (const { url } of manifest.contributes.jsonValidation)
      expect(files.has(`extension/${url.slice(2)}`)).toBe(true)
    const schema = JSON.parse(files.get('extension/schema/followuplintrc.schema.json')!().toString('utf8'))
    expect(schema).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'schema', 'followuplintrc.schema.json'), 'utf8')),
    )
    const [snippets] = manifest.contributes.snippets
    expect(snippets?.language).toBe('markdown')
    const bodies = Object.values(
      JSON.parse(files.get(`extension/${snippets!.path.slice(2)}`)!().toString('utf8')) as Record<
        string,
        { body: string[] }
      >,
    ).map((s) => s.body.join('\n'))
    for (const kind of KINDS)
      expect(
        bodies.some((b) => b.includes(`kind: ${kind}`)),
        kind,
      ).toBe(true)
  })

  it('mirrors the config in its settings: a severity per rule, and the other config keys', () => {
    const props = manifest.contributes.configuration.properties
    for (const rule of rules()) {
      const setting = props[`followupLint.rules.${rule.id}`]
      expect(setting, rule.id).toBeDefined()
      expect(setting?.enum).toEqual(['off', 'info', 'warning', 'error'])
      expect(setting?.default).toBe(rule.severity)
    }
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'followuplintrc.schema.json'), 'utf8')) as {
      properties: Record<string, unknown>
    }
    for (const key of Object.keys(schema.properties).filter(
      (k) => !['$schema', 'rules', 'businessHours'].includes(k),
    ))
      expect(props[`followupLint.${key}`], key).toBeDefined()
    for (const key of [
      'enable',
      'run',
      'configFile',
      'now',
      'businessHours.start',
      'businessHours.end',
      'businessHours.days',
    ])
      expect(props[`followupLint.${key}`], key).toBeDefined()
    // Settings that change what runs are ignored from an untrusted workspace.
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited')
    expect(restricted).toEqual(
      expect.arrayContaining(['followupLint.configFile', 'followupLint.rules.no-salary-talk']),
    )
  })

  it('ships a bundled server that starts on its own and answers initialize over stdio', async () => {
    const server = join(ROOT, 'client', 'dist', 'server.mjs')
    const child: ChildProcess = spawn(process.execPath, [server, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { trusted: false } },
    })
    const reply = new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /Content-Length: (\d+)\r\n\r\n/.exec(out)
        if (m && Buffer.byteLength(out.slice(m.index + m[0].length)) >= Number(m[1]))
          resolve(out.slice(m.index + m[0].length))
      })
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
    child.stdin?.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    try {
      const result = JSON.parse(await reply).result
      expect(result.serverInfo.name).toBe('followup-lint-language-server')
      expect(result.capabilities.codeActionProvider.codeActionKinds).toContain('source.fixAll.followup-lint')
    } finally {
      child.kill()
    }
  })

  it('has a current manifest and snippets (regenerate: npx tsx scripts/vscode-manifest.ts)', () => {
    expect(stale()).toEqual([])
  })

  it('typechecks against the VS Code API', async () => {
    expect(await typecheck).toBe('')
  }, 120_000)
})

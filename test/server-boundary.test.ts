// Invariants of the server (style.md, "Server stays thin"): it imports only the core's public API
// (never unified/remark/retext, a rule file or a core internal), holds no rule-specific code, keeps
// stdout for the protocol, and its bin starts as editors expect.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../core/index.js'
import { ROOT } from './harness.js'
import { SERVER_BIN } from './server-client.js'

const SERVER = join(ROOT, 'server')
const files = readdirSync(SERVER).filter((f) => f.endsWith('.ts'))
const source = (f: string) => readFileSync(join(SERVER, f), 'utf8')
const ALLOWED = [
  /^\.\.\/core\/index\.js$/,
  /^\.\/[\w-]+\.js$/,
  /^node:/,
  /^vscode-languageserver(\/node)?$/,
  /^vscode-languageserver-textdocument$/,
  /^picomatch$/,
]

function specifiers(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g))
    out.push(m[1]!)
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) out.push(m[1]!)
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!)
  for (const m of text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!)
  return out
}

describe('language server: boundaries', () => {
  it('imports only the core public API, the LSP libraries and node built-ins', () => {
    expect(files.length).toBeGreaterThan(5)
    for (const f of files) {
      const specs = specifiers(source(f))
      for (const spec of specs)
        expect(
          ALLOWED.some((re) => re.test(spec)),
          `server/${f} imports "${spec}"`,
        ).toBe(true)
      expect(source(f)).not.toMatch(/\b(unified|remark|retext|nlcst|mdast)\b['"/-]/)
    }
  })

  it('holds no rule-specific code: no rule id appears in server/', () => {
    const ids = rules().map((r) => r.id)
    expect(ids.length).toBeGreaterThan(2)
    for (const f of files)
      for (const id of ids) expect(source(f), `server/${f} names ${id}`).not.toContain(id)
  })

  it('writes to stdout only for --version/--help; everything else goes to the client', () => {
    for (const f of files) {
      const text = source(f)
      if (f === 'main.ts') continue
      expect(text, `server/${f}`).not.toMatch(/process\.stdout|(?<!\.)console\.(log|info|warn|error|debug)\(/)
    }
  })

  it('starts with --stdio as editors expect; without a transport it prints usage and exits 2', () => {
    const noArgs = spawnSync(process.execPath, [SERVER_BIN], { encoding: 'utf8' })
    expect(noArgs.status).toBe(2)
    expect(noArgs.stdout).toBe('')
    expect(noArgs.stderr).toContain('--stdio')
    const version = spawnSync(process.execPath, [SERVER_BIN, '--version'], { encoding: 'utf8' })
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>
    }
    expect(pkg.bin['followup-lint-language-server']).toBe('./bin/followup-lint-language-server.js')
  })
})

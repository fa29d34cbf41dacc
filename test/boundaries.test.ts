// Architecture invariants (ARCHITECTURE.md): shells import only the core's public API; the core and
// rules never import editor packages; the server keeps no rule-specific code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../core/index.js'
import { ROOT } from './harness.js'

function sources(dir: string): string[] {
  const abs = join(ROOT, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs).flatMap((name) => {
    const p = join(abs, name)
    if (name === 'node_modules' || name === 'dist' || name === 'out') return []
    if (statSync(p).isDirectory()) return sources(relative(ROOT, p))
    return /\.(ts|mts|js|mjs)$/.test(name) ? [p] : []
  })
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2])!)
}

const FORBIDDEN_IN_SHELLS = /^(unified|remark-|retext-|mdast-|nlcst-|parse-english|unist-|vfile)/

describe('architecture boundaries', () => {
  for (const shell of ['cli', 'server', 'client/src']) {
    it(`${shell}/ imports only the core's public API`, () => {
      for (const file of sources(shell)) {
        for (const spec of imports(file)) {
          const rel = relative(ROOT, file)
          expect(FORBIDDEN_IN_SHELLS.test(spec), `${rel} imports ${spec}`).toBe(false)
          if (
            spec.includes('/core/') ||
            spec.includes('/rules/') ||
            spec.startsWith('../core') ||
            spec.startsWith('../rules')
          ) {
            expect(spec, `${rel} must import core/index.js only`).toMatch(
              /(^|\/)core\/index\.js$|^followup-lint$/,
            )
          }
        }
      }
    })
  }

  it('core/ and rules/ never import editor packages', () => {
    for (const file of [...sources('core'), ...sources('rules')]) {
      for (const spec of imports(file)) expect(spec, relative(ROOT, file)).not.toMatch(/^vscode/)
    }
  })

  it('the server names no rule', () => {
    const ids = rules().map((r) => r.id)
    for (const file of sources('server')) {
      const text = readFileSync(file, 'utf8')
      for (const id of ids)
        expect(text.includes(`'${id}'`), `${relative(ROOT, file)} mentions ${id}`).toBe(false)
    }
  })

  it('the package entry exports the public API', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.exports['.'].default).toBe('./dist/core/index.js')
    const api = await import('../core/index.js')
    for (const name of ['lint', 'applyFixes', 'rules', 'loadConfigFile', 'LineIndex'])
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function')
    expect(api.VERSION).toBe(pkg.version)
  })
})

// The "How to fix" section of a rule's doc page (rules/docs/<id>.md, shipped with the package), for
// hovers. Optional: a bundle without the docs still hovers with the rationale and the fix titles.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
// dist/server/ when built, server/ when run from source.
const DIRS = [join(here, '..', '..', 'rules', 'docs'), join(here, '..', 'rules', 'docs')]
const cache = new Map<string, string | undefined>()

export function howToFix(id: string): string | undefined {
  if (cache.has(id)) return cache.get(id)
  let section: string | undefined
  for (const dir of DIRS) {
    try {
      const doc = readFileSync(join(dir, `${id}.md`), 'utf8')
      const m = /^## How to fix[ \t]*\r?\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)
      section = m?.[1]?.trim() || undefined
      break
    } catch {
      // Not in this layout; try the next.
    }
  }
  cache.set(id, section)
  return section
}

// One tool, one process (loading several linters into one process skews them): warm, in-process
// timings on the deterministic corpus. Prints JSON: { tool, sizes: { [words]: { median, p95, n } } }.
//   tsx scripts/bench-one.ts floor|nlcst|followup-lint|alex|harper
import { toNlcst } from 'mdast-util-to-nlcst'
import { ParseEnglish } from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { email, SIZES } from './bench-corpus.js'

type Fn = (text: string) => unknown | Promise<unknown>

async function tool(name: string): Promise<Fn> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
  switch (name) {
    case 'floor':
      return (t) => processor.parse(t)
    case 'nlcst': {
      const english = new ParseEnglish()
      return (t) => {
        const file = new VFile(t)
        return toNlcst(processor.parse(file), file, english)
      }
    }
    case 'followup-lint': {
      // The built package (what `import 'followup-lint'` loads), not the TypeScript sources.
      const { lint } = (await import('../dist/core/index.js')) as unknown as typeof import('../core/index.js')
      const now = new Date('2026-11-22T12:00:00Z')
      return (t) => lint(t, { now })
    }
    case 'alex': {
      const { markdown } = await import('alex')
      return (t) => markdown(t)
    }
    case 'harper': {
      const { LocalLinter } = await import('harper.js')
      const { binaryInlined } = await import('harper.js/binaryInlined')
      const linter = new LocalLinter({ binary: binaryInlined })
      await linter.setup()
      return (t) => linter.lint(t, { language: 'markdown' })
    }
    default:
      throw new Error(`unknown tool ${name}`)
  }
}

async function measure(fn: Fn, text: string, budgetMs: number) {
  for (let i = 0; i < 5; i++) await fn(text)
  const times: number[] = []
  const end = performance.now() + budgetMs
  while ((performance.now() < end && times.length < 2000) || times.length < 8) {
    const t0 = performance.now()
    await fn(text)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return {
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.floor(times.length * 0.95)]!,
    n: times.length,
  }
}

const name = process.argv[2] ?? 'followup-lint'
const fn = await tool(name)
const sizes: Record<number, Awaited<ReturnType<typeof measure>>> = {}
for (const words of SIZES) sizes[words] = await measure(fn, email(words, words), words >= 20000 ? 8000 : 2500)
process.stdout.write(`${JSON.stringify({ tool: name, sizes })}\n`)

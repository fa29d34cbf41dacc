// Scaffold a rule: `npm run new-rule -- no-something` writes the rule, its doc page and fixtures,
// then regenerates the registry. See CONTRIBUTING.md for the checklist.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../test/harness.js'

const id = process.argv[2]
if (!id || !/^(no|require|max)-[a-z]+(-[a-z]+)*$/.test(id)) {
  console.error('Usage: npm run new-rule -- <id>   (kebab-case with a no-/require-/max- prefix)')
  process.exit(2)
}
const rulePath = join(ROOT, 'rules', `${id}.ts`)
if (existsSync(rulePath)) {
  console.error(`rules/${id}.ts already exists`)
  process.exit(2)
}
const camel = id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
writeFileSync(
  rulePath,
  `import { z } from 'zod'
import { defineRule } from '../core/rule.js'

export default defineRule({
  id: '${id}',
  description: 'TODO: one line saying what the rule asks of a note.',
  rationale: 'TODO: why it matters, citing the seed guidance, e.g. seed 001 (section name).',
  evidence: ['001 (TODO section)'],
  severity: 'warning',
  fix: false,
  messages: { ${camel}: 'TODO: what is wrong and what to do instead.' },
  options: z.strictObject({}),
  create(ctx) {
    for (const sentence of ctx.prose) {
      void sentence // TODO: inspect sentence.words and call ctx.report({ messageId: '${camel}', start, end })
    }
  },
})
`,
)
writeFileSync(
  join(ROOT, 'rules', 'docs', `${id}.md`),
  `# ${id}\n\nTODO one line. Default severity: **warning**.\n\n## Why\n\n## What it flags\n\n## How to fix\n\n## Options\n\nNone.\n\n## When to turn it off\n\n## Examples\n\n<!-- examples:start -->\n<!-- examples:end -->\n`,
)
const dir = join(ROOT, 'fixtures', 'rules', id)
mkdirSync(dir, { recursive: true })
writeFileSync(
  join(dir, 'ok-1.md'),
  'Subject: Thank you\n\nDear Dana,\n\nTODO: a note this rule must not flag.\n\nBest regards,\nSam\n',
)
writeFileSync(
  join(dir, 'not-ok-1.md'),
  'Subject: Thank you\n\nDear Dana,\n\nTODO: a note this rule must flag.\n\nBest regards,\nSam\n',
)
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts')], {
  stdio: 'inherit',
})
console.log(
  `Scaffolded ${id}: rules/${id}.ts, rules/docs/${id}.md, fixtures/rules/${id}/. Next: CONTRIBUTING.md.`,
)

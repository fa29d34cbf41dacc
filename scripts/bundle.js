// Bundle the CLI (and its worker) into dist/bundle with esbuild: one file to load instead of
// hundreds of ESM modules cuts start-up time. `plan` (iCalendar) is split into its own chunk so a
// plain lint never loads it.
import { build } from 'esbuild'

await build({
  entryPoints: ['cli/main.ts', 'cli/worker.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist/bundle',
  outExtension: { '.js': '.mjs' },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'external',
  banner: {
    js: "import { createRequire as __flCreateRequire } from 'node:module'; const require = __flCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
})

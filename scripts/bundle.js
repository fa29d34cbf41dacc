// Bundle with esbuild into dist/bundle: one file to load instead of hundreds of ESM modules.
//  - cli.cjs: the CLI and its worker loop (CommonJS, so bin/bundle-loader.js can compile it with a
//    V8 code cache), plus cli.cjs.cache, written by one sample run of the built CLI;
//  - server.mjs: the language server (fewer modules also means less resident memory).
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

rmSync('dist/bundle', { recursive: true, force: true })
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table rewrites every \p{…} regex literal into `new RegExp(…)` for node20, although
  // Node 20 supports them. A literal is compiled once; the constructor call inside a function built
  // and compiled its Unicode class again on every call (a sixth of a cold start's lint time).
  supported: { 'regexp-unicode-property-escapes': true },
  outdir: 'dist/bundle',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'external',
  logLevel: 'warning',
}
await build({
  ...common,
  entryPoints: { cli: 'cli/entry.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__flImportMetaUrl' },
  banner: { js: "const __flImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
})
await build({
  ...common,
  entryPoints: { server: 'server/main.ts' },
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  banner: {
    js: "import { createRequire as __flCreateRequire } from 'node:module'; const require = __flCreateRequire(import.meta.url);",
  },
})

// The code cache: compile and run the CLI once on a sample draft, then save what V8 compiled.
const run = spawnSync(process.execPath, ['bin/followup-lint.js', '--no-color', 'fixtures/emails'], {
  env: { ...process.env, FOLLOWUP_LINT_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
})
// Exit 1 means the sample drafts have findings (they do); anything else is a broken bundle.
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr)
  throw new Error(`the bundled CLI failed on the sample drafts (exit ${run.status})`)
}

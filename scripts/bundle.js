// Bundle with esbuild into dist/bundle: one file to load instead of hundreds of ESM modules.
//  - cli.cjs: the CLI and its worker loop (CommonJS, so bin/bundle-loader.js can compile it with a
//    V8 code cache), plus cli.cjs.cache, written by one sample run of the built CLI;
//  - server.mjs: the language server (fewer modules also means less resident memory).
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { bundledPicomatchForFdir, englishZodLocales } from './esbuild-plugins.js'

rmSync('dist/bundle', { recursive: true, force: true })

const common = {
  plugins: [englishZodLocales, bundledPicomatchForFdir],
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

// esbuild escapes non-ASCII characters in strings but not in regex literals (/[’‘]/). One such
// character makes V8 hold the whole bundle's source as a two-byte string: 4 MB instead of 2 in the
// CLI and in the server, for as long as they run. Escape them: \uXXXX means the same character in a
// regex literal (a surrogate pair of escapes is one code point under the u flag too).
for (const file of ['dist/bundle/cli.cjs', 'dist/bundle/server.mjs']) {
  const source = readFileSync(file, 'utf8')
  const ascii = source.replace(/[^\t\n\r\x20-\x7e]/g, (c, at) => {
    // After a backslash the escape would change meaning (`\’` would become `\\u2019`).
    if (source[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at offset ${at}`)
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  if (ascii !== source) writeFileSync(file, ascii)
}

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

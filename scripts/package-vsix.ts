// `npm run package`: builds the VS Code extension and packs followup-lint-<version>.vsix, offline.
// 1. refresh the generated manifest parts and snippets (scripts/vscode-manifest.ts);
// 2. bundle with esbuild into client/dist/: the extension (CommonJS, as VS Code loads it) and the
//    language server from server/main.ts (ESM: the unified packages are ESM-only), each one file
//    with every dependency inside, so the .vsix carries no node_modules and downloads nothing;
// 3. copy what the bundle reads at run time: the config JSON Schema (jsonValidation) and the rule
//    docs (the server's hovers quote their "How to fix");
// 4. `vsce package --no-dependencies` in client/.
//
//   npx tsx scripts/package-vsix.ts [--no-vsix]     (--no-vsix: build client/dist only)
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { bundledPicomatchForFdir, englishZodLocales } from './esbuild-plugins.js'
import { CLIENT, ROOT, write } from './vscode-manifest.js'

export function vsixPath(): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  return join(ROOT, `followup-lint-${version}.vsix`)
}

export async function bundle(): Promise<void> {
  const dist = join(CLIENT, 'dist')
  rmSync(dist, { recursive: true, force: true })
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  } as const
  await build({
    ...common,
    plugins: [englishZodLocales, bundledPicomatchForFdir],
    entryPoints: [join(CLIENT, 'src', 'extension.ts')],
    outfile: join(dist, 'extension.js'),
    format: 'cjs',
    external: ['vscode'],
  })
  await build({
    ...common,
    plugins: [englishZodLocales, bundledPicomatchForFdir],
    stdin: {
      contents: "import { main } from './server/main.ts'\nmain(process.argv.slice(2))\n",
      resolveDir: ROOT,
      sourcefile: 'followup-lint-language-server.ts',
      loader: 'ts',
    },
    outfile: join(dist, 'server.mjs'),
    format: 'esm',
    // CommonJS dependencies (vscode-languageserver) call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';const require=__createRequire(import.meta.url);",
    },
  })
  const schema = join(CLIENT, 'schema')
  mkdirSync(schema, { recursive: true })
  cpSync(join(ROOT, 'schema', 'followuplintrc.schema.json'), join(schema, 'followuplintrc.schema.json'))
  rmSync(join(CLIENT, 'rules'), { recursive: true, force: true })
  cpSync(join(ROOT, 'rules', 'docs'), join(CLIENT, 'rules', 'docs'), { recursive: true })
}

/** Pack client/ into the .vsix; `quiet` keeps vsce's file listing out of the output. */
export function pack(quiet = false): string {
  const out = vsixPath()
  rmSync(out, { force: true })
  const vsce = join(ROOT, 'node_modules', '.bin', 'vsce')
  execFileSync(
    vsce,
    [
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '--out',
      out,
    ],
    { cwd: CLIENT, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'] },
  )
  return out
}

if (process.argv[1]?.endsWith('package-vsix.ts')) {
  write()
  await bundle()
  if (!process.argv.includes('--no-vsix')) {
    const out = pack()
    process.stdout.write(`${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)\n`)
  }
}

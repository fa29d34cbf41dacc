#!/usr/bin/env node
// The bundled CLI (dist/bundle/cli.cjs, built by `npm run build`, loaded with its code cache) starts
// far faster than the module-per-file tsc output, which stays as the fallback. This file is
// CommonJS (bin/package.json): an ES module entry point starts Node's ESM loader, which a cold run
// of one file then pays for (docs/performance.md).
'use strict'
const { setFlagsFromString } = require('node:v8')

// Optimising compilation, not linting, was most of the CPU time a large tree costs: V8 compiled the
// parser's biggest functions with everything they call inlined, again in every thread. Without
// inlining that work halves and linting itself runs no slower (docs/performance.md). Set before
// the bundle is compiled, so its code cache (made by this same command) matches the flags.
setFlagsFromString('--no-turbo-inlining')

const { loadBundle } = require('./bundle-loader.js')

// A reader that stops early (`followup-lint --format json drafts | head`) closes the pipe: stop
// quietly with the exit code so far, as Unix tools do, rather than with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

const bundled = loadBundle('cli')
const cli = bundled ? Promise.resolve(bundled) : import('../dist/cli/main.js')
cli
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
  })

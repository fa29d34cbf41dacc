#!/usr/bin/env node
// The bundled CLI (dist/bundle/cli.cjs, built by `npm run build`, loaded with its code cache) starts
// far faster than the module-per-file tsc output, which stays as the fallback.
import { setFlagsFromString } from 'node:v8'
import { loadBundle } from './bundle-loader.js'

// Optimising compilation, not linting, was most of the CPU time a large tree costs: V8 compiled the
// parser's biggest functions with everything they call inlined, again in every thread. Without
// inlining that work halves and linting itself runs no slower (docs/performance.md). Set before
// the bundle is compiled, so its code cache (made by this same command) matches the flags.
setFlagsFromString('--no-turbo-inlining')

const { main } = loadBundle('cli') ?? (await import('../dist/cli/main.js'))
process.exitCode = await main(process.argv.slice(2))

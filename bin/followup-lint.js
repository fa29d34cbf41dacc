#!/usr/bin/env node
// The bundled CLI (dist/bundle/cli.cjs, built by `npm run build`, loaded with its code cache) starts
// far faster than the module-per-file tsc output, which stays as the fallback.
import { loadBundle } from './bundle-loader.js'

const { main } = loadBundle('cli') ?? (await import('../dist/cli/main.js'))
process.exitCode = await main(process.argv.slice(2))

#!/usr/bin/env -S node --max-semi-space-size=2 --max-old-space-size=512 --v8-pool-size=1
// The flags above bound the server's heap (see server/heap.ts). The bundled server
// (dist/bundle/server.mjs, built by `npm run build`) starts faster and holds less memory than the
// module-per-file tsc output, which stays as the fallback. CommonJS, like the CLI (bin/package.json).
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')
const { pathToFileURL } = require('node:url')

const bundled = join(__dirname, '..', 'dist', 'bundle', 'server.mjs')
const entry = existsSync(bundled) ? bundled : join(__dirname, '..', 'dist', 'server', 'main.js')
import(pathToFileURL(entry).href).then(({ main }) => main(process.argv.slice(2)))

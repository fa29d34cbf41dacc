#!/usr/bin/env -S node --max-semi-space-size=8 --max-old-space-size=512 --v8-pool-size=1
// The flags above bound the server's heap (see server/heap.ts). The bundled server
// (dist/bundle/server.mjs, built by `npm run build`) starts faster and holds less memory than the
// module-per-file tsc output, which stays as the fallback.
import { existsSync } from 'node:fs'

const bundled = new URL('../dist/bundle/server.mjs', import.meta.url)
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/server/main.js')
main(process.argv.slice(2))

// Loads a CommonJS bundle from dist/bundle with the V8 code cache written beside it at build time
// (scripts/bundle.js). Compiling the ~1.5 MB bundle is a large share of a cold start; the cache
// skips it. A cache made by another Node version is rejected by V8 and the code compiles as usual.
// The cache is only ever read from the package's own directory, never from a shared location.
'use strict'
const { readFileSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { dirname, join } = require('node:path')
const { Script } = require('node:vm')

const WRAP = ['(function (exports, require, module, __filename, __dirname) { ', '\n})']

/** The bundle's exports, or undefined when it has not been built. */
function loadBundle(name) {
  const file = join(__dirname, '..', 'dist', 'bundle', `${name}.cjs`)
  let source
  try {
    source = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const cacheFile = `${file}.cache`
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new Script(WRAP[0] + source + WRAP[1], { filename: file, cachedData })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
  const exports = module.exports
  // `npm run build` sets this on one sample run, after the code has run, so the cache also holds
  // the functions a lint compiles lazily.
  if (process.env.FOLLOWUP_LINT_WRITE_CODE_CACHE === '1') {
    process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()))
  }
  return exports
}

exports.loadBundle = loadBundle

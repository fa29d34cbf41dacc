// The bundle's entry (dist/bundle/cli.cjs): the command and the worker loop in one file, so the
// main thread and every worker load the same code with the same V8 code cache.
export { main } from './main.js'
export { workerMain } from './worker.js'

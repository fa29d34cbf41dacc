// Worker thread entry: lint the jobs it is sent, one message back per batch.
import { type Job, processJob } from './process.js'

export function workerMain(): void {
  // Loaded here, not at the top: the CLI bundle holds this module, and a one-file run has no workers.
  const { parentPort } = process.getBuiltinModule('node:worker_threads')
  parentPort?.on('message', (jobs: Job[] | null) => {
    if (jobs === null) process.exit(0)
    parentPort?.postMessage(jobs.map(processJob))
  })
}

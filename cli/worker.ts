// Worker thread entry: lint the jobs it is sent, one message back per batch.
import { parentPort } from 'node:worker_threads'
import { type Job, processJob } from './process.js'

export function workerMain(): void {
  parentPort?.on('message', (jobs: Job[] | null) => {
    if (jobs === null) process.exit(0)
    parentPort?.postMessage(jobs.map(processJob))
  })
}

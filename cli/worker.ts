// Worker thread entry: lint the jobs it is sent, one message back per job.
import { parentPort } from 'node:worker_threads'
import { type Job, processJob } from './process.js'

parentPort?.on('message', (job: Job | null) => {
  if (job === null) process.exit(0)
  parentPort?.postMessage(processJob(job))
})

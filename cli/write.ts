// Atomic file replacement: write a temp file beside the target, flush it to disk, then rename over
// the target. A crash at any point leaves either the old file or the new one, never half of one.
// A file that changed on disk since it was read is not overwritten.
import {
  appendFileSync,
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { FileError } from './files.js'

export function writeAtomic(path: string, text: string, expectedCurrent: string): void {
  // Test hook: another program saves the file between our read and our write (test/bad-input.test.ts).
  const concurrent = process.env.FOLLOWUP_LINT_TEST_EDIT_BEFORE_WRITE
  if (concurrent) appendFileSync(path, concurrent)
  let current: string
  try {
    current = readFileSync(path, 'utf8')
  } catch (error) {
    throw new FileError(`Cannot re-read ${path} before writing: ${(error as NodeJS.ErrnoException).code}`)
  }
  if (current !== expectedCurrent) {
    throw new FileError(`${path} changed on disk while it was being linted; not overwritten (run again)`)
  }
  const mode = statSync(path).mode & 0o777
  const temp = join(dirname(path), `.${basename(path)}.followup-lint-${process.pid}-${Date.now()}.tmp`)
  const data = Buffer.from(text, 'utf8')
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', mode)
    // Test hook: simulate a crash after part of the data is written (see test/cli-fix.test.ts).
    const crashAfter = Number(process.env.FOLLOWUP_LINT_TEST_CRASH_AFTER_BYTES ?? Number.NaN)
    if (Number.isInteger(crashAfter)) {
      writeSync(fd, data, 0, Math.min(crashAfter, data.length))
      process.kill(process.pid, 'SIGKILL')
    }
    writeSync(fd, data)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temp, path)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {}
    throw new FileError(`Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
}

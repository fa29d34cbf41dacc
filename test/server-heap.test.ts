// The server's Node flags live in server/heap.ts; the bin's shebang (nvim, Emacs and other editors
// run it directly), the VS Code extension and the test client must all use the same list.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SERVER_NODE_FLAGS as CLIENT_FLAGS } from '../client/src/server-flags.js'
import { SERVER_NODE_FLAGS } from '../server/heap.js'
import { ROOT } from './harness.js'
import { SERVER_BIN } from './server-client.js'

describe('language server heap flags', () => {
  it('are the same in the shebang, the extension and server/heap.ts', () => {
    const shebang = readFileSync(SERVER_BIN, 'utf8').split('\n')[0]!
    expect(shebang).toBe(`#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}`)
    expect(CLIENT_FLAGS).toEqual(SERVER_NODE_FLAGS)
    expect(readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8')).toContain(
      'execArgv: [...SERVER_NODE_FLAGS]',
    )
  })

  it('take effect when the bin is run directly, as editors do', async () => {
    const proc = spawn(SERVER_BIN, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
    try {
      // `env -S` replaces itself with node: the running process's own command line shows the flags.
      let cmdline = ''
      for (let i = 0; i < 50 && !cmdline.includes(SERVER_BIN); i++) {
        await new Promise((r) => setTimeout(r, 100))
        cmdline = readFileSync(`/proc/${proc.pid}/cmdline`, 'utf8').split('\0').join(' ')
      }
      expect(cmdline).toContain(`${SERVER_NODE_FLAGS.join(' ')} ${SERVER_BIN} --stdio`)
    } finally {
      proc.kill()
    }
  })
})

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileUri, NEOVIM_07, NOW, TestClient } from '../test/server-client.js'
import { email } from './bench-corpus.js'
const dir = mkdtempSync(join(tmpdir(), 'mem-'))
const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024
const client = await TestClient.start({ capabilities: NEOVIM_07, rootDir: dir, initializationOptions: { followupLint: { debounce: 0, now: NOW } } })
const pid = client.proc.pid!
console.log('start', rss(pid).toFixed(0))
const u1 = fileUri(join(dir, 'a.md'))
await client.open(u1, email(400, 7), 1); await client.diagnostics(u1, 1, 0)
console.log('after 400 open', rss(pid).toFixed(0))
const u2 = fileUri(join(dir, 'b.md'))
await client.open(u2, email(20000, 7), 1); await client.diagnostics(u2, 1, 0)
console.log('after 20k open', rss(pid).toFixed(0))
await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u2 } })
await new Promise(r => setTimeout(r, 2000))
console.log('after close+2s', rss(pid).toFixed(0))
await client.stop()

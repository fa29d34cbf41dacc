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
const uri = fileUri(join(dir, 'a.md'))
const text = email(400, 11)
await client.open(uri, text, 1); await client.diagnostics(uri, 1, 0)
console.log('after 400 open', rss(pid).toFixed(0))
const line = text.split('\n').length - 4
for (let v = 2; v < 10002; v++) {
  const after = client.published.length
  await client.change(uri, v, [v % 2 === 0 ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' } : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }])
  if (v % 10 === 1) await client.diagnostics(uri, v, after)
  if (v % 2000 === 1) console.log(v, rss(pid).toFixed(0))
}
console.log('after', rss(pid).toFixed(0))
await client.stop()

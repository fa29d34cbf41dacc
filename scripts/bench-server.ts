// The language server over stdio, as an editor drives it: edit → publishDiagnostics latency on a
// 400-word and a 20,000-word draft (median and p95, one edit at a time, debounce 0), and the
// server's resident memory after 10,000 edits. Spawns the built server (run `npm run build` first).
// Prints a table and writes .cache/bench-server.json. These machines are noisy: compare within a run.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lint } from '../core/index.js'
import { ROOT } from '../test/harness.js'
import { fileUri, NEOVIM_07, NOW, TestClient } from '../test/server-client.js'
import { email } from './bench-corpus.js'

const dir = mkdtempSync(join(tmpdir(), 'followup-lint-bench-server-'))

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    n: sorted.length,
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
  }
}

/** Alternately insert and delete one character at the start of the last body line. */
function edit(text: string, v: number) {
  const line = text.split('\n').length - 4
  return v % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
    : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }
}

async function latency(client: TestClient, words: number, edits: number) {
  const uri = fileUri(join(dir, `draft-${words}.md`))
  const text = email(words, 7)
  await client.open(uri, text, 1)
  await client.diagnostics(uri, 1, 0)
  // Warm up, then measure one edit at a time: send, wait for that version's diagnostics.
  const times: number[] = []
  for (let v = 2; v < 2 + edits + 3; v++) {
    const after = client.published.length
    const t0 = performance.now()
    await client.change(uri, v, [edit(text, v)])
    await client.diagnostics(uri, v, after)
    if (v >= 5) times.push(performance.now() - t0)
  }
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } })
  // The same lint in this process, interleaved in time with the above, for the server's overhead.
  const inProcess: number[] = []
  for (let i = 0; i < Math.min(edits, 50); i++) {
    const t0 = performance.now()
    lint(text, { now: new Date(NOW) })
    inProcess.push(performance.now() - t0)
  }
  return { words, ...stats(times), lintMedian: stats(inProcess).median }
}

async function memory(client: TestClient, total: number) {
  const uri = fileUri(join(dir, 'memory.md'))
  const text = email(400, 11)
  await client.open(uri, text, 1)
  await client.diagnostics(uri, 1, 0)
  const before = rssKiB(client.proc.pid!)
  // Bursts of ten keystrokes; each burst ends in a publication (so at least total/10 lints run).
  for (let v = 2; v < 2 + total; v++) {
    const after = client.published.length
    await client.change(uri, v, [edit(text, v)])
    if (v % 10 === 1 || v === 1 + total) await client.diagnostics(uri, v, after)
  }
  const after = rssKiB(client.proc.pid!)
  return { edits: total, rssBeforeMiB: before / 1024, rssAfterMiB: after / 1024 }
}

const start = () =>
  TestClient.start({
    capabilities: NEOVIM_07,
    rootDir: dir,
    initializationOptions: { followupLint: { debounce: 0, now: NOW } },
  })
// Latency on one server; memory on a fresh one, so the 20,000-word draft's peak does not count as the
// footprint of an editing session (its RSS is reported on its own line).
const client = await start()
let small: Awaited<ReturnType<typeof latency>>
let large: Awaited<ReturnType<typeof latency>>
let afterLargeMiB: number
try {
  small = await latency(client, 400, 200)
  large = await latency(client, 20_000, 30)
  afterLargeMiB = rssKiB(client.proc.pid!) / 1024
} finally {
  await client.stop()
}
const fresh = await start()
let mem: Awaited<ReturnType<typeof memory>>
try {
  mem = await memory(fresh, 10_000)
} finally {
  await fresh.stop()
}
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
console.log('edit → publishDiagnostics over stdio (debounce 0)')
console.log('| draft | edits | median ms | p95 ms | lint() in-process, median ms |')
console.log('|---|---|---|---|---|')
for (const r of [small, large])
  console.log(`| ${r.words} words | ${r.n} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.lintMedian)} |`)
console.log(
  `server RSS: ${mem.rssBeforeMiB.toFixed(0)} MiB after opening a 400-word draft, ${mem.rssAfterMiB.toFixed(0)} MiB after ${mem.edits} edits to it; ${afterLargeMiB.toFixed(0)} MiB after the 20,000-word runs`,
)
mkdirSync(join(ROOT, '.cache'), { recursive: true })
writeFileSync(
  join(ROOT, '.cache', 'bench-server.json'),
  `${JSON.stringify({ small, large, memory: { ...mem, afterLargeMiB } }, null, 2)}\n`,
)

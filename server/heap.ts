// The Node flags the language server runs with (bin/followup-lint-language-server.js's shebang, the VS
// Code extension's execArgv, the test client; test/server-heap.test.ts keeps the three equal).
// By default V8 sizes its heap for a 4 GB ceiling on a large machine and lets a busy editing session
// grow the server to ~180 MiB although under 20 MiB is live. A 512 MB old-space ceiling makes it
// collect sooner (a 170,000-word draft, past the default 1 MB file limit, still lints), 2 MB
// semi-spaces keep young garbage from piling up, and one V8 helper thread (an editor's server has one
// user) keeps fewer malloc arenas: 100-101 MiB after 10,000 edits against 103-105 with 4 MB and 116
// with 8 MB semi-spaces, with the same edit latency (p95 12-13 ms either way, interleaved runs; an
// earlier measurement, before the LintCache, had found small semi-spaces ~25% slower). Measured in
// docs/performance.md.
export const SERVER_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=2',
  '--max-old-space-size=512',
  '--v8-pool-size=1',
]

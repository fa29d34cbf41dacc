// The Node flags for the language server; the server's own list is in server/heap.ts (a test keeps
// the two equal; the extension cannot import from outside client/).
export const SERVER_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=2',
  '--max-old-space-size=512',
  '--v8-pool-size=1',
]

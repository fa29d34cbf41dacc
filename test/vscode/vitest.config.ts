// `npm run test:vscode`: the editor end-to-end tests, apart from `npm test` (they need code-server,
// Chromium and a packed .vsix). Results also go to .cache/vitest-vscode-report.json for CI.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/vscode/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: '.cache/vitest-vscode-report.json' }]],
  },
})

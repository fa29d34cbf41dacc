// Re-lint when a config file changes. Clients that can watch files for us are asked to (dynamic
// registration of workspace/didChangeWatchedFiles); for the others (Neovim 0.7) the server watches
// the directories a config lookup walks through, with node's fs.watch, filtered by file name.
import { type FSWatcher, watch } from 'node:fs'
import { basename, dirname, relative } from 'node:path'
import { CONFIG_FILE_NAMES } from './project.js'

export const CONFIG_GLOBS = [
  '**/.followuplintrc.json',
  '**/.followuplintrc.yaml',
  '**/.followuplintrc.yml',
  '**/package.json',
]

const MAX_WATCHERS = 64
const MAX_DEPTH = 12

export function isConfigFile(path: string): boolean {
  return CONFIG_FILE_NAMES.includes(basename(path))
}

export class DirectoryWatcher {
  private readonly watchers = new Map<string, FSWatcher>()
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly onChange: () => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Watch every directory from the file's up to `root` (or up a bounded number of levels). */
  watchFor(path: string, root: string | undefined): void {
    let dir = dirname(path)
    for (let depth = 0; depth < MAX_DEPTH && this.watchers.size < MAX_WATCHERS; depth++) {
      if (!this.watchers.has(dir)) this.add(dir)
      if (root !== undefined && relative(root, dir) === '') break
      const parent = dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }

  private add(dir: string): void {
    try {
      const w = watch(dir, { persistent: false }, (_event, name) => {
        if (name && !CONFIG_FILE_NAMES.includes(String(name))) return
        // Editors save in bursts (write, rename, chmod): one re-lint per burst.
        clearTimeout(this.timer)
        this.timer = setTimeout(this.onChange, 30)
      })
      w.on('error', () => this.remove(dir))
      this.watchers.set(dir, w)
    } catch (error) {
      this.log(`Cannot watch ${dir} for config changes: ${(error as Error).message}`)
    }
  }

  private remove(dir: string): void {
    this.watchers.get(dir)?.close()
    this.watchers.delete(dir)
  }

  dispose(): void {
    clearTimeout(this.timer)
    for (const dir of [...this.watchers.keys()]) this.remove(dir)
  }
}

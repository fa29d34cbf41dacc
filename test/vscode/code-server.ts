// A real VS Code for tests: code-server (installed by install-code-server.ts) with its own user data
// and extensions folders, bound to 127.0.0.1 without auth, driven by Debian's Chromium through
// playwright-core. Every wait polls the page or the disk against a deadline; nothing sleeps.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface Deadline {
  /** What is awaited, for the error message. */
  what: string
  timeoutMs?: number
}

/** How often `until` probes again: a poll interval under a deadline, not a guess at how long things take. */
const POLL_MS = 50

/** Poll `probe` until it returns a value other than undefined/false, or fail with `what`. */
export async function until<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  { what, timeoutMs = 30_000 }: Deadline,
): Promise<T> {
  const end = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value !== undefined && value !== false) return value
    } catch (error) {
      last = error
    }
    if (Date.now() > end)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last})` : ''}`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export interface CodeServerOptions {
  entry: string
  vsix: string
  /** The folder to open. */
  folder: string
  /** User settings (settings.json). */
  settings: Record<string, unknown>
  /** Start with workspace trust switched off (every folder trusted). */
  trustAll: boolean
}

export class CodeServer {
  private child: ChildProcess | undefined
  private log = ''
  readonly home = mkdtempSync(join(tmpdir(), 'followup-lint-vscode-'))
  readonly userData = join(this.home, 'data')
  readonly extensions = join(this.home, 'extensions')
  port = 0

  constructor(readonly options: CodeServerOptions) {}

  get settingsFile(): string {
    return join(this.userData, 'User', 'settings.json')
  }

  output(): string {
    return this.log
  }

  private args(): string[] {
    return [
      this.options.entry,
      '--config',
      join(this.home, 'config.yaml'),
      '--user-data-dir',
      this.userData,
      '--extensions-dir',
      this.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
    ]
  }

  /** Install the .vsix the way a user would: `code-server --install-extension`. */
  installExtension(): string {
    mkdirSync(join(this.userData, 'User'), { recursive: true })
    writeFileSync(join(this.home, 'config.yaml'), 'auth: none\n')
    return execFileSync(process.execPath, [...this.args(), '--install-extension', this.options.vsix], {
      encoding: 'utf8',
      env: { ...process.env, HOME: this.home },
    })
  }

  listExtensions(): string[] {
    return execFileSync(process.execPath, [...this.args(), '--list-extensions', '--show-versions'], {
      encoding: 'utf8',
      env: { ...process.env, HOME: this.home },
    })
      .split('\n')
      .filter((l) => l.includes('@'))
  }

  writeSettings(settings: Record<string, unknown>): void {
    writeFileSync(this.settingsFile, `${JSON.stringify(settings, null, 2)}\n`)
  }

  async start(): Promise<void> {
    this.writeSettings(this.options.settings)
    this.port = await freePort()
    const args = [...this.args(), '--bind-addr', `127.0.0.1:${this.port}`, '--auth', 'none']
    if (this.options.trustAll) args.push('--disable-workspace-trust')
    this.child = spawn(process.execPath, args, {
      env: { ...process.env, HOME: this.home },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const append = (d: Buffer) => {
      this.log += d.toString()
    }
    this.child.stdout?.on('data', append)
    this.child.stderr?.on('data', append)
    await until(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`code-server exited: ${this.log}`)
        const res = await fetch(`http://127.0.0.1:${this.port}/healthz`).catch(() => undefined)
        return res?.ok === true
      },
      { what: 'code-server to listen', timeoutMs: 60_000 },
    )
  }

  url(): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.options.folder)}`
  }

  async stop(): Promise<void> {
    const child = this.child
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(this.home, { recursive: true, force: true })
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  })
}

/** The workbench of one code-server window, with the few gestures the tests need. */
export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 })
    await this.page.locator('.statusbar').waitFor({ timeout: 60_000 })
  }

  /** Run a command from the palette (F1) by its title, exactly. */
  async command(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input')
    await this.focusWorkbench()
    await this.page.keyboard.press('F1')
    await input.waitFor({ state: 'visible' })
    await input.fill(`>${title}`)
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first()
    await until(
      async () => (await row.getAttribute('aria-label'))?.startsWith(title) && (await row.isVisible()),
      { what: `the command "${title}" in the palette` },
    )
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused')
      .filter({ hasText: title })
      .waitFor({ state: 'visible' })
    await this.page.keyboard.press('Enter')
    await input.waitFor({ state: 'hidden' })
  }

  private async focusWorkbench(): Promise<void> {
    if (await this.page.locator('.quick-input-widget input').isVisible())
      await this.page.keyboard.press('Escape')
  }

  /** Open a file of the folder through Quick Open. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P')
    const input = this.page.locator('.quick-input-widget input')
    await input.waitFor({ state: 'visible' })
    await input.fill(name)
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
      .waitFor({ state: 'visible', timeout: 30_000 })
    await this.page.keyboard.press('Enter')
    await this.page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: 30_000 })
    await this.editor().click()
  }

  editor(): Locator {
    return this.page.locator('.editor-instance .monaco-editor .view-lines').first()
  }

  /** Move the cursor to a 1-based line and column (Go to Line/Column). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G')
    const input = this.page.locator('.quick-input-widget input')
    await input.waitFor({ state: 'visible' })
    await input.fill(`:${line}:${column}`)
    await this.page.keyboard.press('Enter')
    await input.waitFor({ state: 'hidden' })
    await until(
      async () => {
        const text = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText()
        return text.includes(`Ln ${line}, Col ${column}`)
      },
      { what: `the cursor at ${line}:${column}` },
    )
  }

  /**
   * Click an item of a menu VS Code shows over a pointer block (light bulb menu, drop-downs): the
   * block goes away once the mouse moves, as it does for a person reaching for the item.
   */
  async clickThroughPointerBlock(item: Locator): Promise<void> {
    const box = await until(() => item.boundingBox().then((b) => b ?? undefined), {
      what: 'the menu item’s box',
    })
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 })
    await until(async () => (await this.page.locator('.context-view-pointerBlock').count()) === 0, {
      what: 'the pointer block to go away',
      timeoutMs: 5_000,
    })
    await item.click()
  }

  statusItem(id: string): Locator {
    return this.page.locator(`.statusbar-item[id="${id}"]`)
  }
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8')
}

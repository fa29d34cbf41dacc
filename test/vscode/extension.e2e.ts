// End-to-end: the packed .vsix in a real VS Code (code-server 4.100.3, VS Code 1.100), driven through
// its UI by Chromium. What VS Code shows is compared with what the core says about the same text:
// the Problems panel must list exactly the core's messages (rule id, line, column), before and after
// every edit. Screenshots land in test-results/vscode/. Run with `npm run test:vscode`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { applyEdits, type Config, LineIndex, type LintMessage, lint, mergeConfig } from '../../core/index.js'
import { vsixPath } from '../../scripts/package-vsix.js'
import { CodeServer, launchBrowser, until, Workbench } from './code-server.js'
import { installCodeServer } from './install-code-server.js'

const ROOT = resolve(import.meta.dirname, '..', '..')
const ARTIFACTS = join(ROOT, 'test-results', 'vscode')
const DRAFT = readFileSync(join(import.meta.dirname, 'fixtures', 'draft.md'), 'utf8')
const NOW = '2026-11-24T10:00:00Z'
const ZONE = 'Europe/Berlin'
/** The project's config file: silences a rule, so a test can see whether it was read. */
const PROJECT_CONFIG: Config = { rules: { 'inclusive-language': 'off' } }
/** A workspace setting (.vscode/settings.json): counts only in a trusted folder. */
const WORKSPACE_SETTINGS = { 'followupLint.rules.require-interest': 'off' }
const USER_CONFIG: Config = { timezone: ZONE }
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'files.autoSave': 'off',
  'security.workspace.trust.startupPrompt': 'never',
  'followupLint.now': NOW,
  'followupLint.timezone': ZONE,
}

interface Problem {
  ruleId: string
  line: number
  column: number
}

/** What the Problems panel should list for `text`: the core's messages, 1-based like VS Code. */
function expected(text: string, config: Config, filePath: string): Problem[] {
  const index = new LineIndex(text)
  return lint(text, { config, now: new Date(NOW), filePath }).messages.map((m) => {
    const { line, column } = index.lineColumn(m.start)
    return { ruleId: m.ruleId, line: line + 1, column: column + 1 }
  })
}

function key(p: Problem): string {
  return `${p.ruleId}@${p.line}:${p.column}`
}

/** The followup-lint rows of the Problems panel for one file (the file row's count is exact). */
async function shownProblems(page: Page, file: string): Promise<{ count: number; rows: Problem[] }> {
  const panel = page.locator('.markers-panel')
  const fileRow = panel.locator('.monaco-list-row[aria-level="1"]', { hasText: file })
  if ((await fileRow.count()) === 0) return { count: 0, rows: [] }
  const label = (await fileRow.first().getAttribute('aria-label')) ?? ''
  const count = Number(/^(\d+) problems? in file/.exec(label)?.[1] ?? Number.NaN)
  const cells = await panel
    .locator('.monaco-list-row[aria-level="2"]')
    .evaluateAll((rows) =>
      rows.map((row) =>
        ['.marker-source', '.marker-code', '.marker-line'].map((c) => row.querySelector(c)?.textContent),
      ),
    )
  const rows: Problem[] = []
  for (const [source, code, where] of cells) {
    const at = /\[Ln (\d+), Col (\d+)\]/.exec(where ?? '')
    if (source === 'followup-lint' && code && at)
      rows.push({ ruleId: code, line: Number(at[1]), column: Number(at[2]) })
  }
  return { count, rows }
}

async function waitForProblems(page: Page, file: string, want: Problem[], what: string): Promise<void> {
  const wanted = want.map(key).sort()
  let seen: unknown
  await until(
    async () => {
      const shown = await shownProblems(page, file)
      seen = shown
      return (
        shown.count === want.length && JSON.stringify(shown.rows.map(key).sort()) === JSON.stringify(wanted)
      )
    },
    { what: `${what}: Problems panel to show ${JSON.stringify(wanted)}`, timeoutMs: 45_000 },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last seen ${JSON.stringify(seen)}`)
  })
}

async function waitForFile(path: string, accept: (text: string) => boolean, what: string): Promise<string> {
  return until(
    () => {
      const text = readFileSync(path, 'utf8')
      return accept(text) ? text : undefined
    },
    { what },
  )
}

const STATUS_ID = 'followup-lint.followup-lint.followupLint.status'

async function statusText(wb: Workbench): Promise<string> {
  return (await wb.statusItem(STATUS_ID).innerText()).trim()
}

function statusFor(problems: Problem[]): RegExp {
  if (problems.length === 0) return /Ready to send|No problems/
  return new RegExp(`\\b${problems.length} problems?\\b`)
}

interface Session {
  server: CodeServer
  browser: Browser
  page: Page
  wb: Workbench
  folder: string
  draft: string
}

async function startSession(name: string, trustAll: boolean): Promise<Session> {
  const folder = mkdtempSync(join(tmpdir(), `followup-lint-${name}-`))
  const draft = join(folder, 'draft.md')
  writeFileSync(draft, DRAFT)
  writeFileSync(join(folder, '.followuplintrc.json'), `${JSON.stringify(PROJECT_CONFIG, null, 2)}\n`)
  mkdirSync(join(folder, '.vscode'))
  writeFileSync(join(folder, '.vscode', 'settings.json'), `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`)
  const server = new CodeServer({
    entry: installCodeServer(),
    vsix: vsixPath(),
    folder,
    settings: USER_SETTINGS,
    trustAll,
  })
  const installed = server.installExtension()
  expect(installed).toMatch(/successfully installed/)
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  expect(server.listExtensions()).toContain(`followup-lint.followup-lint@${version}`)
  await server.start()
  const browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  const wb = new Workbench(page)
  await wb.open(server.url())
  return { server, browser, page, wb, folder, draft }
}

async function endSession(s: Session | undefined): Promise<void> {
  if (!s) return
  await s.browser.close()
  await s.server.stop()
  rmSync(s.folder, { recursive: true, force: true })
}

function screenshotOnFailure(s: () => Session | undefined, name: string): void {
  onTestFailed(async () => {
    const session = s()
    if (!session) return
    await session.page.screenshot({ path: join(ARTIFACTS, `failed-${name}.png`) }).catch(() => {})
    writeFileSync(join(ARTIFACTS, `failed-${name}.log`), session.server.output())
  })
}

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true })
})

describe.sequential('the .vsix in VS Code (code-server), trusted folder', () => {
  let s: Session | undefined
  const config = () => mergeConfig(USER_CONFIG, { rules: { 'require-interest': 'off' } }, PROJECT_CONFIG)
  let text = DRAFT

  beforeAll(async () => {
    s = await startSession('trusted', true)
  })
  afterAll(async () => {
    await endSession(s)
  })

  it('shows the core’s problems for the draft in the Problems panel and the status bar', async () => {
    screenshotOnFailure(() => s, 'problems')
    const { wb, page, draft } = s!
    await wb.openFile('draft.md')
    await wb.command('Problems: Focus on Problems View')
    const want = expected(text, config(), draft)
    // The project config and the workspace setting both apply in a trusted folder.
    expect(want.map((p) => p.ruleId)).not.toContain('inclusive-language')
    expect(want.map((p) => p.ruleId)).not.toContain('require-interest')
    expect(want.length).toBeGreaterThanOrEqual(3)
    await waitForProblems(page, 'draft.md', want, 'opening the draft')
    await wb.editor().click()
    await until(async () => statusFor(want).test(await statusText(wb)), { what: 'the status bar item' })
    await page.screenshot({ path: join(ARTIFACTS, 'problems.png') })
  })

  it('applies a quick fix from the light bulb', async () => {
    screenshotOnFailure(() => s, 'quick-fix')
    const { wb, page, draft } = s!
    const target = lint(text, { config: config(), now: new Date(NOW), filePath: draft }).messages.find(
      (m): m is LintMessage & Required<Pick<LintMessage, 'fix'>> =>
        m.ruleId === 'no-unfilled-placeholder' && !!m.fix,
    )
    expect(target, 'the draft has a placeholder the frontmatter can fill').toBeDefined()
    const at = new LineIndex(text).lineColumn(target!.start + 1)
    await wb.goTo(at.line + 1, at.column + 1)
    const bulb = page.locator('.lightBulbWidget')
    await bulb.waitFor({ state: 'visible' })
    await bulb.click()
    const item = page.locator(`.action-widget .monaco-list-row.action[aria-label="${target!.fix.title}"]`)
    await item.waitFor({ state: 'visible' })
    await page.screenshot({ path: join(ARTIFACTS, 'quick-fix.png') })
    await s!.wb.clickThroughPointerBlock(item)
    const fixed = applyEdits(text, target!.fix.edits)
    await waitForProblems(page, 'draft.md', expected(fixed, config(), draft), 'after the quick fix')
    await page.keyboard.press('Control+S')
    text = await waitForFile(draft, (t) => t === fixed, 'the fixed draft on disk')
    expect(text).not.toContain('[Company Name]')
  })

  it('runs "Add timing frontmatter" from the command palette', async () => {
    screenshotOnFailure(() => s, 'timing')
    const { wb, page, draft } = s!
    const before = lint(text, { config: config(), now: new Date(NOW) })
    const body = text.slice(before.frontmatter!.end)
    await wb.editor().click()
    await wb.command('followup-lint: Add timing frontmatter')
    await page.locator('.tab.active.dirty').waitFor() // the server's edit is in the editor
    await page.keyboard.press('Escape') // leave the snippet's tab stops
    await page.keyboard.press('Control+S')
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' })
    const after = await waitForFile(draft, (t) => t !== text, 'the draft with timing frontmatter on disk')
    const result = lint(after, { config: config(), now: new Date(NOW) })
    const data = result.frontmatter?.data ?? {}
    // The original keys stay, the timing keys are added, in the same (single) frontmatter block.
    expect(data).toMatchObject({ company: 'Northwind Health', role: 'Senior Data Analyst' })
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['interview', 'send']))
    expect(after.match(/^---$/gm)).toHaveLength(2)
    expect(after.slice(result.frontmatter!.end)).toBe(body)
    expect(after).not.toMatch(/\$\{|\$\d/) // no snippet syntax left in the file
    expect(result.messages.filter((m) => m.ruleId === 'valid-frontmatter')).toEqual([])
    text = after
    const now = expected(text, config(), draft)
    await waitForProblems(page, 'draft.md', now, 'after adding timing frontmatter')
    // The status bar shows the problem count and the send window of the server's code lens.
    const lens = page.locator('.codelens-decoration a').first()
    await lens.waitFor({ state: 'visible' })
    const sendWindow = (await lens.innerText()).trim()
    expect(sendWindow).toMatch(/send/i)
    await until(
      async () => {
        const status = await statusText(wb)
        return status.includes(sendWindow) && (now.length === 0 || statusFor(now).test(status))
      },
      { what: `the status bar to show "${sendWindow}"` },
    )
    await page.screenshot({ path: join(ARTIFACTS, 'timing-frontmatter.png') })
  })

  it('shows the follow-up plan of the interview beside the draft, unlinted', async () => {
    screenshotOnFailure(() => s, 'plan')
    const { wb, page } = s!
    await wb.editor().click()
    await wb.command('followup-lint: Plan follow-ups for this interview')
    await page.locator('.tab.active[aria-label^="Follow-up plan (draft).md"]').waitFor()
    const shown = page.locator('.editor-group-container.active .view-lines')
    await until(async () => (await shown.innerText()).replace(/\u00a0/g, ' ').includes('Follow-up plan'), {
      what: 'the plan’s text',
    })
    await until(async () => !(await wb.statusItem(STATUS_ID).isVisible()), {
      what: 'no draft status for the plan',
    })
    // A plan is not a draft: the Problems panel still lists the draft alone.
    expect(await page.locator('.markers-panel .monaco-list-row[aria-level="1"]').count()).toBe(1)
    await page.screenshot({ path: join(ARTIFACTS, 'plan.png') })
  })

  it('re-lints when a setting changes in the Settings editor, without a restart', async () => {
    screenshotOnFailure(() => s, 'settings')
    const { wb, page, draft, server } = s!
    const present = expected(text, config(), draft).map((p) => p.ruleId)
    const rule = present.includes('no-salary-talk') ? 'no-salary-talk' : present[0]!
    await wb.command('Preferences: Open Settings (UI)')
    await page.locator('.settings-editor').waitFor()
    await page.keyboard.type(`followupLint.rules.${rule}`)
    const setting = page.locator(`.setting-item-contents[data-key="followupLint.rules.${rule}"]`)
    await setting.waitFor({ state: 'visible' })
    await setting.locator('select').click()
    const option = page
      .locator('.monaco-select-box-dropdown-container .monaco-list-row')
      .filter({ has: page.locator('.option-text', { hasText: /^off$/ }) })
    await option.waitFor({ state: 'visible' })
    await wb.clickThroughPointerBlock(option)
    await waitForFile(
      server.settingsFile,
      (t) => t.includes(`"followupLint.rules.${rule}": "off"`),
      'settings.json',
    )
    const want = expected(text, mergeConfig(config(), { rules: { [rule]: 'off' } }), draft)
    expect(want.map((p) => p.ruleId)).not.toContain(rule)
    await waitForProblems(page, 'draft.md', want, `after turning ${rule} off`)
    await page.screenshot({ path: join(ARTIFACTS, 'settings.png') })
  })
})

describe.sequential('the .vsix in VS Code (code-server), untrusted folder', () => {
  let s: Session | undefined

  beforeAll(async () => {
    s = await startSession('untrusted', false)
  })
  afterAll(async () => {
    await endSession(s)
  })

  it('lints with the defaults and user settings, ignoring the folder’s config file and settings', async () => {
    screenshotOnFailure(() => s, 'untrusted')
    const { wb, page, draft } = s!
    await until(async () => (await page.locator('.statusbar').innerText()).includes('Restricted Mode'), {
      what: 'VS Code to open the folder in Restricted Mode',
    })
    await wb.openFile('draft.md')
    await wb.command('Problems: Focus on Problems View')
    const want = expected(DRAFT, USER_CONFIG, draft)
    expect(want.map((p) => p.ruleId)).toEqual(
      expect.arrayContaining(['inclusive-language', 'require-interest']),
    )
    await waitForProblems(page, 'draft.md', want, 'opening the draft in an untrusted folder')
    await page.screenshot({ path: join(ARTIFACTS, 'untrusted.png') })
  })
})

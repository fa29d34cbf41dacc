// The server's state: client features, settings from every source, the project config, the open
// documents' linter, and the config-file watching. Handlers in server.ts read from here.
import { fileURLToPath } from 'node:url'
import {
  CodeLensRefreshRequest,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  TextDocuments,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { type LintResult, lint } from '../core/index.js'
import { type ClientFeatures, readFeatures } from './capabilities.js'
import { type Linted, Linter } from './linter.js'
import { filePathOf, Project } from './project.js'
import { applySettings, DEFAULT_SETTINGS, type Settings } from './settings.js'
import { type Clock, systemZone, wallClock } from './timing.js'
import { CONFIG_GLOBS, DirectoryWatcher, isConfigFile } from './watch.js'

/** How long to wait for a workspace/configuration answer before linting with what we have. */
const CONFIG_TIMEOUT_MS = 3000

export class Session {
  readonly documents = new TextDocuments(TextDocument)
  features: ClientFeatures = readFeatures({})
  settings: Settings = DEFAULT_SETTINGS
  readonly linter: Linter
  readonly project: Project
  private root: string | undefined
  private initOptions: unknown
  private pushed: unknown
  private pulled: unknown
  private fsWatcher: DirectoryWatcher | undefined
  private settingsLoaded: Promise<void> = Promise.resolve()

  constructor(readonly connection: Connection) {
    this.project = new Project(
      () => this.root,
      () => (this.initOptions as { trusted?: unknown } | undefined)?.trusted !== false,
    )
    this.linter = new Linter({
      get: (uri) => this.documents.get(uri),
      all: () => this.documents.all(),
      optionsFor: (uri) => this.project.optionsFor(uri, this.settings),
      enabled: () => this.settings.enable,
      debounceMs: () => this.settings.debounceMs,
      codeDescription: () => this.features.codeDescription,
      pushing: () => !this.features.pullDiagnostics,
      publish: (uri, version, diagnostics) => {
        void this.connection.sendDiagnostics(
          version === undefined ? { uri, diagnostics } : { uri, version, diagnostics },
        )
      },
      log: (message) => this.log(message),
    })
  }

  log(message: string): void {
    this.connection.console.log(message)
  }

  initialize(params: InitializeParams): void {
    this.features = readFeatures(params.capabilities)
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined
    this.root = rootUri ? filePathOf(rootUri) : (params.rootPath ?? undefined)
    this.initOptions = params.initializationOptions
    this.recompute()
  }

  initialized(): void {
    const caps = this.features
    if (caps.watchedFilesRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })),
      })
    } else {
      this.fsWatcher = new DirectoryWatcher(
        () => this.configChanged(),
        (m) => this.log(m),
      )
      for (const doc of this.documents.all()) this.watch(doc.uri)
    }
    if (caps.configurationRegistration)
      void this.connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => {})
    if (caps.configuration) this.settingsLoaded = this.pullSettings()
  }

  /** Settings arrive before the first lint when the client answers configuration requests. */
  ready(): Promise<void> {
    return this.settingsLoaded
  }

  watch(uri: string): void {
    const path = filePathOf(uri)
    if (path && this.fsWatcher) this.fsWatcher.watchFor(path, this.root)
  }

  private async pullSettings(): Promise<void> {
    try {
      // A client that never answers must not hold every lint back: defaults after a while.
      const answer = this.connection.workspace.getConfiguration([{ section: 'followupLint' }]) as Promise<
        unknown[]
      >
      const timeout = new Promise<unknown[]>((resolve) =>
        setTimeout(() => resolve([undefined]), CONFIG_TIMEOUT_MS).unref(),
      )
      const [section] = await Promise.race([answer, timeout])
      this.pulled = section ?? undefined
    } catch (error) {
      this.log(`workspace/configuration failed; using defaults: ${(error as Error).message}`)
      this.pulled = undefined
    }
    this.recompute()
  }

  async settingsChanged(pushed: unknown): Promise<void> {
    this.pushed = pushed
    if (this.features.configuration) {
      this.settingsLoaded = this.pullSettings()
      await this.settingsLoaded
    } else this.recompute()
    this.refresh()
  }

  private recompute(): void {
    const previous = this.settings
    this.settings = [this.initOptions, this.pushed, this.pulled].reduce<Settings>(
      applySettings,
      DEFAULT_SETTINGS,
    )
    const error = this.settings.configError
    if (error) {
      // Keep the last good lint config in force; the error is shown on every draft.
      this.settings = { ...this.settings, config: previous.config }
      if (error !== previous.configError) this.log(error)
    }
  }

  watchedFilesChanged(uris: readonly string[]): void {
    const paths = uris.map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u))
    if (paths.some(isConfigFile)) this.configChanged()
  }

  configChanged(): void {
    this.log('Configuration file changed; re-linting open drafts.')
    this.project.reload()
    this.refresh()
  }

  /** Everything cached is stale: re-lint (push) or ask the client to pull again. */
  refresh(): void {
    this.linter.invalidate()
    if (this.features.pullDiagnostics && this.features.diagnosticRefresh)
      void this.connection.languages.diagnostics.refresh().catch(() => {})
    if (this.features.codeLensRefresh)
      void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {})
  }

  relint(uri: string, text: string): LintResult {
    return lint(text, this.project.optionsFor(uri, this.settings).options)
  }

  clock(linted?: Linted): Clock {
    return {
      timezone: linted?.options.options.config?.timezone ?? this.settings.config.timezone,
      now: this.settings.now ?? new Date(),
    }
  }

  /** The sender's zone and "now" there as `YYYY-MM-DDTHH:MM`, for completion. */
  wallClock(linted: Linted | undefined): { timezone: string; now: string } {
    const clock = this.clock(linted)
    const fmZone = linted?.result.frontmatter?.data?.timezone
    const zone = typeof fmZone === 'string' ? fmZone : (clock.timezone ?? systemZone())
    try {
      return { timezone: zone, now: wallClock(clock.now, zone) }
    } catch {
      return { timezone: systemZone(), now: wallClock(clock.now, systemZone()) }
    }
  }

  dispose(): void {
    this.fsWatcher?.dispose()
  }
}

// The VS Code extension: starts the bundled language server (dist/server.mjs) for Markdown drafts,
// answers its configuration requests from the `followupLint` settings, and adds the commands and the
// status bar item. Everything about linting happens in the server.
import { commands, type ExtensionContext, window, workspace } from 'vscode'
import {
  DiagnosticPullMode,
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  TransportKind,
} from 'vscode-languageclient/node'
import { FIX_ALL_KIND, PlanDocuments, planFollowUps, runSourceAction, TIMING_KIND } from './commands.js'
import { SERVER_NODE_FLAGS } from './server-flags.js'
import { settingsSection } from './settings.js'
import { DraftStatus } from './status.js'

const SECTION = 'followupLint'
let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const manifest = context.extension.packageJSON as { contributes: { configuration: { properties: object } } }
  const keys = Object.keys(manifest.contributes.configuration.properties).map((k) =>
    k.slice(SECTION.length + 1),
  )
  const settings = () =>
    settingsSection(workspace.getConfiguration(SECTION), {
      keys,
      trusted: workspace.isTrusted,
      emptyConfigFile: context.asAbsolutePath('untrusted.followuplintrc.json'),
    })
  const run = {
    module: context.asAbsolutePath('dist/server.mjs'),
    transport: TransportKind.stdio,
    options: { execArgv: [...SERVER_NODE_FLAGS] },
  }
  const options: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    outputChannelName: 'followup-lint',
    initializationOptions: () => ({ trusted: workspace.isTrusted, [SECTION]: settings() }),
    // "Run on save" skips the pulls made while typing; saving, opening and setting changes still pull.
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      filter: (_doc, mode) =>
        mode === DiagnosticPullMode.onType && workspace.getConfiguration(SECTION).get('run') === 'onSave',
    },
    middleware: {
      workspace: {
        configuration: (params, token, next) =>
          params.items.map((item) =>
            item.section === SECTION ? settings() : next({ items: [item] }, token),
          ),
      },
    },
  }
  const lc = new LanguageClient('followupLint', 'followup-lint', { run, debug: run }, options)
  client = lc
  const status = new DraftStatus()
  const plans = new PlanDocuments()
  const notifySettings = () =>
    lc.isRunning()
      ? lc.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: settings() } })
      : undefined
  context.subscriptions.push(
    status,
    commands.registerCommand('followupLint.fixAll', () =>
      runSourceAction(FIX_ALL_KIND, 'nothing to fix automatically.'),
    ),
    commands.registerCommand('followupLint.addTimingFrontmatter', () =>
      runSourceAction(TIMING_KIND, 'this draft already has its timing frontmatter.'),
    ),
    workspace.registerTextDocumentContentProvider(PlanDocuments.scheme, plans),
    commands.registerCommand('followupLint.planFollowUps', () => planFollowUps(lc, plans)),
    commands.registerCommand('followupLint.restartServer', () => lc.restart()),
    commands.registerCommand('followupLint.showOutput', () => lc.outputChannel.show(true)),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) void notifySettings()
    }),
    // Trusting the folder lets its config files count: start again with `trusted: true`.
    workspace.onDidGrantWorkspaceTrust(() => void lc.restart()),
    lc.onDidChangeState(() => void status.update()),
  )
  try {
    await lc.start()
  } catch (error) {
    void window.showErrorMessage(`followup-lint: the language server did not start (${String(error)}).`)
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}

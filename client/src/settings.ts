// The `followupLint` section as the server receives it (workspace/configuration and
// didChangeConfiguration). Lint keys are sent only when the user set them, so the defaults shown in
// the Settings UI never override a project's config file, and "(not set)" values ("" / null) are
// left out. In an untrusted workspace only user settings count, and the project's config files are
// replaced by the extension's empty one (the server is also told `trusted: false`).
import type { WorkspaceConfiguration } from 'vscode'

/** Editor-only keys: sent with their effective value (default included). */
const EDITOR_KEYS = new Set(['enable', 'run', 'debounce', 'now', 'trace.server'])

export interface SettingsContext {
  /** Keys of the manifest's settings, without the `followupLint.` prefix. */
  keys: readonly string[]
  trusted: boolean
  /** An empty config file shipped with the extension, used instead of discovery when untrusted. */
  emptyConfigFile: string
}

function unset(key: string, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  return key.startsWith('businessHours.') && Array.isArray(value) && value.length === 0
}

export function settingsSection(
  config: WorkspaceConfiguration,
  context: SettingsContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of context.keys) {
    const seen = config.inspect(key)
    if (!seen) continue
    const user = seen.globalValue
    const explicit = context.trusted ? (seen.workspaceFolderValue ?? seen.workspaceValue ?? user) : user
    const value = EDITOR_KEYS.has(key) ? (explicit ?? seen.defaultValue) : explicit
    if (unset(key, value)) continue
    const [head, ...rest] = key.split('.')
    if (head === undefined) continue
    if (rest.length === 0 || head === 'trace') out[key] = value
    else {
      const group = (out[head] ?? {}) as Record<string, unknown>
      group[rest.join('.')] = value
      out[head] = group
    }
  }
  if (!context.trusted) out.configFile = context.emptyConfigFile
  return out
}

// Editor settings (section `followupLint`). They arrive from up to three places, merged in this
// order: defaults < initializationOptions < didChangeConfiguration's `settings` < the answer to
// `workspace/configuration`. A client that never asks (Neovim 0.7) or answers null (Eglot, for a
// section it does not know) leaves the defaults standing. The lint keys mirror the config file.
import { type Config, configSchema, mergeConfig } from '../core/index.js'

export interface Settings {
  enable: boolean
  /** Lint as you type, or only when the file is saved (always on open). */
  run: 'onType' | 'onSave'
  /** Milliseconds between the last edit and the lint. */
  debounceMs: number
  /** Lint config from the editor (the project's config file overrides it). */
  config: Config
  /** An explicit config file (absolute, or relative to the workspace root). */
  configFile: string | undefined
  /** A fixed clock for the timing rules (ISO); undefined = the real clock. */
  now: Date | undefined
  /** Why the editor's lint config was rejected (shown as a diagnostic), if it was. */
  configError: string | undefined
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  debounceMs: 150,
  config: {},
  configFile: undefined,
  now: undefined,
  configError: undefined,
}

const CONFIG_KEYS: ReadonlySet<string> = new Set(
  Object.keys(configSchema().shape).filter((k) => k !== '$schema'),
)

/** "(not set)" in an editor's settings UI: leaves the config file's value (or the default) alone. */
function unset(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `{followupLint: {...}}`, `{settings: {followupLint: {...}}}` or the section itself. */
export function sectionOf(raw: unknown): Record<string, unknown> | undefined {
  if (!isObject(raw)) return undefined
  if (isObject(raw.settings)) return sectionOf(raw.settings)
  if (isObject(raw.followupLint)) return raw.followupLint
  return raw
}

/** Overlay one raw settings object on `base`. Unknown or ill-typed values are ignored, not fatal. */
export function applySettings(base: Settings, raw: unknown): Settings {
  const section = sectionOf(raw)
  if (!section) return base
  const next: Settings = { ...base, config: { ...base.config } }
  if (typeof section.enable === 'boolean') next.enable = section.enable
  if (section.run === 'onType' || section.run === 'onSave') next.run = section.run
  const debounce = section.debounce ?? section.debounceMs
  if (typeof debounce === 'number' && debounce >= 0 && Number.isFinite(debounce)) next.debounceMs = debounce
  if (typeof section.configFile === 'string' && section.configFile) next.configFile = section.configFile
  if (typeof section.now === 'string') {
    const now = new Date(section.now)
    if (!Number.isNaN(now.getTime())) next.now = now
  }
  const config: Record<string, unknown> = isObject(section.config) ? { ...section.config } : {}
  for (const [key, value] of Object.entries(section))
    if (CONFIG_KEYS.has(key) && !unset(value)) config[key] = value
  const merged = mergeConfig(next.config, config as Config)
  const checked = configSchema().safeParse(merged)
  if (checked.success) {
    next.config = merged
  } else {
    // Keep the last good config, and say why the new one was refused (never a silent fallback).
    const issue = checked.error.issues[0]
    const key = issue?.path.map(String).join('.') ?? ''
    next.configError = `Editor setting followupLint${key ? `.${key}` : ''}: ${issue?.message ?? 'invalid'}`
  }
  return next
}

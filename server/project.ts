// The lint options for one open document: editor settings merged with the project's config file
// (found by walking up from the file, exactly as the CLI does; the file wins, so the editor agrees
// with CI), template globs, and the clock. A broken config file is reported, never swallowed.
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import picomatch from 'picomatch'
import {
  type Config,
  ConfigError,
  ConfigResolver,
  type LintOptions,
  loadConfigFile,
  mergeConfig,
} from '../core/index.js'
import type { Settings } from './settings.js'

export const CONFIG_FILE_NAMES = [
  '.followuplintrc.json',
  '.followuplintrc.yaml',
  '.followuplintrc.yml',
  'package.json',
]

export interface DocumentOptions {
  options: LintOptions
  /** The config file in force, if any. */
  configFile: string | undefined
  /** Problems with the configuration, to show on the document. */
  configErrors: string[]
  maxFileSize: number
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

export class Project {
  private resolver = new ConfigResolver()

  /**
   * @param trusted false in an untrusted workspace (VS Code's workspace trust, sent by the client as
   * `initializationOptions.trusted`): then no config file from the workspace is read, only the
   * built-in defaults and the editor settings.
   */
  constructor(
    private readonly root: () => string | undefined,
    private readonly trusted: () => boolean = () => true,
  ) {}

  /** Forget every cached config file (one changed on disk). */
  reload(): void {
    this.resolver = new ConfigResolver()
  }

  optionsFor(uri: string, settings: Settings): DocumentOptions {
    const path = filePathOf(uri)
    const errors: string[] = settings.configError ? [settings.configError] : []
    let fileConfig: Config = {}
    let configFile: string | undefined
    try {
      if (!this.trusted()) {
        // Untrusted workspace: nothing the workspace contains may change what runs.
      } else if (settings.configFile) {
        const root = this.root() ?? (path ? dirname(path) : process.cwd())
        configFile = isAbsolute(settings.configFile)
          ? settings.configFile
          : resolve(root, settings.configFile)
        fileConfig = loadConfigFile(configFile)
      } else if (path) {
        const found = this.resolver.forFile(path)
        fileConfig = found.config
        configFile = found.file
      }
    } catch (error) {
      errors.push(error instanceof ConfigError ? error.message : `Cannot load the config: ${String(error)}`)
    }
    const config = mergeConfig(settings.config, fileConfig)
    const base = configFile ? dirname(configFile) : (this.root() ?? (path ? dirname(path) : undefined))
    const template =
      path !== undefined && base !== undefined && (config.templates?.length ?? 0) > 0
        ? picomatch(config.templates ?? [], { dot: true })(relative(base, path).split('\\').join('/'))
        : false
    const options: LintOptions = { config }
    if (path) options.filePath = path
    if (template) options.template = true
    if (settings.now) options.now = settings.now
    return { options, configFile, configErrors: errors, maxFileSize: config.maxFileSize ?? 1024 * 1024 }
  }
}

// What the VS Code extension sends the server for the `followupLint` section (client/src/settings.ts):
// lint keys only when the user set them, grouped the way the config file nests them; in an
// untrusted workspace, user settings only and the extension's empty config file instead of discovery.

import { describe, expect, it } from 'vitest'
import type { WorkspaceConfiguration } from 'vscode'
import { settingsSection } from '../client/src/settings.js'

interface Seen {
  defaultValue?: unknown
  globalValue?: unknown
  workspaceValue?: unknown
  workspaceFolderValue?: unknown
}

function config(values: Record<string, Seen>): WorkspaceConfiguration {
  return { inspect: (key: string) => values[key] ?? { key } } as unknown as WorkspaceConfiguration
}

const KEYS = [
  'enable',
  'run',
  'rules.no-salary-talk',
  'rules.no-familiar-tone',
  'industry',
  'timezone',
  'businessHours.start',
  'businessHours.days',
  'templates',
  'configFile',
  'now',
  'debounce',
]
const EMPTY = '/ext/untrusted.followuplintrc.json'

const VALUES: Record<string, Seen> = {
  enable: { defaultValue: true },
  run: { defaultValue: 'onType', globalValue: 'onSave' },
  'rules.no-salary-talk': { defaultValue: 'error', globalValue: 'warning', workspaceValue: 'off' },
  'rules.no-familiar-tone': { defaultValue: 'warning' },
  industry: { defaultValue: '', globalValue: '' },
  timezone: { defaultValue: '', globalValue: 'Europe/Berlin' },
  'businessHours.start': { defaultValue: '', workspaceFolderValue: '09:00' },
  'businessHours.days': { defaultValue: [] },
  templates: { defaultValue: [], workspaceValue: ['templates/**/*.md'] },
  configFile: { defaultValue: '', workspaceValue: 'lint/.followuplintrc.json' },
  now: { defaultValue: '' },
  debounce: { defaultValue: 150 },
}

describe('the settings the extension sends the server', () => {
  it('in a trusted workspace: what the user set, the most specific scope winning, nested like the config', () => {
    expect(settingsSection(config(VALUES), { keys: KEYS, trusted: true, emptyConfigFile: EMPTY })).toEqual({
      enable: true,
      run: 'onSave',
      rules: { 'no-salary-talk': 'off' },
      timezone: 'Europe/Berlin',
      businessHours: { start: '09:00' },
      templates: ['templates/**/*.md'],
      configFile: 'lint/.followuplintrc.json',
      debounce: 150,
    })
  })

  it('in an untrusted workspace: user settings only, and no config file from the folder', () => {
    expect(settingsSection(config(VALUES), { keys: KEYS, trusted: false, emptyConfigFile: EMPTY })).toEqual({
      enable: true,
      run: 'onSave',
      rules: { 'no-salary-talk': 'warning' },
      timezone: 'Europe/Berlin',
      configFile: EMPTY,
      debounce: 150,
    })
  })

  it('sends no lint key at all when nothing was set, so the config file decides', () => {
    const defaults = Object.fromEntries(
      Object.entries(VALUES).map(([k, v]) => [k, { defaultValue: v.defaultValue }]),
    )
    expect(settingsSection(config(defaults), { keys: KEYS, trusted: true, emptyConfigFile: EMPTY })).toEqual({
      enable: true,
      run: 'onType',
      debounce: 150,
    })
  })
})

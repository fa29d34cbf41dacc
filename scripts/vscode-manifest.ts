// The generated parts of the extension manifest (client/package.json) and its snippets, so the
// editor mirrors the config and the server's templates instead of copying them by hand:
// - `contributes.configuration`: one setting per key of the config JSON Schema
//   (schema/followuplintrc.schema.json) — a severity drop-down per registered rule, business hours
//   as three settings — plus the editor-only settings (enable, run, configFile, now, debounce);
// - `capabilities.untrustedWorkspaces.restrictedConfigurations`: every setting that changes what runs;
// - `version`: the package's;
// - snippets/notes.code-snippets: one snippet per kind of note, from server/templates.ts.
//
//   npx tsx scripts/vscode-manifest.ts           write them
//   npx tsx scripts/vscode-manifest.ts --check   exit 1 when the committed files are stale
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { rules } from '../core/index.js'
import { frontmatterSnippet, TEMPLATES } from '../server/templates.js'

export const ROOT = resolve(import.meta.dirname, '..')
export const CLIENT = join(ROOT, 'client')
const MANIFEST = join(CLIENT, 'package.json')
const SNIPPETS = join(CLIENT, 'snippets', 'notes.code-snippets')
const SCHEMA = join(ROOT, 'schema', 'followuplintrc.schema.json')

type Json = Record<string, unknown>
const SEVERITIES = ['off', 'info', 'warning', 'error']
const SEVERITY_TEXT = [
  'Do not check.',
  'Show as information.',
  'Show as a warning.',
  'Show as an error (`followup-lint` exits 1).',
]

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json
}

/** A setting for a config key with no special shape: its JSON Schema, plus an "unset" default. */
function passThrough(schema: Json): Json {
  const { description, ...rest } = schema
  const setting: Json = { ...rest, markdownDescription: `${description ?? ''}` }
  const type = schema.type
  if (Array.isArray(schema.enum)) {
    setting.enum = ['', ...schema.enum]
    setting.enumItemLabels = ['(not set)', ...(schema.enum as string[])]
    setting.default = ''
  } else if (type === 'string') setting.default = ''
  else if (type === 'array') setting.default = []
  else if (type === 'object') setting.default = {}
  else if (type === 'number' || type === 'integer' || type === 'boolean') {
    setting.type = [type, 'null']
    setting.default = null
    delete setting.maximum
  }
  return setting
}

const UNSET = 'Empty: from the config file, else the default.'

/** `contributes.configuration`: editor settings, then one setting per config key. */
export function configuration(): { configuration: Json; restricted: string[] } {
  const schema = readJson(SCHEMA)
  const keys = schema.properties as Record<string, Json>
  const props: Record<string, Json> = {}
  const restricted: string[] = []
  const lint = (id: string, setting: Json) => {
    props[`followupLint.${id}`] = setting
    restricted.push(`followupLint.${id}`)
  }
  props['followupLint.enable'] = {
    type: 'boolean',
    default: true,
    markdownDescription: 'Check Markdown drafts.',
  }
  props['followupLint.run'] = {
    type: 'string',
    enum: ['onType', 'onSave'],
    enumDescriptions: ['Check as you type.', 'Check when the file is saved.'],
    default: 'onType',
    markdownDescription: 'When to check a draft.',
  }
  for (const rule of rules().sort((a, b) => a.id.localeCompare(b.id))) {
    lint(`rules.${rule.id}`, {
      type: 'string',
      enum: SEVERITIES,
      enumDescriptions: SEVERITY_TEXT,
      default: rule.severity,
      markdownDescription:
        `${rule.description} [Rule documentation](${rule.docsUrl}). ` +
        'The project config file wins over this setting; rule options belong there.',
    })
  }
  for (const [key, schemaOf] of Object.entries(keys)) {
    if (key === '$schema' || key === 'rules') continue
    if (key === 'businessHours') {
      const hours = schemaOf.properties as Record<string, Json>
      const what = `${schemaOf.description}.`
      for (const [part, sub] of Object.entries(hours)) {
        const label = part === 'days' ? 'Days' : part === 'start' ? 'Start' : 'End'
        lint(`businessHours.${part}`, {
          ...passThrough(sub),
          markdownDescription: `${what} ${label}${sub.description ? ` (${sub.description})` : ' (24-hour "HH:MM")'}. ${UNSET}`,
        })
      }
      continue
    }
    const setting = passThrough(schemaOf)
    setting.markdownDescription = `${setting.markdownDescription}. ${UNSET}`.replace('.. ', '. ')
    lint(key, setting)
  }
  lint('configFile', {
    type: 'string',
    default: '',
    markdownDescription:
      'A config file to use instead of looking for `.followuplintrc.*` next to each draft (absolute, or relative to the workspace folder).',
  })
  props['followupLint.now'] = {
    type: 'string',
    default: '',
    markdownDescription:
      'Pretend it is this time (ISO 8601, e.g. `2026-11-23T09:00`) when checking send windows: for planning ahead, and for tests. Empty: the real clock.',
  }
  props['followupLint.debounce'] = {
    type: 'number',
    default: 150,
    minimum: 0,
    markdownDescription:
      'Milliseconds to wait after typing before checking (when the server pushes diagnostics).',
  }
  props['followupLint.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    markdownDescription:
      'Log the messages between VS Code and the language server (in **Output › followup-lint**).',
  }
  let order = 0
  for (const p of Object.values(props)) p.order = order++
  return { configuration: { title: 'followup-lint', properties: props }, restricted }
}

/** One snippet per kind of note, whole (frontmatter and body), from the server's templates. */
export function snippets(): Json {
  // VS Code snippet variables (today's date), not a JavaScript template.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: snippet syntax
  const interview = '$CURRENT_YEAR-$CURRENT_MONTH-${CURRENT_DATE}T$CURRENT_HOUR:00'
  const out: Json = {}
  for (const t of TEMPLATES) {
    const text = frontmatterSnippet(t, interview, undefined) + t.body
    out[`followup-lint: ${t.label}`] = {
      scope: 'markdown',
      prefix: [`followup-${t.kind}`, t.label],
      description: t.detail,
      body: text.replace(/\n$/, '').split('\n'),
    }
  }
  return out
}

export function manifest(): Json {
  const current = readJson(MANIFEST)
  const { configuration: config, restricted } = configuration()
  const version = readJson(join(ROOT, 'package.json')).version
  const contributes = { ...(current.contributes as Json), configuration: config }
  const capabilities = current.capabilities as { untrustedWorkspaces: Json }
  return {
    ...current,
    version,
    capabilities: {
      ...capabilities,
      untrustedWorkspaces: { ...capabilities.untrustedWorkspaces, restrictedConfigurations: restricted },
    },
    contributes,
  }
}

/** The files this script owns whose content differs from what it would write. */
export function stale(): string[] {
  const out: string[] = []
  if (!isDeepStrictEqual(readJson(MANIFEST), manifest())) out.push('client/package.json')
  let current: unknown
  try {
    current = readJson(SNIPPETS)
  } catch {
    current = undefined
  }
  if (!isDeepStrictEqual(current, snippets())) out.push('client/snippets/notes.code-snippets')
  return out
}

export function write(): void {
  writeFileSync(MANIFEST, `${JSON.stringify(manifest(), null, 2)}\n`)
  writeFileSync(SNIPPETS, `${JSON.stringify(snippets(), null, 2)}\n`)
  execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', MANIFEST, SNIPPETS], {
    cwd: ROOT,
    stdio: 'ignore',
  })
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  if (process.argv.includes('--check')) {
    const files = stale()
    if (files.length) {
      process.stderr.write(`Stale: ${files.join(', ')}. Run: npx tsx scripts/vscode-manifest.ts\n`)
      process.exitCode = 1
    }
  } else write()
}

// The engine: parse once, run every enabled rule on the shared document, check what rules report,
// apply suppression comments. Pure and synchronous; never throws.
import { RULES } from '../rules/index.js'
import { STEMS } from '../rules/phrases.generated.js'
import { validateConfig } from './config.js'
import { type Document, parseDocument, type Sentence } from './document.js'
import { readFrontmatter } from './frontmatter.js'
import { inferKind, kindFromFrontmatter } from './kind.js'
import { editPhraseList, type PhraseEntry, type PhraseHit, PhraseMatcher } from './phrases.js'
import { type AnyRule, DOCS_BASE, type RuleContext, type RuleReport, type RuleSettings } from './rule.js'
import { applyDirectives, checkDirectives, readDirectives } from './suppress.js'
import type { Config, LintMessage, LintOptions, LintResult, Severity, SeveritySetting } from './types.js'
import { seedStems } from './words.js'

seedStems(STEMS)

export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id))

const matcherCache = new WeakMap<AnyRule, Map<string, PhraseMatcher>>()

function matcherFor(rule: AnyRule, config: Config): PhraseMatcher {
  let perRule = matcherCache.get(rule)
  if (!perRule) {
    perRule = new Map()
    matcherCache.set(rule, perRule)
  }
  const edits = config.phrases?.[rule.id]
  const key = edits ? JSON.stringify(edits) : ''
  let matcher = perRule.get(key)
  if (!matcher) {
    matcher = new PhraseMatcher(editPhraseList(rule.phrases?.entries ?? [], edits))
    // A user's own patterns are checked whole now; built-in ones compile as drafts reach them.
    if (edits?.add?.length) matcher.validate()
    if (perRule.size > 20) perRule.clear()
    perRule.set(key, matcher)
  }
  return matcher
}

// A quoted phrase may span a line break of the draft: messages are one line ("Things at home have
// been chaotic", not "…have\nbeen…").
function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) =>
    data && key in data ? String(data[key]).replace(/\s+/g, ' ') : all,
  )
}

function internalError(ruleId: string, error: unknown, textLength: number): LintMessage {
  const detail = error instanceof Error ? error.message : String(error)
  return {
    ruleId: 'internal-error',
    messageId: 'internalError',
    severity: 'error',
    message: `Rule "${ruleId}" crashed: ${detail}. Please report this with the draft that caused it.`,
    start: 0,
    end: Math.min(textLength, 0),
    docsUrl: docsUrl('internal-error'),
  }
}

// Rule options are parsed (defaults filled in) once per distinct setting, not once per draft. Rules
// treat their options as read-only.
const optionsCache = new WeakMap<AnyRule, Map<string, unknown>>()

function resolveSetting(rule: AnyRule, config: Config): { severity: SeveritySetting; options: unknown } {
  const setting = config.rules?.[rule.id]
  const severity = Array.isArray(setting) ? setting[0] : (setting ?? rule.severity)
  const raw = Array.isArray(setting) ? (setting[1] ?? {}) : {}
  if (!rule.options) return { severity, options: raw }
  let perRule = optionsCache.get(rule)
  if (!perRule) {
    perRule = new Map()
    optionsCache.set(rule, perRule)
  }
  const key = JSON.stringify(raw)
  let options = perRule.get(key)
  if (options === undefined) {
    options = rule.options.parse(raw)
    if (perRule.size > 50) perRule.clear()
    perRule.set(key, options)
  }
  return { severity, options }
}

// A config object passed again (the CLI and the server reuse one per directory) is validated once.
const validated = new WeakMap<object, Config>()

function checkedConfig(raw: object): Config {
  // No settings at all (no config file found): nothing to validate.
  if (Object.getPrototypeOf(raw) === Object.prototype && Object.keys(raw).length === 0) return {}
  let config = validated.get(raw)
  if (!config) {
    config = validateConfig(raw)
    validated.set(raw, config)
  }
  return config
}

function settingsFrom(config: Config, options: LintOptions, fmTemplate: boolean): RuleSettings {
  return {
    template: options.template ?? fmTemplate,
    variables: config.variables ?? [],
    filePath: options.filePath,
    industry: config.industry,
    timezone: config.timezone,
    businessHours: {
      start: config.businessHours?.start ?? '08:00',
      end: config.businessHours?.end ?? '18:00',
      days: config.businessHours?.days ?? [1, 2, 3, 4, 5],
    },
    now: options.now ?? new Date(),
  }
}

/** Lint one draft. Never throws: a crashing rule becomes an `internal-error` message. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  let config: Config = {}
  const messages: LintMessage[] = []
  try {
    config = options.config ? checkedConfig(options.config) : {}
  } catch (error) {
    messages.push({
      ruleId: 'invalid-config',
      messageId: 'invalidConfig',
      severity: 'error',
      message: `Invalid configuration (defaults used): ${(error as Error).message}`,
      start: 0,
      end: 0,
      docsUrl: docsUrl('invalid-config'),
    })
  }
  let doc: Document
  try {
    doc = parseDocument(text)
  } catch (error) {
    return {
      messages: [internalError('parser', error, text.length)],
      frontmatter: null,
      kind: null,
      kindSource: 'none',
    }
  }
  const cache = options.cache
  const frontmatter = cache
    ? cache.frontmatter(doc.yaml ? `${doc.yaml.start}:${text.slice(doc.yaml.start, doc.yaml.end)}` : '', () =>
        readFrontmatter(doc),
      )
    : readFrontmatter(doc)
  const fmKind = kindFromFrontmatter(frontmatter)
  const kind = fmKind ?? inferKind(doc)
  const kindSource = fmKind ? 'frontmatter' : kind ? 'inferred' : 'none'
  const settings = settingsFrom(config, options, frontmatter?.data?.template === true)
  const { subject, signature } = doc.structure
  const prose = doc.sentences.filter(
    (s) => !(subject && s.end <= subject.end) && !(signature && s.start >= signature.start),
  )

  for (const rule of RULES) {
    let resolved: ReturnType<typeof resolveSetting>
    try {
      resolved = resolveSetting(rule, config)
    } catch (error) {
      messages.push(internalError(rule.id, error, text.length))
      continue
    }
    if (resolved.severity === 'off') continue
    const severity: Severity = resolved.severity
    const report = (r: RuleReport): void => {
      const template = rule.messages[r.messageId]
      if (template === undefined) throw new Error(`undeclared messageId "${r.messageId}"`)
      if (!(r.start >= 0 && r.end >= r.start && r.end <= text.length)) {
        throw new Error(`range ${r.start}-${r.end} outside the text`)
      }
      if (r.fix && rule.fix !== 'safe') throw new Error('reported a fix but declares no safe fixes')
      if (r.suggest?.length && rule.fix === false)
        throw new Error('reported suggestions but declares fix: false')
      const message: LintMessage = {
        ruleId: rule.id,
        messageId: r.messageId,
        severity,
        message: interpolate(template, r.data),
        start: r.start,
        end: r.end,
        docsUrl: docsUrl(rule.id),
      }
      if (r.fix) message.fix = r.fix
      if (r.suggest?.length) message.suggestions = r.suggest
      messages.push(message)
    }
    const ctx: RuleContext<unknown> = {
      id: rule.id,
      text,
      doc,
      frontmatter,
      kind,
      kindSource,
      options: resolved.options,
      settings,
      prose,
      report,
      memo: <T>(key: string, compute: () => T): T => (cache ? cache.memo(rule.id, key, compute) : compute()),
      findPhrases(sentences: readonly Sentence[] = prose): PhraseHit[] {
        const matcher = matcherFor(rule, config)
        const strict = (resolved.options as { strict?: unknown } | undefined)?.strict === true
        const include = (e: PhraseEntry): boolean =>
          (!e.strict || strict) && (!e.kinds || (kind !== null && e.kinds.includes(kind)))
        const hits: PhraseHit[] = []
        const filter = `${strict}:${kind}`
        for (const s of sentences) {
          const found = cache
            ? cache.match(matcher, filter, s, () => matcher.match(s, include))
            : matcher.match(s, include)
          for (const h of found) hits.push(h)
        }
        return hits
      },
    }
    const before = messages.length
    try {
      rule.create(ctx)
    } catch (error) {
      messages.length = before
      messages.push(internalError(rule.id, error, text.length))
    }
  }

  const directives = readDirectives(doc)
  const checked = [
    ...applyDirectives(messages, directives, doc),
    ...checkDirectives(directives, RULE_IDS, docsUrl),
  ]
  checked.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
  return { messages: checked, frontmatter, kind, kindSource }
}

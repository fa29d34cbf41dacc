// Shared by test/property.test.ts, test/server-fuzz.test.ts and scripts/fuzz.ts: generators of
// hostile Markdown drafts (fast-check arbitraries) and the invariants every lint result must keep.
// Each check throws an Error that says what broke, so fast-check can shrink to the smallest draft.
import fc from 'fast-check'
import {
  type ApplyFixesResult,
  applyEdits,
  applyFixes,
  type Config,
  type Edit,
  FRONTMATTER_KEYS,
  type LintMessage,
  type LintOptions,
  type LintResult,
  lint,
  rules,
} from '../core/index.js'

export const NOW = new Date('2026-11-22T12:00:00Z')

/** The seed for this run: FOLLOWUP_LINT_FUZZ_SEED if set, else `fallback` (fixed, for `npm test`). */
export function fuzzSeed(fallback: number): number {
  const raw = process.env.FOLLOWUP_LINT_FUZZ_SEED
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n)) throw new Error(`FOLLOWUP_LINT_FUZZ_SEED must be an integer, not "${raw}"`)
  return n
}

// ---------------------------------------------------------------------------------------------
// Generators

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs)

/** Words and phrases that make rules fire (and fixes apply), mixed with plain prose. */
const WORD = pick(
  'Thank',
  'you',
  'thanks',
  'thx',
  'for',
  'the',
  'interview',
  'chat',
  'about',
  'Kafka',
  'migration',
  'dashboard',
  'Priya',
  'team',
  'salary',
  'range',
  '$120k',
  'per',
  'year',
  'signing',
  'bonus',
  'chairman',
  'guys',
  'hey',
  'awesome',
  'ASAP',
  'just',
  'checking',
  'in',
  'circling',
  'back',
  'when',
  'will',
  'I',
  'hear',
  'back?',
  'excited',
  'interested',
  'role',
  'position',
  'attached',
  'my',
  'resume',
  'divorce',
  'unfortunately',
  'hate',
  'looking',
  'forward',
  'to',
  'starting',
  '[Company Name]',
  '[Interviewer Name]',
  '{{company}}',
  '{{ role }}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder left in a draft
  '${name}',
  '{name}',
  '<Your Name>',
  '(insert topic)',
  '____',
  '.....',
  'TODO',
  'XXX',
  'TBD',
  'https://example.com/a_(b)',
  'www.example.org',
  'sam.okafor+jobs@example.co.uk',
  'a.b.c.d@',
  '@',
  'Mr.',
  'Dr.',
  'e.g.',
  '3rd',
  '9:30',
  'Q3',
  'dbt',
  '!!',
  '...',
  '—',
  '–',
  '-',
  ',',
  ';',
  ':',
  '"',
  '“quoted”',
  "it's",
  'don’t',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇬🇧',
  'é',
  'ﬁ',
  'Ａ',
  '\u200b',
  '\u00a0',
  '\t',
  '*bold*',
  '**strong**',
  '_em_',
  '`code`',
  '``double `tick``',
  '[link](https://example.com)',
  '<https://example.com>',
  '<b>html</b>',
  '<!-- c -->',
  '\\',
  '&amp;',
  '&#128512;',
)

/** Whole phrases the phrase-list rules look for. */
const PHRASE = pick(
  'please reply as soon as possible',
  'I need to know ASAP',
  'the process felt disorganized',
  'after my surgery',
  'my mental health has been hard',
  'I look forward to starting the role',
  'I have attached my portfolio',
  "Here's my resume",
  'when will I hear back',
  'I am following up again',
  'I was disappointed not to be selected',
  'it was poorly organized',
)

const SENTENCE = fc
  .array(fc.oneof({ weight: 12, arbitrary: WORD }, { weight: 1, arbitrary: PHRASE }), {
    minLength: 1,
    maxLength: 14,
  })
  .chain((ws) => pick('.', '!', '?', '', ':').map((end) => `${ws.join(' ')}${end}`))

const PARAGRAPH = fc.array(SENTENCE, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))

const RULE_IDS = rules().map((r) => r.id)

/** Frontmatter values, valid and not. */
const FM_VALUE = pick(
  'thank-you',
  'status-inquiry',
  'second-follow-up',
  'after-rejection',
  'thankyou',
  'email',
  'linkedin',
  'letter',
  'Northwind Health',
  'Dana Lee',
  'Senior Data Analyst',
  '2026-11-20',
  '2026-11-20T14:00',
  '2026-11-20T14:00:00Z',
  '2026-13-45',
  'tomorrow',
  'America/New_York',
  'Europe/Londn',
  'Mars/Olympus',
  'tech',
  'true',
  'false',
  '',
  '[a, b',
  '{x: 1}',
  '"unterminated',
  "'single'",
  '&anchor x',
  '*alias',
  '!!binary aGk=',
  '- item',
  '12',
  'null',
  '😀',
  '[Company Name]',
  '{{company}}',
)
const FM_KEY = pick(...FRONTMATTER_KEYS, 'compnay', 'Kind', 'unknown-key', '')
/** Keys whose values fill placeholders (the safe fix of no-unfilled-placeholder). */
const FILLABLE = fc
  .tuple(
    pick('company', 'role', 'to', 'interviewer', 'subject'),
    pick('Acme', 'Northwind Health', 'Data Analyst', 'Dana Lee'),
  )
  .map(([k, v]) => `${k}: ${v}`)
const FM_LINE = fc.oneof(
  { weight: 4, arbitrary: FILLABLE },
  { weight: 6, arbitrary: fc.tuple(FM_KEY, FM_VALUE).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(FM_KEY, FM_VALUE).map(([k, v]) => `${k}:\n  - ${v}\n  - ${v}`) },
  { weight: 1, arbitrary: pick('  bad indent: x', 'key without colon', ':', '---x', '# comment', '\t- tab') },
)
const FRONTMATTER = fc.oneof(
  fc
    .tuple(fc.array(FM_LINE, { maxLength: 8 }), pick('---', '---', '...', '--- ', ''))
    .map(([lines, close]) => `---\n${lines.join('\n')}\n${close}\n`),
  // Valid frontmatter whose values fill placeholders: reaches the safe fixes.
  fc
    .uniqueArray(FILLABLE, { minLength: 1, maxLength: 4, selector: (l) => l.split(':')[0] })
    .map((lines) => `---\n${lines.join('\n')}\n---\n`),
)

const SUBJECT = fc
  .tuple(pick('Subject: ', 'subject:', '**Subject:** ', 'Re: ', '# Subject: ', 'Subj: '), SENTENCE)
  .map(([a, b]) => `${a}${b}`)
const GREETING = pick(
  'Dear Ms. Lee,',
  'Dear Dana,',
  'Hi Dana,',
  'Hey guys!',
  'Hello,',
  'Dear [Hiring Manager],',
  'Dear {{interviewer}},',
  'To whom it may concern:',
  'Dear Dana  ,   ,   ,',
)
const CLOSING = pick(
  'Best regards,\nSam Okafor',
  'Thanks,\nSam',
  'Cheers!!\nS.',
  'Sincerely,\n[Your Name]',
  'Best,\n\nSam\n555-0100',
  'Warm regards,,,,—',
  'Regards',
)

const DIRECTIVE = fc
  .tuple(
    pick('disable', 'enable', 'disable-next-line', 'disable-line'),
    fc.array(fc.oneof(pick(...RULE_IDS), pick('no-salary-tak', 'not-a-rule', 'salary')), { maxLength: 3 }),
    pick('', ' -- reason', ' --'),
  )
  .map(([kind, ids, reason]) => `<!-- followup-lint-${kind} ${ids.join(', ')}${reason} -->`)

const LIST = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), pick('- ', '* ', '1. ', '2) ', '- [ ] ', '+ '), SENTENCE), {
    minLength: 1,
    maxLength: 6,
  })
  .map((items) => items.map(([depth, bullet, s]) => `${'  '.repeat(depth)}${bullet}${s}`).join('\n'))

const CODE = fc
  .tuple(pick('```', '~~~', '````', '```js'), fc.array(SENTENCE, { maxLength: 3 }), pick('```', '~~~', ''))
  .map(([open, lines, close]) => `${open}\n${lines.join('\n')}\n${close}`)
const INDENTED_CODE = SENTENCE.map((s) => `    ${s}`)
const HTML = fc.oneof(
  SENTENCE.map((s) => `<div>\n${s}\n</div>`),
  SENTENCE.map((s) => `<p>${s}</p>`),
  pick('<!--', '<!-- unclosed', '-->', '<!-- a --><!-- b -->', '<br/>', '<script>alert(1)</script>'),
  DIRECTIVE,
)
const QUOTE = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 3 }), SENTENCE), { minLength: 1, maxLength: 4 })
  .map((ls) => ls.map(([d, s]) => `${'> '.repeat(d)}${s}`).join('\n'))
const HEADING = fc.tuple(fc.integer({ min: 1, max: 6 }), SENTENCE).map(([n, s]) => `${'#'.repeat(n)} ${s}`)
const TABLE = fc
  .array(fc.tuple(WORD, WORD), { minLength: 1, maxLength: 3 })
  .map((rows) => `| a | b |\n|---|---|\n${rows.map(([x, y]) => `| ${x} | ${y} |`).join('\n')}`)
const LONG_LINE = fc
  .tuple(fc.oneof(WORD, SENTENCE), fc.integer({ min: 20, max: 300 }), pick(' ', '', '-', '.'))
  .map(([w, n, sep]) => Array.from({ length: n }, () => w).join(sep))
/** Arbitrary code units, including lone surrogates, controls and astral characters. */
const NOISE = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    maxLength: 3,
  }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  pick('\r', '\n', '\r\n', '\u2028', '\uFEFF', '\u0000', '\u001b[31m', '\u202e'),
)

const BLOCK = fc.oneof(
  { weight: 8, arbitrary: PARAGRAPH },
  { weight: 2, arbitrary: LIST },
  { weight: 2, arbitrary: CODE },
  { weight: 1, arbitrary: INDENTED_CODE },
  { weight: 2, arbitrary: HTML },
  { weight: 2, arbitrary: QUOTE },
  { weight: 1, arbitrary: HEADING },
  { weight: 1, arbitrary: TABLE },
  { weight: 1, arbitrary: LONG_LINE },
  { weight: 1, arbitrary: NOISE },
  { weight: 2, arbitrary: DIRECTIVE },
)

export interface Draft {
  text: string
  config: Config
}

/** Insert `what` at a fraction `at` (0..1) of `text`'s length (any code unit boundary). */
function insertAt(text: string, at: number, what: string): string {
  const i = Math.min(text.length, Math.floor(at * (text.length + 1)))
  return text.slice(0, i) + what + text.slice(i)
}

/** A whole draft: optional BOM and frontmatter, an email skeleton, blocks, CRLF, and noise. */
export const draftText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    frontmatter: fc.option(FRONTMATTER, { freq: 4 }),
    subject: fc.option(SUBJECT, { freq: 3 }),
    greeting: fc.option(GREETING, { freq: 3 }),
    blocks: fc.array(BLOCK, { maxLength: 7 }),
    closing: fc.option(CLOSING, { freq: 3 }),
    separator: pick('\n\n', '\n\n', '\n', '\n\n\n'),
    eol: pick('lf', 'lf', 'crlf', 'cr', 'mixed'),
    noise: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), NOISE), { maxLength: 3 }),
    trailingNewline: fc.boolean(),
  })
  .map((d) => {
    const parts = [d.subject, d.greeting, ...d.blocks, d.closing].filter((p): p is string => p !== null)
    let text = (d.frontmatter ?? '') + parts.join(d.separator) + (d.trailingNewline ? '\n' : '')
    if (d.eol === 'crlf') text = text.replace(/\n/g, '\r\n')
    else if (d.eol === 'cr') text = text.replace(/\n/g, '\r')
    else if (d.eol === 'mixed') {
      let i = 0
      text = text.replace(/\n/g, () => (i++ % 2 ? '\r\n' : '\n'))
    }
    for (const [at, what] of d.noise) text = insertAt(text, at, what)
    return (d.bom ? '\uFEFF' : '') + text
  })

const SEVERITY = pick('off', 'info', 'warning', 'error') as fc.Arbitrary<'off' | 'info' | 'warning' | 'error'>

/** Configs that validate: rule severities, industry, business hours, phrase-list edits. */
export const validConfig: fc.Arbitrary<Config> = fc
  .record(
    {
      rules: fc.dictionary(pick(...RULE_IDS), SEVERITY, { maxKeys: 5 }),
      industry: pick('tech', 'startup', 'corporate', 'government', 'creative', 'other'),
      timezone: pick('America/New_York', 'Europe/London', 'Asia/Kolkata', 'UTC'),
      variables: fc.array(pick('company', 'role', 'name', 'interviewer', 'topic'), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((c) => c as Config)

export const draft: fc.Arbitrary<Draft> = fc.record({ text: draftText, config: validConfig })

// ---------------------------------------------------------------------------------------------
// Invariants

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  )
}

function where(m: LintMessage): string {
  return `${m.ruleId}/${m.messageId} ${m.start}-${m.end}`
}

function checkRange(text: string, start: number, end: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new Error(`${what}: non-integer range ${start}-${end}`)
  if (start < 0 || end < start || end > text.length)
    throw new Error(`${what}: range ${start}-${end} outside the text (length ${text.length})`)
  if (splitsPair(text, start)) throw new Error(`${what}: start ${start} splits a surrogate pair`)
  if (splitsPair(text, end)) throw new Error(`${what}: end ${end} splits a surrogate pair`)
}

/** Ranges of messages, fixes and suggestions are inside the text and on code-point boundaries. */
export function checkRanges(text: string, result: LintResult): void {
  for (const m of result.messages) {
    if (m.ruleId === 'internal-error') throw new Error(`internal-error: ${m.message}`)
    checkRange(text, m.start, m.end, where(m))
    for (const e of m.fix?.edits ?? []) checkRange(text, e.start, e.end, `${where(m)} fix edit`)
    if (m.fix && m.fix.edits.length === 0) throw new Error(`${where(m)}: a fix with no edits`)
    for (const s of m.suggestions ?? []) {
      for (const e of s.edits) checkRange(text, e.start, e.end, `${where(m)} suggestion "${s.title}"`)
      // A suggestion is applied as one set of edits; it must not overlap itself.
      try {
        applyEdits(text, s.edits)
      } catch (error) {
        throw new Error(`${where(m)} suggestion "${s.title}" cannot be applied: ${(error as Error).message}`)
      }
    }
  }
}

/** `lint` never throws and never reports an internal error; its ranges keep `checkRanges`. */
export function lintChecked(text: string, options: LintOptions): LintResult {
  let result: LintResult
  try {
    result = lint(text, options)
  } catch (error) {
    throw new Error(`lint threw: ${(error as Error).stack ?? error}`)
  }
  checkRanges(text, result)
  return result
}

interface Span {
  start: number
  end: number
  /** What the span becomes. */
  replacement: string
}

/**
 * `applyFixes` changed only the ranges of the fixes it reports as applied: the text between them is
 * identical, and each fix's span became exactly its own edits applied to it (overlapping deletions,
 * which applyFixes composes, become nothing).
 */
export function checkApplyFixes(text: string, messages: readonly LintMessage[]): string {
  return checkFixResult(text, messages, applyFixes(text, messages))
}

/** The check behind checkApplyFixes, on a given applyFixes result. */
export function checkFixResult(
  text: string,
  messages: readonly LintMessage[],
  { output, fixed, skipped }: ApplyFixesResult,
): string {
  const withFix = messages.filter((m) => m.fix && m.fix.edits.length > 0)
  if (fixed.length + skipped.length !== withFix.length)
    throw new Error(
      `applyFixes lost fixes: ${withFix.length} in, ${fixed.length} fixed + ${skipped.length} skipped`,
    )
  // A fix of deletions only deletes its edits' ranges; any other fix replaces its whole span.
  const spans: Array<Span & { deletion: boolean }> = fixed
    .flatMap((m) => {
      const edits = m.fix!.edits
      if (edits.every((e) => e.text === ''))
        return edits.map((e) => ({ start: e.start, end: e.end, replacement: '', deletion: true }))
      const start = Math.min(...edits.map((e) => e.start))
      const end = Math.max(...edits.map((e) => e.end))
      const local: Edit[] = edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }))
      let replacement: string
      try {
        replacement = applyEdits(text.slice(start, end), local)
      } catch (error) {
        throw new Error(`${where(m)}: its fix's edits overlap (${(error as Error).message})`)
      }
      return [{ start, end, replacement, deletion: false }]
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
  // Merge overlapping deletions (composed by applyFixes); anything else overlapping is a bug.
  const merged: Array<Span & { deletion: boolean }> = []
  for (const s of spans) {
    const last = merged.at(-1)
    if (last && s.start < last.end) {
      if (!(s.deletion && last.deletion))
        throw new Error(
          `applyFixes applied overlapping fixes ${last.start}-${last.end} and ${s.start}-${s.end}`,
        )
      last.end = Math.max(last.end, s.end)
      continue
    }
    merged.push({ ...s })
  }
  let expected = ''
  let at = 0
  for (const s of merged) {
    expected += text.slice(at, s.start) + s.replacement
    at = s.end
  }
  expected += text.slice(at)
  if (expected !== output) {
    let i = 0
    while (i < output.length && output[i] === expected[i]) i++
    throw new Error(
      `applyFixes changed text outside the fixed ranges (first difference at output offset ${i}: ` +
        `${JSON.stringify(output.slice(i, i + 30))} vs ${JSON.stringify(expected.slice(i, i + 30))})`,
    )
  }
  return output
}

/** The CLI's --fix loop limit: after this many passes nothing fixable may be left. */
export const MAX_FIX_PASSES = 10

/** lint → fix → lint … reaches a text with nothing fixable; every intermediate result is checked. */
export function checkFixesConverge(text: string, options: LintOptions): string {
  let current = text
  for (let pass = 0; pass <= MAX_FIX_PASSES; pass++) {
    const result = lintChecked(current, options)
    const fixable = result.messages.filter((m) => m.fix)
    if (fixable.length === 0) return current
    if (pass === MAX_FIX_PASSES)
      throw new Error(
        `still fixable after ${MAX_FIX_PASSES} passes: ${fixable.map(where).join(', ')} in ${JSON.stringify(current.slice(0, 300))}`,
      )
    const next = checkApplyFixes(current, result.messages)
    if (next === current)
      throw new Error(`fixes reported but applying them changes nothing: ${fixable.map(where).join(', ')}`)
    current = next
  }
  return current
}

/** Stable JSON of a lint result (for determinism checks). */
export function snapshot(result: LintResult): string {
  return JSON.stringify(result)
}

export function optionsFor(d: Draft): LintOptions {
  return { config: d.config, now: NOW, filePath: '/drafts/fuzz.md' }
}

// ---------------------------------------------------------------------------------------------
// The properties, shared by test/property.test.ts (few runs) and scripts/fuzz.ts (many).

export interface RunParameters {
  seed: number
  numRuns: number
  /** fast-check's replay path, printed with a failure. */
  path?: string
}

export interface NamedProperty {
  name: string
  /** Share of the run budget (1 = the base number of runs). */
  weight: number
  /** fc.assert: throws with the seed, the replay path and the shrunk counterexample. */
  assert(params: RunParameters): void
}

function named<Ts extends unknown[]>(
  name: string,
  weight: number,
  property: fc.IProperty<Ts>,
): NamedProperty {
  return { name, weight, assert: (params) => fc.assert(property, params) }
}

function suggestionAsFix(m: LintMessage): LintMessage {
  const s = m.suggestions?.[0]
  return m.fix || !s ? m : { ...m, fix: { title: s.title, edits: s.edits } }
}

export const PROPERTIES: NamedProperty[] = [
  named(
    'never throws, never reports an internal error; every range (messages, fixes, suggestions) is inside the text on a code-point boundary',
    2,
    fc.property(draft, (d) => {
      lintChecked(d.text, optionsFor(d))
    }),
  ),
  named(
    'applyFixes changes only the fixed ranges; the text outside them is identical',
    1,
    fc.property(draft, (d) => {
      const result = lint(d.text, optionsFor(d))
      checkApplyFixes(d.text, result.messages)
      // A suggestion the user picks goes through the same machinery: treat each message's first
      // suggestion as its fix too, which exercises overlapping fixes far more often.
      checkApplyFixes(d.text, result.messages.map(suggestionAsFix))
    }),
  ),
  named(
    'fixes converge: lint → fix → lint leaves nothing fixable within the --fix pass limit',
    1,
    fc.property(draft, (d) => {
      checkFixesConverge(d.text, optionsFor(d))
    }),
  ),
  named(
    'is deterministic: the same draft gives the same result, whatever was linted before',
    0.5,
    fc.property(draft, draft, (a, b) => {
      const first = snapshot(lint(a.text, optionsFor(a)))
      lint(b.text, optionsFor(b)) // warms the caches with another config
      const again = snapshot(lint(a.text, optionsFor(a)))
      if (again !== first) throw new Error(`two lints of the same draft differ:\n${first}\n${again}`)
    }),
  ),
  named(
    'keeps the invariants with a random code unit inserted or deleted anywhere (splits pairs and CRLF)',
    1,
    fc.property(
      draftText,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.oneof(fc.string({ unit: 'binary', maxLength: 2 }), fc.constantFrom('\r', '\n', '\uD83D', '\uDE00')),
      (text, at, what) => {
        const i = Math.floor(at * text.length)
        lintChecked(text.slice(0, i) + what + text.slice(i), { now: NOW })
        lintChecked(text.slice(0, i) + text.slice(i + 1), { now: NOW })
      },
    ),
  ),
]

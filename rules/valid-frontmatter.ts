import { z } from 'zod'
import { frontmatterDisabled, frontmatterErrorCodes } from '../core/frontmatter.js'
import { FRONTMATTER_KEYS } from '../core/frontmatter-schema.js'
import { validateFrontmatter } from '../core/frontmatter-validate.js'
import { defineRule } from '../core/rule.js'

// yaml's error codes, said for someone writing an email, not a parser.
const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value contains “: ”, so put the whole value in quotes',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as @ or `), so put it in quotes',
  TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces',
  DUPLICATE_KEY: 'this key appears twice; keep one',
  MULTILINE_IMPLICIT_KEY: 'this line continues the one above without a `key:`; join them or quote the value',
  MISSING_CHAR: 'a quote, bracket or colon is missing',
  BAD_INDENT: 'the indentation is off, or a list opened with “[” is not closed with “]”',
  UNEXPECTED_TOKEN: 'this character is not expected here',
}
const QUOTABLE = new Set(['BLOCK_AS_IMPLICIT_KEY', 'BAD_SCALAR_START'])

export default defineRule({
  id: 'valid-frontmatter',
  description: 'Keep the frontmatter readable: valid YAML, known keys, real dates and time zones.',
  rationale:
    'The timing rules plan the send windows of spec §4 (after the guidance of seeds 000, 001, 002 and 004) ' +
    'from the frontmatter; a typo in a key, a date such as "next Tuesday" or an unknown time zone would ' +
    'otherwise switch that advice off without a word.',
  evidence: ['spec §4 (timing frontmatter)', '001 (Global Considerations and Time Zones)'],
  severity: 'error',
  fix: 'safe',
  messages: {
    yamlSyntax: 'The frontmatter is not valid YAML: {detail}.',
    unclosed: 'The frontmatter opened with `---` is never closed; add a `---` line after the last setting.',
    unknownKey: 'Unknown frontmatter key “{key}”; the keys are {keys}.',
    unknownKeySuggest: 'Unknown frontmatter key “{key}”: did you mean “{suggestion}”?',
    badDate: '{value} is not a date the timing rules can read for `{key}`: {problem}.',
    unknownZone: '“{value}” is not a time zone; use an IANA name such as America/New_York or Europe/Berlin.',
    unknownZoneSuggest: '“{value}” is not a time zone: did you mean “{suggestion}”?',
    zoneAbbreviation:
      '“{value}” is an abbreviation, which is ambiguous or ignores daylight saving; use the IANA name of a city in that zone{hint}.',
    badEnum: '“{value}” is not a valid `{key}`; use one of: {allowed}.',
    badEnumSuggest: '“{value}” is not a valid `{key}`: did you mean “{suggestion}”? (one of: {allowed})',
    badType: '`{key}` should be {expected}.',
    sendBeforeInterview:
      '`send` ({value}) is before the interview ({interview}); a follow-up goes out after the interview.',
    decisionBeforeInterview:
      '`decision-by` ({value}) is before the interview ({interview}); check the date they gave you.',
    previousBeforeInterview:
      'A previous note dated {value} is before the interview ({interview}); list only notes sent after it.',
  },
  options: z.strictObject({
    /** Extra frontmatter keys to accept (for tools that add their own). */
    allowKeys: z.array(z.string()).default([]),
  }),
  create(ctx) {
    const { text, frontmatter: fm } = ctx
    if (!fm) {
      // `---` then `key:` lines but no closing fence: Markdown reads it as a rule and a paragraph.
      const open = /^\uFEFF?---[ \t]*\r?\n([a-z][a-z-]*):/.exec(text)
      if (open && (FRONTMATTER_KEYS as readonly string[]).includes(open[1]!)) {
        const start = text.startsWith('\uFEFF') ? 1 : 0
        // Close it after the last line that still looks like YAML (`key: value`, `  - item`, `# note`).
        const eol = text.includes('\r\n') ? '\r\n' : '\n'
        let at = open[0].length - open[1]!.length - 1
        for (const line of text.slice(at).split(/(?<=\n)/)) {
          if (!/^(?:[A-Za-z][\w-]*[ \t]*:|[ \t]+\S|#)/.test(line)) break
          at += line.length
        }
        const close = text.endsWith('\n') || at < text.length ? `---${eol}` : `${eol}---${eol}`
        ctx.report({
          messageId: 'unclosed',
          start,
          end: start + 3,
          fix: { title: 'Close the frontmatter', edits: [{ start: at, end: at, text: close }] },
        })
      }
      return
    }
    if (frontmatterDisabled(ctx.doc, fm, ctx.id)) return
    if (fm.errors.length > 0) {
      const codes = frontmatterErrorCodes(fm)
      const lines = new Set<number>()
      fm.errors.forEach((e, i) => {
        const line = ctx.doc.lineOf(e.start)
        if (lines.has(line)) return
        lines.add(line)
        const code = codes[i] ?? ''
        const detail =
          YAML_HINTS[code] ?? e.message.replace(/ at line \d+, column \d+.*$/s, '').replace(/\.$/, '')
        const quote = QUOTABLE.has(code)
          ? quoteValue(text, ctx.doc.lineStart(line), fm.contentEnd)
          : undefined
        // An unclosed `[` or `{` is noticed lines later; point at the bracket itself.
        const open = /end with a [\]}]/.test(e.message)
          ? unclosedBracket(text, fm.contentStart, e.start)
          : undefined
        ctx.report({
          messageId: 'yamlSyntax',
          data: { detail: open === undefined ? detail : `the “${text[open]}” here is never closed` },
          start: open ?? quote?.start ?? e.start,
          end: open !== undefined ? open + 1 : (quote?.end ?? Math.max(e.end, e.start)),
          ...(quote ? { fix: { title: 'Put the value in quotes', edits: [quote] } } : {}),
        })
      })
      return
    }
    for (const issue of validateFrontmatter(fm, {
      timezone: ctx.settings.timezone,
      allowKeys: ctx.options.allowKeys,
    })) {
      const suggestion = issue.data.suggestion ?? ''
      const data: Record<string, string> = { ...issue.data }
      let messageId: string = issue.code
      if (issue.code === 'unknownKey') {
        if (suggestion) messageId = 'unknownKeySuggest'
        else data.keys = FRONTMATTER_KEYS.join(', ')
      } else if ((issue.code === 'unknownZone' || issue.code === 'badEnum') && suggestion) {
        messageId = `${issue.code}Suggest`
      } else if (issue.code === 'zoneAbbreviation') {
        data.hint = suggestion ? `, such as ${suggestion}` : ', such as America/New_York'
      }
      const r = issue.replacement
      const edit = r && {
        title: `Change to “${r.text}”`,
        edits: [{ start: r.start, end: r.end, text: r.text }],
      }
      ctx.report({
        messageId,
        data,
        start: issue.start,
        end: issue.end,
        ...(edit && r?.safe ? { fix: edit } : {}),
        ...(edit && !r?.safe ? { suggest: [edit] } : {}),
      })
    }
  },
})

/** `subject: Re: Thanks` → `subject: "Re: Thanks"` on the line starting at `lineStart`. */
function quoteValue(text: string, lineStart: number, limit: number) {
  const lineEnd = text.indexOf('\n', lineStart)
  const line = text.slice(lineStart, lineEnd < 0 || lineEnd > limit ? limit : lineEnd).replace(/\r$/, '')
  // The value is trimmed by hand: /(.*\S)[ \t]*$/ backtracks quadratically on long blank runs.
  const m = /^([A-Za-z][\w-]*[ \t]*:[ \t]+)([^ \t].*)?$/.exec(line)
  const value = m?.[2]?.trimEnd()
  if (!m || !value || /^["'[{|>]/.test(value) || / #/.test(value)) return undefined
  const start = lineStart + m[1]!.length
  return { start, end: start + value.length, text: JSON.stringify(value) }
}

/** The last `[` or `{` between `from` and `to` that is not closed (quoted text skipped). */
function unclosedBracket(text: string, from: number, to: number): number | undefined {
  const stack: number[] = []
  let quote = ''
  for (let i = from; i < to; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote || c === '\n') quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') stack.push(i)
    else if (c === ']' || c === '}') stack.pop()
    else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const eol = text.indexOf('\n', i)
      i = eol < 0 || eol >= to ? to : eol
    }
  }
  return stack.at(-1)
}

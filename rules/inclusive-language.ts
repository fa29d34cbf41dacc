// An adapter over retext-equality: its findings become our messages, its alternatives suggestions.
// The plugin is run by rules/lib/inclusive-language-equality.ts, with the ignore list of
// inclusive-language-ignore.ts; terms of art (inclusive-language-terms.ts) are skipped unless `strict`.

import { z } from 'zod'
import { defineRule } from '../core/rule.js'
import { equalityFindings } from './lib/inclusive-language-equality.js'
import { ignoreFor } from './lib/inclusive-language-ignore.js'
import { termOfArt } from './lib/inclusive-language-terms.js'
import { matchCase } from './lib/util.js'

export default defineRule({
  id: 'inclusive-language',
  description: 'Prefer wording that does not exclude or stereotype people.',
  rationale:
    'Gendered, ableist or otherwise exclusionary words can read as careless to a reader you want to ' +
    'impress. Findings come from retext-equality; each offers a more neutral alternative where one exists.',
  evidence: ['design (retext-equality)', '001 (Maintain a professional tone)'],
  severity: 'info',
  fix: 'suggestion',
  messages: {
    insensitive: '“{actual}” may read as insensitive; {advice}.',
  },
  options: z.strictObject({
    /** Phrases retext-equality should not flag (its own `ignore` option). */
    ignore: z.array(z.string()).default([]),
    /** Also flag low-signal words (hedges like "just", pronouns, family words, "master's"). */
    strict: z.boolean().default(false),
  }),
  create(ctx) {
    const { doc, text } = ctx
    const source = doc.base ? text.slice(doc.base) : text
    const strict = ctx.options.strict
    for (const f of equalityFindings(doc.nlcst, source, ignoreFor(ctx.options), ctx.memo)) {
      const start = f.start + doc.base
      const end = f.end + doc.base
      if (start < 0 || end > text.length || end < start) continue
      if (!ctx.prose.some((s) => start >= s.start && end <= s.end)) continue
      // The sender's name under the closing is not prose, even when the closing and the name fall in
      // one sentence ("Respectfully,\nPrincess Joy Mercado"): a name is not a word choice.
      const { signature, subject } = doc.structure
      if ((signature && start >= signature.start) || (subject && start < subject.end)) continue
      const actual = text.slice(start, end)
      if (!strict && termOfArt(text, start, end)) continue
      const expected = f.expected
      ctx.report({
        messageId: 'insensitive',
        data: {
          actual,
          advice: expected.length
            ? `consider ${expected.map((e) => `“${e}”`).join(' or ')}`
            : 'consider rewording it',
        },
        start,
        end,
        suggest: expected.map((e) => ({
          title: `Replace with “${matchCase(e, actual)}”`,
          edits: [{ start, end, text: matchCase(e, actual) }],
        })),
      })
    }
  },
})

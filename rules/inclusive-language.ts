// An adapter over retext-equality: its findings become our messages, its alternatives suggestions.
// The plugin's transformer (and its phrase index) is created once at load, not per document.

import type { Root as NlcstRoot, Paragraph } from 'nlcst'
import retextEquality from 'retext-equality'
import { VFile } from 'vfile'
import { z } from 'zod'
import { defineRule } from '../core/rule.js'
import { matchCase } from './lib/util.js'

// Words retext-equality flags that, in a follow-up note, are nearly always ordinary usage: hedges
// ("just", "simply", "of course"), pronouns for a named person, family words, degrees ("master's"),
// titles ("host", "fellow"). Flagging them buried the findings that matter ("chairman", "manpower",
// "you guys", "crazy"). `strict: true` brings them back.
const LOW_SIGNAL = [
  'just',
  'easy',
  'easily',
  'simple',
  'simply',
  'clearly',
  'obvious',
  'obviously',
  'basically',
  'of course',
  'everyone knows',
  'he',
  'she',
  "he'd",
  "she'd",
  "he'll",
  "she'll",
  "he's",
  "she's",
  'her',
  'hers',
  'him',
  'his',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'mama',
  'papa',
  'son',
  'daughter',
  'sister',
  'brother',
  'wife',
  'husband',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'woman',
  'women',
  'man',
  'men',
  'gentleman',
  'gentlemen',
  'fellow',
  'host',
  'hostess',
  'master',
  'masters',
  'landlord',
  'landlady',
  'special',
  'bi',
  'asylum',
]

type Transformer = (tree: unknown, file: VFile) => void
const transformers = new Map<string, Transformer>()

function transformerFor(ignore: readonly string[]): Transformer {
  const key = ignore.join('\n')
  let t = transformers.get(key)
  if (!t) {
    t = (retextEquality as unknown as (o: object) => Transformer)({ ignore: [...ignore] })
    transformers.set(key, t)
  }
  return t
}

// retext-equality rebuilds its phrase index (about 900 phrases) for every paragraph it visits. Its
// matches never cross a sentence, so handing it all sentences under one paragraph gives the same
// findings (checked against the plain plugin in test/inclusive-language.test.ts) with one index
// build per document instead of one per paragraph.
function oneParagraph(root: NlcstRoot): NlcstRoot {
  const children: Paragraph['children'] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) children.push(child)
  }
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children }] }
}

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
    const file = new VFile()
    transformerFor(ctx.options.strict ? ctx.options.ignore : [...LOW_SIGNAL, ...ctx.options.ignore])(
      oneParagraph(doc.nlcst),
      file,
    )
    for (const m of file.messages) {
      const place = m.place && 'start' in m.place ? m.place : undefined
      if (place?.start.offset === undefined || place.end.offset === undefined) continue
      const start = place.start.offset + doc.base
      const end = place.end.offset + doc.base
      if (start < 0 || end > text.length || end < start) continue
      if (!ctx.prose.some((s) => start >= s.start && end <= s.end)) continue
      const actual = text.slice(start, end)
      const expected = ((m as { expected?: string[] }).expected ?? []).filter(Boolean).slice(0, 3)
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

// Plain `key: value` frontmatter is read without the yaml package (core/frontmatter.ts); it must
// read exactly what the yaml package reads. Appending a comment line sends the same YAML through the
// yaml package, so the two readings can be compared on generated input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../core/document.js'
import { readFrontmatter } from '../core/frontmatter.js'

const read = (yaml: string) => readFrontmatter(parseDocument(`---\n${yaml}---\n\nHi Dana,\n\nThanks!\n`))

const scalar = fc.oneof(
  fc.constantFrom(
    'true',
    'True',
    'TRUE',
    'false',
    'yes',
    'no',
    'on',
    'off',
    'null',
    'Null',
    '~',
    'NULL',
    '0',
    '-1',
    '+1',
    '0123',
    '0o17',
    '0x1F',
    '0xg',
    '1e3',
    '1E-3',
    '.5',
    '5.',
    '1.5e+3',
    '.inf',
    '-.Inf',
    '.nan',
    '1_000',
    '2026-11-20',
    '2026-11-20 14:00',
    '2026-11-20T14:00:00-05:00',
    '14:00',
    'America/New_York',
    'C#',
    "Jo's role",
    'a:b',
    'thank-you',
    'Data Analyst (Level 2)',
    '"quoted"',
    "'single'",
    '[a, b]',
    '{a: 1}',
    '- item',
    '? x',
    '& anchor',
    '*alias',
    '!tag',
    '| block',
    '> folded',
    '% pct',
    '@at',
    '`tick`',
    'a # comment',
    'a: b',
    'ends:',
    'tab\there',
    'emoji 😀',
    'José Zoë',
    'x ',
    '',
  ),
  fc.string({
    unit: fc.constantFrom('a', 'B', '1', '.', ':', '#', ' ', '-', "'", '"', '+', 'e', '_', 'x', '0'),
  }),
)
const key = fc.oneof(
  fc.constantFrom(
    'kind',
    'subject',
    'to',
    'company',
    'interview',
    'timezone',
    'true',
    'Null',
    'x-y',
    'a_b',
    'NaN',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/),
)

describe('plain frontmatter', () => {
  it('reads what the yaml package reads, or leaves it to the yaml package', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.constantFrom(' ', '  '), scalar), { maxLength: 6 }), (pairs) => {
        const yaml = pairs.map(([k, gap, v]) => `${k}:${gap}${v}\n`).join('')
        const plain = read(yaml)
        const viaYaml = read(`${yaml}# end\n`)
        expect(plain?.errors.length === 0 ? plain.data : 'errors').toEqual(
          viaYaml?.errors.length === 0 ? viaYaml.data : 'errors',
        )
        if (plain?.errors.length === 0) expect(plain.fields).toEqual(viaYaml?.fields)
      }),
      { numRuns: 3000 },
    )
  })

  it('reads ordinary frontmatter', () => {
    const fm = read(
      'kind: thank-you\nsubject: Thank you, Dana\ninterview: 2026-11-20 14:00\ntemplate: false\n',
    )
    expect(fm?.data).toEqual({
      kind: 'thank-you',
      subject: 'Thank you, Dana',
      interview: '2026-11-20 14:00',
      template: false,
    })
    expect(fm?.fields.map((f) => f.key)).toEqual(['kind', 'subject', 'interview', 'template'])
  })
})

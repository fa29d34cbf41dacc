// A deterministic benchmark corpus (fixed seed): follow-up emails of about 150, 400, 2,000 and 20,000
// words with frontmatter, lists, links, code spans, emoji, non-ASCII names and placeholders, and a
// tree of small template files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SENTENCES = [
  'Thank you for taking the time to meet with me on Thursday about the platform role.',
  'I enjoyed our discussion about migrating the billing service to Kafka and the rollout plan for Q3.',
  'Meeting Priya and the design team made the collaboration you described feel very concrete.',
  'Your point about measuring onboarding drop-off with real customers stayed with me 🙂.',
  'At Contoso I led a team of four that cut report turnaround from five days to one.',
  'I remain very interested in the position and would welcome the chance to contribute.',
  'José and Zoë walked me through the accessibility audit, which was a highlight of the day.',
  'Please see `dbt run --select churn` for the model I mentioned during the call.',
  'The [case study](https://example.com/case-study) covers the same forecasting gap you described.',
  'Could you share the salary range and whether there is a signing bonus?',
  'Hey, just wanted to drop a quick note to say thx for the chat!!',
  'Looking forward to starting my role at [Company Name] next month.',
  'I understand the complexities involved in hiring and appreciate the care the team takes.',
  'The chairman mentioned the expansion will need more manpower next year.',
]

export function email(words: number, seed: number): string {
  const next = rng(seed)
  const parts = [
    '---',
    'kind: thank-you',
    'subject: Thank you for the Platform Engineer interview',
    'to: Dana Lee',
    'company: Northwind',
    '---',
    '',
    'Dear Ms. Lee,',
    '',
  ]
  let count = 0
  let paragraph: string[] = []
  while (count < words) {
    const s = SENTENCES[Math.floor(next() * SENTENCES.length)]!
    paragraph.push(s)
    count += s.split(/\s+/).length
    if (paragraph.length >= 3 + Math.floor(next() * 3)) {
      parts.push(next() < 0.15 ? `- ${paragraph.join(' ')}` : paragraph.join(' '), '')
      paragraph = []
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '), '')
  parts.push('Best regards,', 'Sam Okafor', '')
  return parts.join('\n')
}

export const SIZES = [150, 400, 2000, 20000] as const

export function writeTemplateTree(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `template-${String(i).padStart(4, '0')}.md`), email(120, 1000 + i))
}

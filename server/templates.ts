// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are LSP snippets, not JS templates
// Whole-note templates, one per kind of follow-up, written as LSP snippets (`${1:label}` tab stops,
// a repeated number mirrors). `plainText` turns a snippet into what a client without snippet
// support inserts: every tab stop becomes a visible `[label]` the linter then flags as unfilled.
import type { Kind } from '../core/index.js'

export interface NoteTemplate {
  kind: Kind
  label: string
  detail: string
  subject: string
  body: string
}

const CLOSE = 'Best regards,\n${9:[Your Name]}\n'

export const TEMPLATES: NoteTemplate[] = [
  {
    kind: 'thank-you',
    label: 'thank-you note',
    detail: 'Within 24 hours of the interview: thanks, one specific, renewed interest',
    subject: 'Thank you for the ${1:[Job Title]} interview',
    body:
      'Dear ${2:[Interviewer Name]},\n\n' +
      'Thank you for taking the time to meet with me ${5:today} to discuss the ${1} position at ${3:[Company Name]}. ' +
      'I especially enjoyed our conversation about ${6:[a topic from the interview]}.\n\n' +
      '${7:[One or two sentences linking your experience to what they need.]}\n\n' +
      'I remain very interested in the ${1} role and look forward to hearing about the next steps.\n\n' +
      CLOSE,
  },
  {
    kind: 'status-inquiry',
    label: 'status inquiry',
    detail:
      'A week or more after the interview (or after the date they gave): a polite request for an update',
    subject: 'Following up on the ${1:[Job Title]} interview',
    body:
      'Dear ${2:[Interviewer Name]},\n\n' +
      'I hope you are well. I am following up on my interview for the ${1} position at ${3:[Company Name]} on ${5:[interview date]}. ' +
      'I enjoyed learning about ${6:[a topic from the interview]}, and I remain very interested in the role.\n\n' +
      'When convenient, could you share an update on the hiring timeline? I would be glad to provide anything else that would help.\n\n' +
      'Thank you again for your time and consideration.\n\n' +
      CLOSE,
  },
  {
    kind: 'second-follow-up',
    label: 'second follow-up',
    detail: 'At least a week after the previous note; the last one or two attempts',
    subject: 'Checking in on the ${1:[Job Title]} position',
    body:
      'Dear ${2:[Interviewer Name]},\n\n' +
      'I am following up on my note from ${5:last week} about the ${1} position at ${3:[Company Name]}. ' +
      'I remain very interested in the opportunity, particularly ${6:[the project you described]}.\n\n' +
      'If there is any update on the timeline, I would appreciate hearing it. Thank you for your time.\n\n' +
      CLOSE,
  },
  {
    kind: 'after-rejection',
    label: 'reply after rejection',
    detail: 'Gracious thanks, and interest in future openings',
    subject: 'Thank you for the update',
    body:
      'Dear ${2:[Interviewer Name]},\n\n' +
      'Thank you for letting me know about your decision, and for the time you and the team spent with me ' +
      'during the process for the ${1:[Job Title]} position. I enjoyed learning about ${6:[a topic from the interview]}.\n\n' +
      'I would welcome the chance to be considered for future openings at ${3:[Company Name]} that fit my background.\n\n' +
      CLOSE,
  },
]

/** The frontmatter a template starts with (timing keys from the clock). */
export function frontmatterSnippet(t: NoteTemplate, interview: string, timezone: string | undefined): string {
  const lines = [
    '---',
    `kind: ${t.kind}`,
    `subject: ${t.subject}`,
    'to: "${2}"',
    'role: "${1}"',
    'company: "${3}"',
    `interview: \${4:${interview}}`,
  ]
  if (timezone) lines.push(`timezone: ${timezone}`)
  lines.push('---', '', '')
  return lines.join('\n')
}

/** Snippet syntax → plain text: tab stops keep their default text (a must-fill default is written
 * `[Like This]`, which the linter flags until it is replaced), mirrors repeat it, `$0` vanishes. */
export function plainText(snippet: string): string {
  const labels = new Map<string, string>()
  for (const m of snippet.matchAll(/\$\{(\d+):([^}]*)\}/g)) if (!labels.has(m[1]!)) labels.set(m[1]!, m[2]!)
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(
      /\$\{(\d+)\}|\$(\d+)/g,
      (_all, a: string | undefined, b: string | undefined) => labels.get(a ?? b ?? '') ?? '',
    )
    .replace(/\\([$}\\])/g, '$1')
}

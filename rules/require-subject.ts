import { z } from 'zod'
import { fieldOf, fmString } from '../core/frontmatter.js'
import { defineRule } from '../core/rule.js'
import { CHANNELS, type Edit, type Kind } from '../core/types.js'

/** Escape text for an LSP snippet. */
const snip = (s: string) => s.replace(/[\\$}]/g, '\\$&')

/** A subject suited to the kind: the plain text and a snippet with the role as a tab stop. */
function subjectFor(kind: Kind | null, role: string | undefined): { text: string; snippet: string } {
  const r = (plain: string, withRole: (x: string) => string) => ({
    text: role ? withRole(role) : plain,
    snippet: withRole(`\${1:${snip(role ?? 'job title')}}`),
  })
  switch (kind) {
    case 'status-inquiry':
      return r('Following up on my application', (x) => `Following up on my ${x} application`)
    case 'second-follow-up':
      return r('Checking in on my application', (x) => `Checking in on the ${x} position`)
    case 'after-rejection':
      return { text: 'Thank you for the update', snippet: `\${1:Thank you for the update}` }
    case 'thank-you':
      return r('Thank you for your time', (x) => `Thank you for the ${x} interview`)
    default:
      return r('Following up on our conversation', (x) => `Following up on the ${x} interview`)
  }
}

const LOOSE_SUBJECT = /^(?:#+\s*)?(?:\*\*|__)?(?:subject|subj)(?:\*\*|__)?\s*[-–—]\s*\S/i

/** A YAML scalar for a frontmatter value: plain when safe, double-quoted otherwise. */
function yamlValue(value: string): string {
  return /^[\w(][^:#]*$/.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value)
}

export default defineRule({
  id: 'require-subject',
  description: 'Give the email a clear subject line.',
  rationale:
    'The subject is the first thing a busy hiring manager reads and what they search for later. Every ' +
    'example email in seed 000 opens with one that names the purpose and the role (“Following Up on ' +
    '[Job Title] Position”, “Continued Interest in [Job Title] Position”). An email without one is easy ' +
    'to overlook or to file as spam. LinkedIn messages and printed letters have no subject and are exempt.',
  evidence: ['000 (Crafting Your Follow-up and When You Haven’t Heard Back: example subjects)'],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    missingSubject:
      'This email has no subject line. Add one that says what the email is about, e.g. “{example}”.',
    emptySubject: 'The subject is empty. Write one that says what the email is about, e.g. “{example}”.',
  },
  options: z.strictObject({
    /** Channels that have no subject line (frontmatter `channel`). */
    exemptChannels: z.array(z.enum(CHANNELS)).default(['linkedin', 'letter']),
  }),
  create(ctx) {
    const { text, doc, frontmatter, kind, options } = ctx
    const channel = fmString(frontmatter, 'channel')?.toLowerCase()
    if (channel && (options.exemptChannels as readonly string[]).includes(channel)) return
    // Nothing written yet: no email to give a subject to.
    const first = doc.blocks[0]
    if (!first || !ctx.prose.some((s) => s.words.length > 0)) return

    const eol = text.includes('\r\n') ? '\r\n' : '\n'
    const subject = subjectFor(kind, fmString(frontmatter, 'role'))
    const data = { example: subject.text }

    // `subject:` in the frontmatter: present (done) or empty (flag the key).
    const field = fieldOf(frontmatter, 'subject')
    if (field) {
      const raw = frontmatter?.data?.subject
      if (raw !== null && raw !== undefined && String(raw).trim() !== '') return
      if (frontmatter?.data === null) return // malformed YAML: valid-frontmatter reports it
      // Replace whatever follows the colon on the key's line.
      const colon = text.indexOf(':', field.keyEnd)
      const lineEnd = text.slice(colon).search(/\r?\n|$/) + colon
      const edit: Edit = {
        start: colon + 1,
        end: lineEnd,
        text: ` ${yamlValue(subject.text)}`,
        snippet: ` ${subject.snippet}`,
      }
      ctx.report({
        messageId: 'emptySubject',
        data,
        start: field.keyStart,
        end: field.keyEnd,
        suggest: [{ title: `Use the subject “${subject.text}”`, edits: [edit] }],
      })
      return
    }

    // A `Subject:` line at the top of the body ("Subject – …" and "Subject - …" count too).
    const line = doc.structure.subject
    if (!line && LOOSE_SUBJECT.test(text.slice(first.start, first.start + 40))) return
    if (line) {
      if (line.value.replace(/[*_\s]/g, '') !== '') return
      ctx.report({
        messageId: 'emptySubject',
        data,
        start: line.start,
        end: line.end,
        suggest: [
          {
            title: `Use the subject “${subject.text}”`,
            edits: [
              {
                start: line.start,
                end: line.end,
                text: `Subject: ${subject.text}`,
                snippet: `Subject: ${subject.snippet}`,
              },
            ],
          },
        ],
      })
      return
    }

    // Neither: insert a `Subject:` line above the first paragraph (after frontmatter and comments).
    const at = first.start
    const nl = text.slice(at).search(/\r?\n/)
    const suggest = [
      {
        title: `Add the subject line “Subject: ${subject.text}”`,
        edits: [
          {
            start: at,
            end: at,
            text: `Subject: ${subject.text}${eol}${eol}`,
            snippet: `Subject: ${subject.snippet}${eol}${eol}`,
          },
        ],
      },
    ]
    if (frontmatter && frontmatter.data !== null) {
      const fmAt = frontmatter.contentEnd
      const lead = fmAt > 0 && text.charAt(fmAt - 1) !== '\n' ? eol : ''
      suggest.push({
        title: `Add \`subject: ${subject.text}\` to the frontmatter`,
        edits: [
          {
            start: fmAt,
            end: fmAt,
            text: `${lead}subject: ${yamlValue(subject.text)}${eol}`,
            snippet: `${lead}subject: ${subject.snippet}${eol}`,
          },
        ],
      })
    }
    ctx.report({
      messageId: 'missingSubject',
      data,
      start: at,
      end: Math.min(nl < 0 ? first.end : at + nl, first.sentences[0]?.end ?? first.end),
      suggest,
    })
  },
})

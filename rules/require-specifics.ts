// A thank-you note must name something from the interview with a concrete referent. Scored from the
// structure of the body, not one keyword: proper nouns mid-sentence (not the recipient, the sender, the
// employer, a department or a job title, nor the writer's own record: skills, papers, schooling,
// service, past jobs, attachments, pay — see ownRecord), numbers that are not dates,
// times or lengths of time, the concrete words after "our discussion about …" / "hearing how …", and
// before "the … audit/backlog" / "… we talked about". Abstract and buzzword words (vision, values,
// journey, horizon), verbs and adverbs never count. Vocabulary lives in rules/data/require-specifics.yml.
// The counting is in rules/lib/require-specifics-signals.ts (countSignals), over the vocabulary of
// require-specifics-words.ts, the writer's record of require-specifics-own-record.ts and the names of
// require-specifics-names.ts; this file decides which notes are checked and builds the suggestion.
import { z } from 'zod'
import { parseLine, type Sentence } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer, withdraws } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import { KINDS } from '../core/types.js'
import { looseSignOff, nonSpecificNames } from './lib/require-specifics-names.js'
import { countSignals, type Scope } from './lib/require-specifics-signals.js'
import { MEETING } from './lib/require-specifics-words.js'
import { PHRASES } from './phrases.generated.js'

const BRACKETS =
  /\[[^\]\n]{1,80}\](?!\()|\{\{?[^{}\n]{1,60}\}?\}|<[^<>\n]{1,60}>|\((?:insert|add|mention|enter|specific|your|the|fill)\b[^()\n]{0,80}\)|_{3,}/gi
const THANKS = /^(?:thank|thanks|grateful|gratitude|appreciat|pleasure|enjoy)/
const NEUTRAL = "the team's current priorities"
const INSERT = 'I especially valued our discussion about '

/** A topic the subject line names ("… about the search rewrite"), if it reads as specific. */
function topicFromSubject(subject: string | undefined, scope: Scope): string | undefined {
  for (const m of (subject ?? '').matchAll(/\b(?:about|on|regarding|re|discussing)\s+|\s[-–—:|]\s*|:\s*/gi)) {
    let topic = subject!.slice(m.index + m[0].length).trim()
    // Drop closing punctuation by hand: /[.!?]+$/ backtracks quadratically on long runs.
    let cut = topic.length
    while (cut > 0 && '.!?'.includes(topic[cut - 1]!)) cut--
    topic = topic.slice(0, cut)
    if (!topic || /[[\]{}<>]/.test(topic)) continue
    const probe = parseLine(`${INSERT}${topic}.`)
    if (countSignals({ ...scope, text: probe.text, skip: [] }, probe.sentences, 1) === 0) continue
    const determiner = /^(?:the|a|an|our|your|my|their|its|this|that|how|what|why|when|where)\b/i.test(topic)
    return determiner || (/^\p{Lu}\p{Ll}/u.test(topic) && !/^Q\d/.test(topic)) ? topic : `the ${topic}`
  }
  return undefined
}

export default defineRule({
  id: 'require-specifics',
  description: 'Name something specific from the interview: a topic, project, person or idea.',
  rationale:
    'A note that could follow any interview reads as copy-paste boilerplate; naming a project, person or ' +
    'idea you discussed shows you were listening (seed 001: Avoid Generic or Copy-Paste Messages; Reference ' +
    'Key Interview Moments; seed 000: mention a specific part of the interview; seed 004: personalize it).',
  evidence: [
    '001 (Avoid Generic or Copy-Paste Messages)',
    '001 (Personalization Matters: Reference Key Interview Moments)',
    '000 (Crafting Your Follow-up: mention a specific part of the interview)',
    '004 (Personalize your follow-up)',
  ],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    generic:
      'This note names nothing specific from the interview, so it reads like a copy-paste template. ' +
      'Mention a topic, project, person or idea you discussed (for example “our discussion about …”).',
  },
  options: z.strictObject({
    /** How many specific details the note needs. */
    minSignals: z.number().int().min(1).default(1),
    /** Which kinds of note are checked (an unknown kind counts as a thank-you when it opens by thanking). */
    kinds: z.array(z.enum(KINDS)).default(['thank-you']),
  }),
  phrases: PHRASES['require-specifics'],
  create(ctx) {
    const { text, doc, frontmatter, options } = ctx
    const { greeting, closing, signature } = doc.structure
    const skip: Array<[number, number]> = [...text.matchAll(BRACKETS)].map((m) => [
      m.index,
      m.index + m[0].length,
    ])
    for (const r of [greeting, closing, signature]) if (r) skip.push([r.start, r.end])
    if (!closing) skip.push(...looseSignOff(text, doc.blocks.at(-1)?.end ?? text.length))
    const body = ctx.prose.filter((s) => !(closing && s.start >= closing.start))
    // A greeting on the same line as the first sentence: "Hi Marco, thanks for the call."
    const head = body[0]?.words ?? []
    const comma = head.findIndex((w, i) => i < 6 && /^[\])}'"’]*,/.test(text.slice(w.end)))
    if (!greeting && comma >= 0 && /^(?:dear|hi|hello|hey|greetings|good)$/.test(head[0]!.lower))
      skip.push([head[0]!.start, head[comma]!.end + 1])
    const bodyWords = (s: Sentence) =>
      s.words.filter((w) => !skip.some(([a, b]) => w.start >= a && w.start < b))
    const first = body.find((s) => bodyWords(s).length > 0)
    if (!first) return
    // A note that answers an offer or withdraws is not a thank-you for the interview.
    if (ctx.kindSource !== 'frontmatter' && (answersOffer(doc) || withdraws(doc))) return

    // A status inquiry ("any update", "following up") is not a thank-you note; a question about the
    // timeline inside a note that opens by thanking for the interview does not make it one.
    const asks = ctx.findPhrases(body).map((h) => h.entry.id)
    const opening = body.slice(0, 3).flatMap(bodyWords)
    const subject = fmString(frontmatter, 'subject') ?? doc.structure.subject?.value ?? ''
    const subjectWords = subject.toLowerCase().split(/[^\p{L}']+/u)
    const said = [...opening.map((w) => w.lower), ...subjectWords]
    const opens = said.some((w) => THANKS.test(w)) && said.some((w) => MEETING.test(w))
    // A subject line that follows up ("IT Support Technician – checking in again") and names no meeting.
    const subjectDoc = parseLine(subject)
    const subjectAsks =
      !subjectWords.some((w) => MEETING.test(w)) &&
      ctx.findPhrases(subjectDoc.sentences).some((h) => h.entry.id === 'inquiry')
    const inquiry = asks.includes('inquiry') || subjectAsks || (asks.includes('question') && !opens)
    if (ctx.kind === null) {
      // A note of unknown kind that opens by recalling the interview is a first note after it.
      const recalls = opening.slice(0, 12).some((w) => MEETING.test(w.lower) && w.lower !== 'time')
      if (!options.kinds.includes('thank-you') || inquiry || !(opens || recalls)) return
    } else if (!options.kinds.includes(ctx.kind) || (ctx.kindSource === 'inferred' && inquiry)) return

    // Names that are not specifics: recipient, sender, company, role, and companies named in context.
    const names = nonSpecificNames(text, frontmatter, subject, skip, body)
    const scope: Scope = { text, names, skip, hits: (ss) => ctx.findPhrases(ss) }
    // In a template, a placeholder for the topic ("{{topic}}") is where the specific will go.
    const topicSlot = [...text.matchAll(BRACKETS)].some((m) => /topic|project|specific|detail/i.test(m[0]))
    if (
      (ctx.settings.template && topicSlot) ||
      countSignals(scope, body, options.minSignals) >= options.minSignals
    )
      return

    // Report the sentence that thanks (or the first one); offer a sentence naming a topic after it.
    const target = body.find((s) => bodyWords(s).some((w) => THANKS.test(w.lower))) ?? first
    const start = bodyWords(target)[0]!.start
    const topic = topicFromSubject(fmString(frontmatter, 'subject') ?? doc.structure.subject?.value, scope)
    const lead = /[.!?]["”’)]*$/.test(text.slice(start, target.end)) ? ' ' : '. '
    const snippetTopic = (topic ?? 'topic').replace(/[\\$}]/g, (c) => `\\${c}`)
    const edit = { start: target.end, end: target.end, text: `${lead}${INSERT}${topic ?? NEUTRAL}.` }
    const title = topic
      ? `Mention “${topic}” from the interview`
      : 'Add a sentence about a topic from the interview'
    const snippet = `${lead}${INSERT}\${1:${snippetTopic}}.`
    ctx.report({
      messageId: 'generic',
      start,
      end: target.end,
      suggest: [{ title, edits: [{ ...edit, snippet }] }],
    })
  },
})

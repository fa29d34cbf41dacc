import { z } from 'zod'
import type { Sentence, Word } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer, mentionsMeeting, withdraws } from '../core/kind.js'
import { defineRule } from '../core/rule.js'
import { KINDS, type Kind } from '../core/types.js'
import { postscript } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

// A bare "Thanks," / "Thank you so much," / "With gratitude," line is a sign-off, not thanks for the
// interview; "Thank you for your time and consideration," over the name does thank.
const SIGN_OFF =
  /^(?:(?:(?:many|with(?: many)?|again) )?(?:thanks|thank you|thx)(?: (?:so|very) much| again| kindly| in advance| for everything)?|with (?:(?:much|many|deep|deepest|sincere|warm|warmest|great|heartfelt) )?(?:thanks|gratitude|appreciation)|gratefully|appreciatively|thankfully|in gratitude)\s*[,.!]?$/i
// "I would appreciate an update" asks for something; it does not thank.
const REQUEST = new Set(['would', "i'd", "we'd", "you'd", 'will', "i'll", 'could', 'should', 'be'])
const ADVERB = new Set(['really', 'very', 'much', 'greatly', 'truly', 'certainly', 'so', 'deeply', 'also'])

/** Phrase-list entry whose hits mark a later follow-up rather than thanks. */
const LATER = 'laterNote'

// "Dear Dana, our talk on Tuesday…": a salutation that runs on into the first sentence.
const SALUTATION = /^[ \t]*(?:dear|hi|hello|greetings|good (?:morning|afternoon|evening))\b[^,:\n]{0,40}[,:]/i

function gluedGreeting(text: string, block: { start: number } | undefined) {
  if (!block) return null
  const m = SALUTATION.exec(text.slice(block.start, block.start + 60))
  return m ? { start: block.start, end: block.start + m[0].length } : null
}

/** Escape text for an LSP snippet. */
const snip = (s: string) => s.replace(/[\\$}]/g, '\\$&')

function isRequest(words: readonly Word[], i: number): boolean {
  let j = i - 1
  while (j >= 0 && ADVERB.has(words[j]!.lower)) j--
  const prev = words[j]?.lower
  return prev !== undefined && (REQUEST.has(prev) || prev.endsWith("'d"))
}

/** "I would be grateful if you could share…", "I'd be most grateful for an update": a request. */
function conditionalGratitude(words: readonly Word[], i: number, length: number): boolean {
  // "I would be grateful if…", "I'd be honoured to lead your kitchen": a wish, not thanks.
  let adjective = -1
  for (let k = i; k < i + length; k++)
    if (/^(?:grateful|thankful|appreciative|obliged|honou?red)$/.test(words[k]?.lower ?? '')) adjective = k
  if (adjective < 0) return false
  if (adjective === i + length - 1 && words[i + length]?.lower === 'if') return true
  const back = (from: number) => {
    let j = from
    while (j >= 0 && (ADVERB.has(words[j]!.lower) || words[j]!.lower === 'most')) j--
    return j
  }
  let j = back(i - 1)
  if (words[j]?.lower !== 'be') return false
  j = back(j - 1)
  const modal = words[j]?.lower ?? ''
  return modal === 'would' || modal === 'could' || modal.endsWith("'d")
}

// "my appreciation for", "a token of appreciation" thank; "the donor appreciation breakfast" names an event.
const APPRECIATION_BEFORE = new Set(
  'my our sincere deep deepest heartfelt genuine great huge much with in of a token sign warm warmest express expressing show showing convey conveying extend extending and real true profound special utmost full'.split(
    ' ',
  ),
)
function appreciationAsName(words: readonly Word[], i: number): boolean {
  if (words[i]?.lower !== 'appreciation') return false
  const next = words[i + 1]?.lower
  if (next === 'for' || next === 'of' || next === 'to') return false
  const prev = words[i - 1]?.lower
  return prev !== undefined && !APPRECIATION_BEFORE.has(prev)
}

/**
 * "Thanks to your walkthrough, I …" and "Thanks to my year at Greenleaf, I …" are causal. Only
 * "thanks to you / everyone / the whole team / Priya for …" thanks someone.
 */
function isCausal(words: readonly Word[], i: number): boolean {
  if (words[i]?.lower !== 'thanks' || words[i + 1]?.lower !== 'to') return false
  const rest = words.slice(i + 2)
  if (rest.length <= 3) return false
  const forAt = rest.findIndex((w) => w.lower === 'for')
  if (forAt < 0) return true
  const first = rest[0]!
  const person =
    PEOPLE.has(first.lower) ||
    (/^\p{Lu}/u.test(first.text) && !DETERMINERS.has(first.lower)) ||
    (first.lower === 'the' && PEOPLE.has(rest[1]?.lower ?? '')) ||
    (first.lower === 'the' && rest[1]?.lower === 'whole')
  return !person
}
const PEOPLE = new Set([
  'you',
  "y'all",
  'all',
  'everyone',
  'everybody',
  'both',
  'each',
  'team',
  'panel',
  'committee',
  'crew',
])
const DETERMINERS = new Set([
  'my',
  'our',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'your',
  'the',
])

// Past actions of the reader that "I appreciate that you …" can thank for.
const PAST_ACTION =
  /^(?:took|gave|made|spent|shared|showed|found|let|set|walked|explained|introduced|invited|hosted|answered|offered|arranged|came|stayed|went|ran|kept|put|carved)$|ed$/

/**
 * Words of thanks that do not thank the reader: thanks "in advance" (a request in disguise), "I
 * appreciate that you have other candidates" (an acknowledgement, unless it goes on to something the
 * reader did), and gratitude for the writer's own past ("grateful for my years in the Army").
 */
function notThanksToReader(words: readonly Word[], i: number, length: number): boolean {
  const after = (k: number) => words[i + length + k]?.lower
  const head = words[i]!.lower
  // "Thank-you notes can feel like a formality" talks about thanks; it does not give any.
  const noun = /^(?:thank-you|thankyou|thank-yous)$/.test(head)
    ? after(0)
    : head === 'thank' && after(0) === 'you'
      ? after(1)
      : undefined
  if (noun && /^(?:notes?|e-?mails?|letters?|cards?|messages?|gifts?)$/.test(noun)) return true
  // "Please pass on my thanks to Jade at the agency": thanks for someone else, carried by the reader.
  if (/^(?:thanks|gratitude|appreciation)$/.test(head)) {
    const before = [words[i - 1], words[i - 2], words[i - 3]].map((w) => w?.lower ?? '')
    const toReader = after(0) === 'to' && /^(?:you|your)$/.test(after(1) ?? '')
    if (
      !toReader &&
      (before[0] === 'my' || before[0] === 'our') &&
      /^(?:on|along|pass|passing|convey|conveying|relay|relaying|forward|extend|extending|send|give)$/.test(
        before[1]!,
      )
    )
      return true
  }
  if (/^(?:thank|thanks|thx)$/.test(head)) {
    const k = after(0) === 'you' || after(0) === 'u' ? 1 : 0
    if (after(k) === 'in' && after(k + 1) === 'advance') return true
  }
  if (/^appreciat/.test(head) && (after(0) === 'that' || (after(0) === 'the' && after(1) === 'fact'))) {
    const from = after(0) === 'that' ? 1 : 3
    for (let k = from; k < from + 4; k++) if (PAST_ACTION.test(after(k) ?? '')) return false
    return true
  }
  if (/^(?:grateful|thankful|appreciative)$/.test(head) && /^(?:for|to)$/.test(after(0) ?? '')) {
    if (after(1) === 'my' || after(1) === 'our') return true
    if (after(1) === 'what') {
      for (let k = 2; k < 6; k++) if (/^(?:you|your)$/.test(after(k) ?? '')) return false
      return true
    }
  }
  return false
}

function sentences(kind: Kind | null, role: string | undefined, company: string | undefined) {
  const at = company ? ` at ${company}` : ''
  if (kind === 'after-rejection')
    return {
      text: `Thank you for letting me know, and for the time you spent considering my application${role ? ` for the ${role} position` : ''}.`,
      snippet: `Thank you for letting me know, and for the time you spent considering me for the \${1:${snip(role ?? 'job title')}} position.`,
    }
  return {
    text: role
      ? `Thank you for taking the time to meet with me to discuss the ${role} position${at}.`
      : 'Thank you for taking the time to meet with me and for the conversation about the role.',
    snippet: `Thank you for taking the time to meet with me \${1:yesterday} to discuss the \${2:${snip(role ?? 'job title')}} position${snip(at)}.`,
  }
}

export default defineRule({
  id: 'require-gratitude',
  description: 'Thank the reader in a thank-you note (the first note after the interview).',
  rationale:
    'Every guide to interview follow-up puts gratitude first: “express your gratitude” for the interviewer’s ' +
    'time (seed 000, Crafting Your Follow-up), “begin your thank-you note by expressing genuine gratitude” ' +
    '(seed 001, Expressing Gratitude), “thank the hiring manager for taking the time to meet with you” ' +
    '(seed 002) and “thank the hiring manager for their time” (seed 004). A note that never says thank you ' +
    'reads as a request rather than a courtesy. A sign-off such as “Thanks,” does not count.',
  evidence: [
    '000 (Crafting Your Follow-up: express your gratitude)',
    '001 (Expressing Gratitude)',
    '002 (Stay on Their Minds)',
    '004 (Keep it brief and professional)',
  ],
  severity: 'error',
  fix: 'suggestion',
  messages: {
    missingGratitude:
      'This {what} never thanks the reader. Add a sentence near the top thanking them {advice}; a “Thanks,” sign-off is not enough.',
  },
  options: z.strictObject({
    /** Kinds of note that must thank the reader. */
    kinds: z.array(z.enum(KINDS)).default(['thank-you']),
    /** Also require thanks when the kind is unknown (no frontmatter `kind` and nothing in the text says). */
    whenKindUnknown: z.boolean().default(true),
  }),
  phrases: PHRASES['require-gratitude'],
  create(ctx) {
    const { text, doc, kind, options, frontmatter } = ctx
    const { structure } = doc
    if (kind ? !options.kinds.includes(kind) : !options.whenKindUnknown) return
    const subject = structure.subject
    const greeting =
      structure.greeting ??
      gluedGreeting(
        text,
        doc.blocks.find((b) => b.start >= (subject?.end ?? 0)),
      )
    // An unknown kind only counts when the text looks like a note (a greeting, sign-off or subject).
    if (!kind && !greeting && !structure.closing && !subject && !frontmatter) return

    // The writer's own words, minus the sign-off line(s): "Thanks," is a valediction, not thanks.
    const signOff = new Map<number, boolean>()
    const onSignOff = (w: Word): boolean => {
      const line = doc.lineOf(w.start)
      let hit = signOff.get(line)
      if (hit === undefined) {
        const start = doc.lineStart(line)
        const nl = text.indexOf('\n', start)
        // A "Thank you!" line before another closing ("Thank you!\n\nBest regards,") is a sentence
        // of thanks, not the valediction.
        const beforeClosing = structure.closing !== null && start < structure.closing.start
        hit = !beforeClosing && SIGN_OFF.test(text.slice(start, nl < 0 ? text.length : nl).trim())
        signOff.set(line, hit)
      }
      return hit
    }
    const own: Sentence[] = []
    // A "P.S. Thanks again for the tour!" after the signature thanks too.
    const ps = postscript(doc).filter((p) => !ctx.prose.includes(p))
    // The sender's name is not thanks, even in a sentence that runs on from the closing ("Regards,
    // Kwame Asante" — "asante" is Swahili for thanks).
    const signatureStart = structure.signature?.start ?? Number.POSITIVE_INFINITY
    for (const s of [...ctx.prose, ...ps]) {
      const inPs = ps.includes(s)
      const words = s.words.filter((w) => !onSignOff(w) && (inPs || w.start < signatureStart))
      if (words.length > 0) own.push(words.length === s.words.length ? s : { ...s, words })
    }
    const body = own.filter((s) => s.end > structure.bodyStart)
    if (!body.some((s) => s.words.length >= 3)) return

    const subjectLine = subject
      ? doc.sentences.filter((s) => s.start < subject.end && s.end > subject.start)
      : []
    // Folded hands (🙏) in the writer's own prose thank the reader too.
    if (own.some((s) => s.start >= structure.bodyStart && s.marks.some((m) => m.text.includes('\u{1F64F}'))))
      return
    for (const s of [...own, ...subjectLine]) {
      for (const hit of ctx.findPhrases([s])) {
        if (hit.entry.id === LATER) {
          // A guessed kind is only a guess: an unknown or inferred "thank-you" note that asks for
          // news or says it is a later note is a follow-up, which need not open with thanks.
          if (!kind || (kind === 'thank-you' && ctx.kindSource === 'inferred')) return
          continue
        }
        if (subject && hit.start < subject.end) continue
        const i = s.words.indexOf(hit.words[0]!)
        if (hit.entry.id === 'appreciate' && (isRequest(s.words, i) || appreciationAsName(s.words, i)))
          continue
        if (conditionalGratitude(s.words, i, hit.words.length)) continue
        if (hit.entry.id === 'thanks' && isCausal(s.words, i)) continue
        if (notThanksToReader(s.words, i, hit.words.length)) continue
        return
      }
    }

    // A note of unknown kind is only taken for the first note after the interview when it mentions
    // one (the interview, a meeting, a call): "Could you tell me more about the posting?" need not thank.
    if (!kind && !mentionsMeeting(doc)) return
    // A note that withdraws from the process, or answers an offer, is not a thank-you note.
    if (withdraws(doc) || answersOffer(doc)) return

    const role = fmString(frontmatter, 'role')
    const company = fmString(frontmatter, 'company')
    const { text: sentence, snippet } = sentences(kind, role, company)
    const eol = text.includes('\r\n') ? '\r\n' : '\n'
    const anchor = greeting?.end ?? subject?.end
    let edit: { start: number; end: number; text: string; snippet: string }
    if (anchor !== undefined) {
      // After the greeting (or subject line), as a paragraph of its own, mirroring the note's spacing.
      const gap = /^[ \t]*((?:\r?\n[ \t]*)*)/.exec(text.slice(anchor))!
      const breaks = gap[1]!.replace(/[ \t]/g, '')
      const restOfLine = anchor + gap[0].length < text.length && breaks === ''
      if (restOfLine) {
        // "Dear Dana, our talk…": break the line and capitalise what followed.
        const next = anchor + gap[0].length
        // One whole character (an emoji or other astral character is two UTF-16 units).
        const first = String.fromCodePoint(text.codePointAt(next) ?? 32)
        const upper = first.toUpperCase()
        const sep = `${eol}${eol}`
        edit = {
          start: anchor,
          end: next + first.length,
          text: `${sep}${sentence}${sep}${upper}`,
          snippet: '',
        }
        edit.snippet = `${sep}${snippet}${sep}${snip(upper)}`
      } else {
        // Keep a blank line on both sides: reuse the note's own blank line, or make one.
        const blank = (breaks.match(/\n/g) ?? []).length >= 2
        const [before, after] = blank ? [breaks, ''] : [`${eol}${eol}`, breaks ? eol : '']
        edit = {
          start: anchor,
          end: anchor,
          text: `${before}${sentence}${after}`,
          snippet: `${before}${snippet}${after}`,
        }
      }
    } else {
      const start = doc.blocks[0]?.start ?? structure.bodyStart
      const sep = `${eol}${eol}`
      edit = { start, end: start, text: `${sentence}${sep}`, snippet: `${snippet}${sep}` }
    }

    const target = greeting ?? body[0] ?? own[0]!
    const rejection = kind === 'after-rejection'
    ctx.report({
      messageId: 'missingGratitude',
      data: {
        what: rejection ? 'reply' : kind === 'thank-you' ? 'thank-you note' : kind ? 'follow-up' : 'note',
        advice: rejection
          ? 'for letting you know and for considering you'
          : 'for their time and the conversation',
      },
      start: target.start,
      end: target.end,
      suggest: [
        {
          title: `Add a thank-you sentence ${greeting ? 'after the greeting' : 'at the start of the note'}`,
          edits: [edit],
        },
      ],
    })
  },
})

// Flags a sentence that attaches or sends extra materials (portfolio, references, samples…) unless the
// frontmatter `requested:` list names them or the text says they were asked for. Offering is not
// sending: "I would be happy to share my portfolio if helpful" is fine.
import { z } from 'zod'
import { parseLine, type Sentence, type Word } from '../core/document.js'
import { fieldOf, fmList } from '../core/frontmatter.js'
import { clauseBreakBefore, type PhraseHit, PhraseMatcher } from '../core/phrases.js'
import { defineRule, type RuleContext } from '../core/rule.js'
import type { Edit } from '../core/types.js'
import { stemOf } from '../core/words.js'
import { removeSentence } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

/** Words before the sending verb that make it an offer, not a send: "I'd be happy to send …". */
const OFFER = new Set(
  "would could can may might i'd we'd happy glad willing able ready available offer love".split(' '),
)
/** Words of obligation in a question about sending: "whether I should send…", "do you need me to share…". */
const NEED = new Set(
  'should shall need needs needed required require requires expected must want wants'.split(' '),
)
/** "Thank you for attaching …": the reader sent it. */
const READER = new Set(['you', "you've", "you'd", "you're", 'your'])
/** The writer as the subject: "To save you time, I've attached…" (the "you" before it is not the sender). */
const WRITER = new Set(['i', "i've", "i'm", "i'll", "i'd", 'we', "we've", "we'll", "we'd", 'me'])
const DETERMINER = new Set(['the', 'a', 'an', 'our', 'their', 'this', 'that', 'these', 'those'])
/** Words before a noun that make it a verb: "I can report to", "so I report directly". */
const VERBAL_BEFORE = new Set(
  "to i we you they he she will can could would should may might must i'll we'll i'd we'd directly".split(
    ' ',
  ),
)
const PAST = /(?:ed|sent|shared|'ve)$/
/** The sending patterns without their `unless` list: does a sentence send something at all? */
const SENDING = new PhraseMatcher(
  PHRASES['no-unrequested-attachments'].entries
    .filter((e) => e.id === 'send')
    .map((e) => ({ id: e.id, patterns: e.patterns, negatable: e.negatable === true })),
)
const STRUCTURAL = new Set(['send', 'request'])

/** The YAML edit that adds `item` to `requested:` (or creates the field, or the frontmatter). */
function addRequested(ctx: RuleContext<unknown>, item: string): Edit | undefined {
  const { text, frontmatter: fm } = ctx
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const value = /^[\p{L}\p{N}][\p{L}\p{N} '-]*$/u.test(item) ? item : JSON.stringify(item)
  if (!fm)
    return {
      start: ctx.doc.base,
      end: ctx.doc.base,
      text: `---${eol}requested: [${value}]${eol}---${eol}${eol}`,
    }
  if (!fm.data) return undefined
  const field = fieldOf(fm, 'requested')
  if (!field) return { start: fm.contentEnd, end: fm.contentEnd, text: `requested: [${value}]${eol}` }
  const raw = text.slice(field.valueStart, field.valueEnd).trimEnd()
  const end = field.valueStart + raw.length
  if (raw === '') {
    const colon = text.indexOf(':', field.keyEnd) + 1
    return { start: colon, end: colon, text: ` [${value}]` }
  }
  if (raw.startsWith('[')) {
    const empty = /^\[\s*\]$/.test(raw)
    return { start: end - 1, end: end - 1, text: empty ? value : `, ${value}` }
  }
  if (raw.startsWith('-')) {
    const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end)
    const indent = /^\s*/.exec(lastLine)![0]
    return { start: end, end, text: `${eol}${indent}- ${value}` }
  }
  if (/^["']/.test(raw)) return { start: end - 1, end: end - 1, text: `, ${item.replace(/["'\\]/g, '')}` }
  return { start: end, end, text: `, ${item}` }
}

/** A one-word material used as a verb: "so I can report to the site manager". */
function verbal(hit: PhraseHit, words: readonly Word[]): boolean {
  if (hit.words.length !== 1) return false
  const at = words.indexOf(hit.words[0]!)
  return at > 0 && VERBAL_BEFORE.has(words[at - 1]!.lower)
}

/** Is the sending verb of `send` an offer ("happy to send", "let me know if you'd like me to share")? */
function isOffer(sentence: Sentence, send: PhraseHit): boolean {
  const words = sentence.words
  const at = words.indexOf(send.words.at(-1)!)
  // The words before the verb in its own clause: in "To show how I'd approach that, I've attached…"
  // the "I'd" belongs to another clause.
  let from = Math.max(0, at - 5)
  for (let k = at; k > from; k--) if (clauseBreakBefore(sentence, k)) from = k
  const before = words.slice(from, at).map((w) => w.lower)
  // "the shared diary", "a forwarded email": an adjective, not the writer sending.
  // ("the attached portfolio" still sends it.)
  const attachVerb = /^(?:re-?)?(?:attach|enclos)/.test(send.words.at(-1)!.lower)
  if (!attachVerb && DETERMINER.has(words[at - 1]?.lower ?? '')) return true
  if (send.words.some((w) => w.lower === 'not' || w.lower === 'never' || w.lower.endsWith("n't"))) return true
  if (/^you/.test(send.words[0]!.lower)) return false // "you can find my portfolio below"
  if (before.some((w) => OFFER.has(w))) return true
  // "Thank you for attaching…": the reader sent it. The nearest pronoun before the verb decides.
  for (const w of before.slice(-3).reverse()) {
    if (WRITER.has(w)) break
    if (READER.has(w)) return true
  }
  // Asking whether to send is not sending: "whether I am required to submit any further documents",
  // "Should I send my transcript?", "if I need to bring copies of my certificates".
  let clauseFrom = Math.max(0, at - 10)
  for (let k = at; k > clauseFrom; k--) if (clauseBreakBefore(sentence, k)) clauseFrom = k
  const clause = words.slice(clauseFrom, at).map((w) => w.lower)
  const lead = clause.findIndex((w) => w === 'whether' || w === 'if')
  const question = sentence.marks.some((m) => m.text === '?' && m.start > send.end)
  if (lead >= 0 || question) {
    const after = lead >= 0 ? clause.slice(lead + 1) : clause
    const obliged = after.some(
      (w, k) => NEED.has(w) || ((w === 'have' || w === 'has') && after[k + 1] === 'to'),
    )
    if (obliged) return true
  }
  const verb = send.words.at(-1)!.lower
  const lower = words.map((w) => w.lower).join(' ')
  // "If any further documents are needed, please tell me and I will send them": sent on request.
  const conditional =
    /\b(?:let me know|if you|should you|whenever you|(?:if|should) (?:any|anything|further|more|additional|other)\b)/.test(
      lower,
    )
  return conditional && !PAST.test(verb) && !attachVerb
}

/** Words that end a matched pattern but not the item's name: "letter from my" → "letter". */
const TRAILING = new Set(
  "of from my our the a an two three both former previous current i i've we we've wrote written drafted authored co-authored coauthored published showing to".split(
    ' ',
  ),
)

/** `phrase` without its trailing TRAILING words (word by word: a regex for this backtracks). */
function trimTrailingWords(phrase: string): string {
  const words = phrase.split(' ')
  let end = words.length
  while (end > 1 && TRAILING.has(words[end - 1]!)) end--
  return words.slice(0, end).join(' ')
}

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+$/

/** The sentences of the list items right after sentence `index` (a bullet or numbered list). */
function listAfter(prose: readonly Sentence[], index: number, text: string): Sentence[] {
  const out: Sentence[] = []
  for (let i = index + 1; i < prose.length; i++) {
    const s = prose[i]!
    const lineStart = text.lastIndexOf('\n', s.block.start - 1) + 1
    const inItem = LIST_MARKER.test(text.slice(lineStart, s.block.start))
    const sameItem = out.length > 0 && s.block === out.at(-1)!.block
    if (!inItem && !sameItem) break
    out.push(s)
  }
  return out
}

export default defineRule({
  id: 'no-unrequested-attachments',
  description: 'Do not attach or send materials the interviewer did not ask for.',
  rationale:
    'Sending a portfolio, references or extra documents nobody asked for can overwhelm the reader and come ' +
    'across as imposing; the guidance says to send additional materials only when explicitly requested ' +
    "(seed 001: Don't Overwhelm with Additional Materials). Offering them is fine.",
  evidence: ["001 (Don't Overwhelm with Additional Materials)"],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    unrequested:
      'Sends {items} that the interviewer did not ask for. Extra materials can overwhelm the reader: leave them ' +
      'out, offer them instead (“I would be happy to share … if it would help”), or, if they were requested, ' +
      'list them under `requested:` in the frontmatter.',
  },
  options: z.strictObject({}),
  phrases: PHRASES['no-unrequested-attachments'],
  create(ctx) {
    const { text } = ctx
    // What was asked for: the material kinds and word stems of each `requested:` item.
    const requested = fmList(ctx.frontmatter, 'requested')
    const askedKinds = new Set<string>()
    const askedStems = new Set<string>()
    for (const item of requested) {
      for (const h of ctx.findPhrases(parseLine(item).sentences)) askedKinds.add(h.entry.id)
      for (const w of item.split(/[^\p{L}\p{N}'-]+/u)) if (w.length > 2) askedStems.add(stemOf(w))
    }
    const covered = (h: PhraseHit) =>
      askedKinds.has(h.entry.id) || h.words.some((w) => askedStems.has(w.stem))

    ctx.prose.forEach((sentence, index) => {
      const hits = ctx.findPhrases([sentence])
      const sends = hits.filter((h) => h.entry.id === 'send' && !isOffer(sentence, h))
      if (sends.length === 0) return
      const prev = ctx.prose[index - 1]
      const prevHits = prev && prev.block === sentence.block ? ctx.findPhrases([prev]) : []
      // Asked for in the sentence before: "You asked for my references. I have attached three."
      // A sentence that sends what was asked for spends its request there: after "As promised, I
      // attach the reading list." the next sentence's extras were not asked for.
      const prevSends = prev ? SENDING.match(prev).some((h) => !isOffer(prev, h)) : false
      const asked = !prevSends && prevHits.some((h) => h.entry.id === 'request')
      const prevKinds = prevHits.filter((h) => !STRUCTURAL.has(h.entry.id)).map((h) => h.entry.id)
      const askedBefore = (h: PhraseHit) =>
        asked && (prevKinds.length === 0 || prevKinds.includes(h.entry.id))
      // Items after a colon that follows a requested one describe it: "two writing samples: a proposal…".
      const firstCovered = hits.find((h) => !STRUCTURAL.has(h.entry.id) && covered(h))
      const colon = firstCovered ? text.indexOf(':', firstCovered.end) : -1
      const described = (h: PhraseHit) => colon >= 0 && colon < sentence.end && h.start > colon
      // "I've attached:" followed by a list: the materials are the list's items.
      const list = /:\s*$/.test(text.slice(sentence.start, sentence.end))
        ? listAfter(ctx.prose, index, text)
        : []
      const listHits = list.flatMap((s) => ctx.findPhrases([s]))
      const items = [...hits, ...listHits].filter(
        (h) =>
          !STRUCTURAL.has(h.entry.id) &&
          !covered(h) &&
          !described(h) &&
          !askedBefore(h) &&
          !verbal(h, sentence.words),
      )
      if (items.length === 0) return
      const names = [
        ...new Set(
          items.map((h) => trimTrailingWords(text.slice(h.start, h.end).toLowerCase().replace(/\s+/g, ' '))),
        ),
      ]
      const start = Math.min(sends[0]!.start, items[0]!.start)
      const end = Math.max(sends[0]!.end, items.at(-1)!.end)
      const listed = names.map((n) => `“${n}”`)
      const remove = removeSentence(text, sentence)
      const lastItem = list.at(-1)
      if (lastItem && listHits.length > 0) {
        // Remove the list with its introduction, up to the end of the last item's line.
        const eol = text.indexOf('\n', lastItem.end)
        remove.end = eol < 0 ? text.length : eol
      }
      // A sentence that fills its lines: take a line break too, so no blank line is left behind.
      const before = text.slice(0, remove.start)
      if (/\n$/.test(before) && /^(?:\r?\n|$)/.test(text.slice(remove.end))) {
        if (/\n[ \t]*\r?\n$/.test(before)) remove.end += /^(?:\r?\n)*/.exec(text.slice(remove.end))![0].length
        else remove.start -= before.endsWith('\r\n') ? 2 : 1
      }
      const suggest = [
        {
          title:
            lastItem && listHits.length > 0 ? 'Remove this sentence and its list' : 'Remove this sentence',
          edits: [remove],
        },
      ]
      for (const name of names.slice(0, 3)) {
        const edit = addRequested(ctx, name)
        if (edit) suggest.push({ title: `Add “${name}” to requested: in the frontmatter`, edits: [edit] })
      }
      ctx.report({
        messageId: 'unrequested',
        data: {
          items: listed.length > 1 ? `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : listed[0]!,
        },
        start,
        end,
        suggest,
      })
    })
  },
})

import { z } from 'zod'
import type { Sentence, Word } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer } from '../core/kind.js'
import { type PhraseHit, PhraseMatcher } from '../core/phrases.js'
import { defineRule } from '../core/rule.js'
import { matchCase, removeSentence } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

// Context, not vocabulary to flag: conditional wording that keeps the outcome open, and a note that
// answers an actual offer (where "my first day" is simply true).
const HEDGE = new PhraseMatcher([
  {
    id: 'hedge',
    patterns: [
      '=if',
      '=unless',
      '=whether',
      '=should =i|=we =be|=join|=get|=receive|=move|=have|=become|=earn|=land',
      '=were =i =to|=selected|=chosen|=offered|=hired',
      '=in =the =event',
      '=assuming|=provided|=pending|=potentially|=hopefully|=hypothetically|=eventually|=someday',
      'possibility|prospect|chance|potential|opportunity =of|=to|=that',
      '=i|=we =would|=could|=might',
      "=i'd|=we'd",
      'hope|hoping =to|=that|=i|=my',
      "=would|=could|=might|=may|=i'd|=we'd =be|=love|=enjoy|=welcome|=relish|=bring|=focus|=aim|=hope|=contribute|=help|=look|=thrive|=want|=plan|=value|=dive|=hit",
    ],
  },
])
/** "let me know if", "wondering whether": a question, not a condition on the outcome. */
const NOT_HEDGE_BEFORE = new Set([
  'know',
  'wonder',
  'wondering',
  'ask',
  'asking',
  'check',
  'see',
  'sure',
  'unsure',
])
/** "if you could confirm", "I would be grateful": politeness, not a condition. */
const POLITE_AFTER = new Set(
  "could would can can't might may have had need needs want wish prefer please require grateful thankful appreciative obliged like appreciate".split(
    ' ',
  ),
)

const OFFER = new PhraseMatcher([
  {
    id: 'offer',
    patterns: [
      '=thank|=thanks =you? =so? =very? =much? ... =offer|=offers',
      '=grateful|=appreciate ... =offer',
      '=accept|=accepting|=accepted|=acceptance ... =offer|=position|=role|=job|=post',
      '=offer =of =employment',
      "=you|=you've|=they =offered|=extended =me",
      '=offered =me =the|=a|=this =position|=role|=job|=post',
      '=extending|=extended =me? =an|=the|=this =offer',
      '=signed|=sign|=returned =the|=my =offer|=contract',
      '=formally|=gladly|=happily|=officially =accept',
      '=pleased|=delighted|=thrilled|=happy|=glad|=excited|=honored|=honoured =to =accept',
    ],
  },
])

const BOUNDARY = /[,;:—–()]|^-$/
const FILLER = new Set(['also', 'really', 'just', 'very', 'truly', 'still', 'genuinely', 'certainly'])
/** Hedges that are a modal verb, not a condition: they hold only the clause they stand in. */
const MODAL = new Set(['i', 'we', "i'd", "we'd", 'would', 'could', 'might', 'may'])
const CLAUSE_WORD = /^(?:and|but|so|then|plus)$/
/** A clause ends between two offsets: a semicolon or dash, or a comma before "and"/"but"/"so". */
function clauseBreak(sentence: Sentence, from: number, to: number): boolean {
  if (sentence.marks.some((m) => m.start >= from && m.end <= to && /[;—–]/.test(m.text))) return true
  return sentence.words.some(
    (w) =>
      w.start >= from &&
      w.end <= to &&
      CLAUSE_WORD.test(w.lower) &&
      sentence.marks.some(
        (m) => m.text === ',' && m.end <= w.start && m.start >= from && w.start - m.end <= 2,
      ),
  )
}

/** A condition before the hit anywhere in the sentence, or after it within the same clause. */
function hedged(sentence: Sentence, hit: PhraseHit): boolean {
  for (const h of HEDGE.match(sentence)) {
    const first = h.words[0]!
    const idx = sentence.words.indexOf(first)
    if (first.lower === 'if' || first.lower === 'whether') {
      const prev = sentence.words[idx - 1]
      if (prev && NOT_HEDGE_BEFORE.has(prev.lower)) continue
      const next = sentence.words[idx + 1]?.lower
      if ((next === 'you' || next === 'we') && POLITE_AFTER.has(sentence.words[idx + 2]?.lower ?? ''))
        continue
    }
    const last = h.words.at(-1)?.lower ?? ''
    let next = idx + h.words.length
    // "I'd also like to know", "I would really appreciate": an adverb before the polite verb.
    while (FILLER.has(sentence.words[next]?.lower ?? '')) next++
    if (last !== 'be' && sentence.words[next]?.lower === 'be') next++
    const after = sentence.words[next]?.lower ?? ''
    if (['be', 'would', "i'd", "we'd", 'could', 'might'].includes(last) && POLITE_AFTER.has(after)) continue
    // A modal ("how we could close that gap, and when I start …") holds only its own clause; a
    // condition ("If I am selected, when I start …") holds the rest of the sentence.
    if (h.end <= hit.start && MODAL.has(first.lower) && clauseBreak(sentence, h.end, hit.start)) continue
    if (h.end <= hit.start) return true
    if (h.start >= hit.start && h.start < hit.end) return true
    const between = sentence.marks.some(
      (m) => m.start >= hit.end && m.end <= h.start && BOUNDARY.test(m.text),
    )
    if (!between) return true
  }
  return false
}

function acceptsOffer(sentences: readonly Sentence[]): boolean {
  for (const s of sentences) for (const hit of OFFER.match(s)) if (!hedged(s, hit)) return true
  return false
}

function rewrite(sentence: Sentence, replacement: string) {
  return {
    title: `Rewrite the sentence as “${replacement}”`,
    edits: [{ start: sentence.start, end: sentence.end, text: replacement }],
  }
}

function fill(template: string, words: readonly Word[], team: string): string {
  return template
    .replace(/\{first\}/g, words[0]?.text ?? '')
    .replace(/\{last\}/g, words.at(-1)?.text ?? '')
    .replace(/\{team\}/g, team)
}

export default defineRule({
  id: 'no-assumed-outcome',
  description: 'Do not write as if you already have the job.',
  rationale:
    'Until there is an offer, a follow-up should express interest in the possibility of joining, not ' +
    'talk about your first day, your new team or having given notice. Assuming the outcome reads as ' +
    'presumptuous and can cost you the offer (seed 001, "Don\'t Assume the Outcome": express gratitude, ' +
    'reiterate your interest and leave the door open without assuming you have secured the position).',
  evidence: [
    "001 (Don't Assume the Outcome)",
    '001 (Acknowledge Future Collaboration: "the possibility of")',
  ],
  severity: 'error',
  fix: 'suggestion',
  messages: {
    assumed:
      '“{phrase}” talks about {topic} as if you already had the job. No decision has been made yet: ' +
      'say you look forward to the possibility of joining instead.',
  },
  options: z.strictObject({
    /** Stay quiet in a note that accepts or answers a job offer ("Thank you for the offer…"). */
    allowAfterOffer: z.boolean().default(true),
    /** Also flag common but confident wording: "I look forward to working with you", "see you soon". */
    strict: z.boolean().default(false),
  }),
  phrases: PHRASES['no-assumed-outcome'],
  create(ctx) {
    const { text } = ctx
    const found = ctx.prose.map((sentence) => ({
      sentence,
      hits: ctx.findPhrases([sentence]).filter((hit) => !hedged(sentence, hit)),
    }))
    // Most notes have nothing to report: look for an offer being accepted only when there is.
    if (!found.some((f) => f.hits.length > 0)) return
    if (ctx.options.allowAfterOffer && (acceptsOffer(ctx.prose) || answersOffer(ctx.doc))) return
    const team = fmString(ctx.frontmatter, 'company') ?? 'the team'
    const fallback = `I look forward to the possibility of joining ${team}.`
    for (const { sentence, hits } of found) {
      for (const hit of hits) {
        const phrase = text.slice(hit.start, hit.end)
        const suggest = (hit.entry.suggest ?? []).map((s) => {
          if (s === '') return { title: 'Remove this sentence', edits: [removeSentence(text, sentence)] }
          const replacement = matchCase(fill(s, hit.words, team), phrase)
          if (/[.?!]$/.test(s)) return rewrite(sentence, replacement)
          return {
            title: `Replace with “${replacement}”`,
            edits: [{ start: hit.start, end: hit.end, text: replacement }],
          }
        })
        if (!suggest.some((s) => s.title.includes(fallback))) suggest.push(rewrite(sentence, fallback))
        ctx.report({
          messageId: 'assumed',
          data: { phrase, topic: hit.entry.note ?? 'the job' },
          start: hit.start,
          end: hit.end,
          suggest,
        })
      }
    }
  },
})

import { z } from 'zod'
import type { Sentence } from '../core/document.js'
import { defineRule } from '../core/rule.js'
import { DOMAINS, personalStories } from './lib/life-story.js'
import { removeParagraph, removeSentence } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

const TOPICS = ['health', 'family', 'money', 'work', 'beliefs', 'personal'] as const

// A brief, neutral reason for a delay: "I was off sick last week, hence the late reply", "Sorry to be
// slow, I was unwell for a couple of days". Being ill is the whole of it; no illness named ("with a
// chest infection"), no long absence ("for three months"), no story.
const SICK =
  /^(?:(?:i|i['’]ve|i['’]m|was|have|had|been|am)\s+)*(?:(?:off|out|home)\s+sick|unwell|ill|poorly|sick)\b|\b(?:sick|ill|unwell|poorly)$/i
const BRIEF_REASON =
  /\b(?:sorry|apolog\w*|hence|delay\w*|late|slow|missed|excuse|reply|replying|response|respond\w*|away|back|thanks?|reschedul\w*|moving|flexible|understanding)\b/i
const DETAIL =
  /\b(?:with|from|months?|years?|weeks|since|because|due|after|surgery|hospital|infection|operation)\b/i

function briefSickReason(sentence: Sentence, hitEnd: number, text: string): boolean {
  const s = text.slice(sentence.start, sentence.end)
  const after = text.slice(hitEnd, sentence.end)
  return sentence.words.length <= 22 && BRIEF_REASON.test(s) && !DETAIL.test(after)
}

/** An entry's topic is the first camelCase word of its id (`health`, `healthPregnancy` → health). */
function topicOf(entryId: string): string {
  return /^[a-z]+/.exec(entryId)?.[0] ?? entryId
}

export default defineRule({
  id: 'no-oversharing',
  description: 'Leave personal matters and trouble at other jobs out of a follow-up note.',
  rationale:
    'A follow-up is about the role and what you bring. Health, family or money trouble, drama at your ' +
    'current or last job, and religious or political asides pull the reader away from your candidacy and ' +
    'can raise doubts the interview did not (seed 003: unless it was already discussed, refrain from ' +
    'editorializing about personal or other professional issues that could affect your job performance).',
  evidence: ['003 (what a follow-up note should absolutely not include)'],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    overshare:
      '“{phrase}” shares {topic}. Keep personal matters out of a follow-up: it should be about the role ' +
      'and what you offer. If it affects your availability, say so briefly and neutrally, or raise it in a call.',
    story:
      'This paragraph tells a personal story (“{phrase}”: {topic}). Keep private life out of a follow-up: it ' +
      'should be about the role and what you offer. If it affects your availability, say so in one neutral sentence.',
  },
  options: z.strictObject({
    /** Topics to check: health, family, money, work (trouble at another job), beliefs, personal. */
    topics: z.array(z.enum(TOPICS)).default([...TOPICS]),
    /**
     * Also flag a paragraph that tells a personal story in words the phrase list does not have:
     * several words of private life (family, loss, health, home, faith, hard times) in the writer's
     * own sentences (rules/lib/life-story.ts).
     */
    stories: z.boolean().default(true),
  }),
  phrases: PHRASES['no-oversharing'],
  create(ctx) {
    const { text } = ctx
    const topics = new Set<string>(ctx.options.topics)
    const reported = new Set<unknown>()
    for (const sentence of ctx.prose) {
      // One message per sentence: the quick fix removes the whole sentence.
      const hits = ctx
        .findPhrases([sentence])
        .filter((h) => h.entry.id === 'custom' || topics.has(topicOf(h.entry.id)))
      const hit = hits.find(
        (h) => !(SICK.test(text.slice(h.start, h.end)) && briefSickReason(sentence, h.end, text)),
      )
      if (!hit) continue
      reported.add(sentence.block)
      ctx.report({
        messageId: 'overshare',
        data: { phrase: text.slice(hit.start, hit.end), topic: hit.entry.note ?? 'a personal matter' },
        start: hit.start,
        end: hit.end,
        suggest: [{ title: 'Remove this sentence', edits: [removeSentence(text, sentence)] }],
      })
    }
    if (!ctx.options.stories) return
    for (const story of personalStories(ctx.prose)) {
      if (reported.has(story.sentence.block)) continue
      // One short sentence is a brief mention, not a story: "Sorry for the late reply, I was at my
      // brother's wedding in Lagos."
      const paragraph = ctx.prose.filter((s) => s.block === story.sentence.block)
      if (paragraph.length === 1 && story.sentence.words.length <= 20) continue
      ctx.report({
        messageId: 'story',
        data: {
          phrase: text.slice(story.hit.start, story.hit.end),
          topic: DOMAINS[story.domain] ?? 'a personal matter',
        },
        start: story.sentence.start,
        end: story.sentence.end,
        suggest: [
          { title: 'Remove this sentence', edits: [removeSentence(text, story.sentence)] },
          { title: 'Remove this paragraph', edits: [removeParagraph(text, story.sentence.block)] },
        ],
      })
    }
  },
})

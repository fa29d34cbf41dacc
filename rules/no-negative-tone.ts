// Critiques of the interview, the company or the people, frustration and sarcasm. Phrases come from
// rules/data/no-negative-tone.yml; rules/lib/no-negative-tone-classes.ts says how each entry is read,
// -checks holds the per-class checks, -target finds what an evaluative word judges, and -words the
// vocabulary they share.
import { z } from 'zod'
import { defineRule } from '../core/rule.js'
import { negates } from '../core/words.js'
import {
  candid,
  empathic,
  failsOwnStandard,
  grudging,
  ironicWait,
  negationFollows,
  quoted,
  writerActs,
  writerReschedules,
} from './lib/no-negative-tone-checks.js'
import {
  CLASS,
  EXPECT_WORDS,
  FRUSTRATION,
  IDEA_WORDS,
  OWN_JOB_YIELDS,
  OWN_PAST,
  PRIOR_WORDS,
  PROBLEM,
  READER_SIDE,
  TONE,
  WAIT_WORDS,
} from './lib/no-negative-tone-classes.js'
import { clauseAround, feared, generic, looseTarget, verdict } from './lib/no-negative-tone-target.js'
import {
  negatedQuantifier,
  sarcasticAside,
  thatClause,
  topicPhrase,
} from './lib/no-negative-tone-understated.js'
import {
  lower,
  NEG_CUES,
  NOUNS,
  ONLY,
  PEOPLE,
  REASSURED,
  THIRD,
  WAITING,
} from './lib/no-negative-tone-words.js'
import { postscript } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

export default defineRule({
  id: 'no-negative-tone',
  description:
    'Keep critiques of the interview, the company or the people, and frustration, out of the note.',
  rationale:
    'A follow-up is your last impression. Criticising how the interview was run, the questions, the ' +
    'people or the wait, or sounding frustrated or sarcastic, undoes the goodwill of the interview even ' +
    'when the point is fair (seed 001, "Avoid Negative Language or Critiques": focus on the positive ' +
    'elements and your enthusiasm; seed 000: avoid sounding desperate or frustrated, stay professional).',
  evidence: [
    '001 (Avoid Negative Language or Critiques)',
    '001 (Maintain a Professional Tone)',
    '000 (Maintain Professionalism)',
  ],
  severity: 'error',
  fix: false,
  messages: {
    critique:
      '“{phrase}” criticises {about}. Leave critiques out of a follow-up even if parts of the process ' +
      'disappointed you: mention what you valued and restate your interest instead.',
    frustration:
      'This sounds frustrated (“{phrase}”). Stay courteous: acknowledge that hiring takes time and restate ' +
      'your interest instead.',
    tone: '“{phrase}” reads as blunt or sarcastic. Leave it out and keep the note warm and professional.',
  },
  options: z.strictObject({
    /** Also flag evaluative words with no recognised target, and passive-aggressive reminders. */
    strict: z.boolean().default(false),
  }),
  phrases: PHRASES['no-negative-tone'],
  create(ctx) {
    const { text } = ctx
    // The subject line is sent too ("Disappointed with the interview process").
    const { subject } = ctx.doc.structure
    const subjectLine = subject
      ? ctx.doc.sentences.filter(
          (s) => s.start < subject.end && s.end > subject.start && !ctx.prose.includes(s),
        )
      : []
    // Paragraphs that turn to the writer's own job: later sentences there are about it too.
    const ownJobBlocks = new Set<unknown>()
    for (const s of [...subjectLine, ...ctx.prose, ...postscript(ctx.doc)]) {
      const ownHere = OWN_PAST.match(s).length > 0
      const carried = ownJobBlocks.has(s.block) && !s.words.some((w) => READER_SIDE.has(w.lower))
      if (ownHere) ownJobBlocks.add(s.block)
      const hits = ctx.findPhrases([s])
      if (hits.length === 0) continue
      const problems = PROBLEM.match(s)
      const position = new Map(s.words.map((w, i) => [w, i]))
      const ownPast = ownHere || carried
      const anyTarget = s.words.some((_, i) =>
        [NOUNS, PEOPLE, WAITING].some((set) => set.has(lower(s.words, i))),
      )
      const keep = hits.filter((hit) => {
        const cls = CLASS.get(hit.entry.id) ?? 'marker'
        const from = position.get(hit.words[0]!) ?? 0
        const to = from + hit.words.length
        // A frame outside the hit itself ("could be streamlined" is the complaint, not a plan to).
        const problem = problems.some((p) => p.end <= hit.start || p.start >= hit.end)
        if (quoted(text, s, hit.start, hit.end)) return false
        if (cls === 'marker') return !(ownPast && OWN_JOB_YIELDS.has(hit.entry.id))
        if (cls === 'honesty') return false
        if (cls === 'candour') return candid(s, from, to)
        if (cls === 'aside') return sarcasticAside(s, from, to)
        if (cls === 'thatTarget') return thatClause(s, from + 1)
        // "Your work on toxic algal blooms", "not a single question felt irrelevant".
        if (
          (cls === 'critique' || cls === 'predicate') &&
          (topicPhrase(s, from, to) || negatedQuantifier(s, from))
        )
          return false
        if (hit.words.length === 1 && /ly$/.test(hit.words[0]!.lower) && writerActs(s, from, to)) return false
        if (problem || ownPast) return false
        if (hit.entry.id === 'rescheduled' && writerReschedules(s, from)) return false
        if (cls === 'context' || cls === 'soft') return true
        // "I'm naturally disappointed, but I took a lot from your feedback": the feeling is about
        // what its own clause names.
        if (cls === 'feeling') {
          // "Dealing with angry customers": the people the writer serves feel it.
          if (empathic(s, from, to) || THIRD.has(lower(s.words, to))) return false
          const [a, b] = clauseAround(s, from, to)
          return s.words
            .slice(a, b)
            .some((_, k) => [NOUNS, PEOPLE, WAITING].some((set) => set.has(lower(s.words, a + k))))
        }
        if (cls === 'negated') return anyTarget && s.words.slice(0, from).some((w) => negates(w.lower))
        if (cls === 'wait') return s.words.some((w) => WAIT_WORDS.has(w.lower))
        if (cls === 'expect') return s.words.some((w) => PRIOR_WORDS.has(w.lower))
        if (cls === 'expectAny') return s.words.some((w) => EXPECT_WORDS.has(w.lower))
        if (cls === 'negFollows') return negationFollows(s, to)
        if (cls === 'prides') return failsOwnStandard(s, from, to)
        if (cls === 'standard')
          return anyTarget && s.words.slice(0, from).some((w) => negates(w.lower) || ONLY.has(w.lower))
        if (cls === 'targeted') return anyTarget
        if (cls === 'aimed') return anyTarget && verdict(s, from, to, false) !== 'self'
        if (cls === 'endTag') return grudging(s, from, to)
        if (cls === 'tag') return anyTarget && s.words.some((w) => EXPECT_WORDS.has(w.lower))
        if (cls === 'notSelf') return verdict(s, from, to, false) !== 'self'
        // "Nobody at your depot can be bothered": negated, and the reader's side did not bother.
        if (cls === 'negTarget')
          return (
            s.words.slice(0, from).some((w) => negates(w.lower) || ONLY.has(w.lower)) &&
            verdict(s, from, to, false) === 'target'
          )
        if (cls === 'ironic') return ironicWait(s, from, to)
        if (cls === 'improvable')
          return !s.words.some((w) => IDEA_WORDS.has(w.lower)) && verdict(s, from, to, false) === 'target'
        if (generic(s, from) || feared(s, from)) return false
        const v = verdict(s, from, to, cls === 'critique')
        if (v === 'none' && cls === 'critique' && looseTarget(s, from)) return true
        // "Kind of a letdown that the chat turned out to be a grilling".
        if (v === 'none' && cls === 'predicate' && thatClause(s, to)) return true
        return v === 'target' || (v === 'none' && ctx.options.strict)
      })
      // "To be honest" / "honestly" is a tell only when the sentence goes on to criticise.
      const critical =
        keep.length > 0 ||
        ctx.options.strict ||
        s.words.some(
          (w, i) =>
            (negates(w.lower) || NEG_CUES.has(w.lower)) &&
            !REASSURED.has(lower(s.words, i + 1)) &&
            verdict(s, i, i + 1, false) === 'target',
        )
      for (const hit of hits) {
        const cls = CLASS.get(hit.entry.id)
        const tell = (cls === 'honesty' || cls === 'candour') && critical
        if (!keep.includes(hit) && !(tell && !quoted(text, s, hit.start, hit.end))) continue
        const id = hit.entry.id
        const messageId = TONE.has(id) ? 'tone' : FRUSTRATION.has(id) ? 'frustration' : 'critique'
        ctx.report({
          messageId,
          data: {
            phrase: text.slice(hit.start, hit.end),
            about: hit.entry.note ?? 'the interview or the people',
          },
          start: hit.start,
          end: hit.end,
        })
      }
    }
  },
})

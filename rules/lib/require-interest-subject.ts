// Whose interest an interest phrase of require-interest states (someoneElses): "If you are interested
// in the samples" and "your team seemed excited" are someone else's; "your team remains my first
// choice" is the writer's.
import type { Word } from '../../core/document.js'
import { CLAUSE_WORD, gapHas, plural, WRITER } from './require-interest-words.js'

// "If you are interested in the samples", "your team seemed excited": someone else's interest.
const OTHER_SUBJECT = new Set([
  'you',
  "you're",
  'they',
  "they're",
  'he',
  "he's",
  'she',
  "she's",
  'team',
  "team's",
  'company',
  'anyone',
  'someone',
  'everyone',
  'who',
  'whoever',
  'candidates',
  'people',
])
// People on the other side, named as the subject: "the panel", "your recruiter", "the interviewers".
const THIRD_PARTY = new Set(
  'panel panelist panellist interviewer recruiter manager director committee board employer firm client hr head lead supervisor ceo founder owner principal department school organisation organization agency chair'.split(
    ' ',
  ),
)
const ATTITUDE = /^(?:interested|keen|eager|excited|enthusiastic|thrilled|passionate|invested)$/
const LINK =
  /^(?:is|was|were|are|be|been|seemed|seems|seem|appeared|appears|sounded|sounds|looked|looks|felt|more|less|most|very|really|clearly|obviously|genuinely|far|much|so|only|mainly|mostly)$/
const SEEM = new Set(
  'seem seemed seems seeming appear appeared appears sound sounded sounds look looked looks'.split(' '),
)

// "hear from you about future roles", "thank you; I am excited": there "you" is an object, not a subject.
const OBJECT_BEFORE =
  /^(?:from|to|with|for|about|of|at|by|thank|thanks|tell|told|meet|meeting|met|let|help|see|join|joining|hear|assure|show)$/

export function someoneElses(text: string, words: readonly Word[], i: number): boolean {
  // Nearest subject first: in "if a role opens on your team, I would be glad to…" the writer is it
  // (a hit that starts with "I'd" is the writer's own; so is one the writer owns: "your team remains
  // my first choice"). A subject in an earlier clause ("…the team, and our talk confirmed my
  // interest") is not this one's.
  for (let j = i; j >= Math.max(0, i - 4); j--) {
    const lower = words[j]!.lower
    if (WRITER.has(lower) || lower === 'my' || lower === 'me') return false
    // "a team where I could do my best work": the subject comes after "where".
    if (lower === 'where') return false
    if (OTHER_SUBJECT.has(lower) && !OBJECT_BEFORE.test(words[j - 1]?.lower ?? '')) return true
    // "the panel seemed more interested in my accent", "your recruiter sounded keen": a named third
    // party as subject, or a verb of seeming whose subject is not the writer.
    if (j < i && words.slice(i, i + 4).some((w) => ATTITUDE.test(w.lower))) {
      const det = /^(?:the|your|their|his|her|our|that|this)$/.test(words[j - 1]?.lower ?? '')
      if (THIRD_PARTY.has(plural(words[j]!)) && det && LINK.test(words[j + 1]!.lower)) return true
      if (SEEM.has(lower) && !WRITER.has(words[j - 1]?.lower ?? '')) return true
    }
    if (j < i && CLAUSE_WORD.has(lower)) return false
    if (gapHas(text, words, j)) return false
  }
  return false
}

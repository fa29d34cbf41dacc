// Structure: the writer wanting to do the work, in any words ("I would be really glad to run the
// interferometer sessions", "it would mean a great deal to me to work alongside you", "I came away
// wanting very much to cook in yours"): the writer (or nobody) as subject + a wish, a hope or gladness
// + "to" + a doing verb whose clause names no paperwork, news or call (require-interest-work.ts).
import type { Word } from '../../core/document.js'
import { negates } from '../../core/words.js'
import {
  adminNoun,
  BLOCK,
  CAUSE,
  CLAUSE_WORD,
  DEPICT,
  DEPICT_HEAD,
  FILL,
  GLAD,
  gapHas,
  IMPERSONAL,
  MODAL,
  MODAL_ONLY,
  WISH,
  WRITER,
} from './require-interest-words.js'
import { doesWork, frontedNoun, NOT_WORK, objectFirst, placeFirst } from './require-interest-work.js'
import { wordSet } from './util.js'

/**
 * Is the writer (or nobody: "Really keen to start") the subject of the head at `j`? Only fillers may
 * stand between them, except before a participle: "I came away wanting very much to cook in yours".
 */
function writerSubject(text: string, words: readonly Word[], j: number, impersonal: boolean): boolean {
  const participle = /ing$/.test(words[j]!.lower)
  // "I left the campus keen to teach there": an eager adjective after a verb of leaving or coming away.
  const depictive = DEPICT_HEAD.has(words[j]!.lower)
  let other = false
  for (let k = j - 1; k >= Math.max(0, j - 7); k--) {
    const w = words[k]!.lower
    if (WRITER.has(w)) return !other || participle || DEPICT.has(words[k + 1]?.lower ?? '')
    if (impersonal && (w === 'it' || w === "it'd")) return true
    // The writer as the object of a cause: "the walk-through left me keen to…", "made me want to…".
    if (w === 'me' && CAUSE.has(words[k - 1]?.lower ?? '')) return true
    if (negates(w) || w === 'never' || w === 'longer') return false
    if (BLOCK.has(w)) return false
    if (CLAUSE_WORD.has(w)) break
    if (!FILL.has(w)) {
      if (!participle && !depictive) return false
      other = true
    }
    if (gapHas(text, words, k)) break
  }
  return !other
}

const HOPE = wordSet('hope hoping hopeful hopefully')
const HOPE_MODAL = wordSet("can could will would may might shall i'll we'll i'd we'd")
const HOPE_FILL = wordSet(
  'that still also soon really eventually then one day someday yet very much so truly sincerely dearly',
)

/** After "I hope": "(that) I can / we will / I'll get to / I'll be able to" → index of the verb, or -1. */
function hopedClause(text: string, words: readonly Word[], s: number): number {
  while (s < words.length && HOPE_FILL.has(words[s]!.lower)) s++
  const subject = words[s]?.lower ?? ''
  let c = s + 1
  if (/^(?:i|we)$/.test(subject)) {
    if (!HOPE_MODAL.has(words[c]?.lower ?? '')) return -1
    c++
  } else if (!/^(?:i'll|we'll|i'd|we'd)$/.test(subject)) return -1
  if (gapHas(text, words, s) && s > 0 && words[s - 1]!.lower !== 'that') return -1
  while (c < words.length && HOPE_FILL.has(words[c]!.lower)) c++
  const at = (i: number, ...xs: string[]) => xs.every((x, n) => words[i + n]?.lower === x)
  if (at(c, 'be', 'able', 'to')) c += 3
  else if (at(c, 'get', 'to') || at(c, 'get', 'the', 'chance', 'to')) c += at(c, 'get', 'to') ? 2 : 4
  return c < words.length ? c : -1
}

/** "over the moon", "made up" (glad): the index of the idiom's first word when `j` ends one, else -1. */
function idiomHead(words: readonly Word[], j: number): number {
  const at = (i: number) => words[i]?.lower ?? ''
  if (at(j) === 'moon' && at(j - 1) === 'the' && at(j - 2) === 'over') return j - 2
  if (at(j) === 'up' && at(j - 1) === 'made' && /^(?:be|am|i'm|well|so|really|proper|dead)$/.test(at(j - 2)))
    return j - 1
  return -1
}

/** Does a sentence (its words) say the writer wants to do the work? */
export function wantsTheWork(text: string, words: readonly Word[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!.lower
    const prev = words[j - 1]?.lower ?? ''
    // "looking forward to setting up the practicals" (not "to hearing from you").
    if (w === 'forward' && /^look/.test(prev) && words[j + 1]?.lower === 'to') {
      const g = words[j + 2]
      if (
        g &&
        /ing$/.test(g.lower) &&
        writerSubject(text, words, j - 1, false) &&
        doesWork(text, words, j + 2)
      )
        return true
      continue
    }
    // "I'm hopeful I can bring my onboarding experience to your team", "I hope we can continue the
    // process", "hopefully I'll get to work with you": a modal clause after the hope.
    if (HOPE.has(w) && (w === 'hopefully' || writerSubject(text, words, j, false))) {
      const c = hopedClause(text, words, j + 1)
      if (c > 0 && doesWork(text, words, c)) return true
    }
    const impersonal = IMPERSONAL.has(w)
    // "I'd be over the moon to get it", "would be made up to land this": the head is the idiom.
    const idiom = idiomHead(words, j)
    if (idiom >= 0) {
      if (
        words[j + 1]?.lower === 'to' &&
        writerSubject(text, words, idiom, false) &&
        doesWork(text, words, j + 2)
      )
        return true
      continue
    }
    if (!(WISH.has(w) || GLAD.has(w) || impersonal || MODAL_ONLY.has(w))) continue
    if (MODAL_ONLY.has(w) || impersonal) {
      // A modal before the head, over fillers only: "I should very much like", "it would be an honour".
      let k = j - 1
      while (k >= 0 && !MODAL.has(words[k]!.lower) && FILL.has(words[k]!.lower) && j - k < 6) k--
      if (k < 0 || !MODAL.has(words[k]!.lower)) continue
    }
    // Fillers up to "to": "hoping very much to", "a great deal to me to", "it a privilege to".
    let t = j + 1
    while (t < words.length && t - j < 7) {
      const x = words[t]!.lower
      if (x === 'to' && !/^(?:me|us)$/.test(words[t + 1]?.lower ?? '')) break
      if (
        x !== 'to' &&
        !FILL.has(x) &&
        !IMPERSONAL.has(x) &&
        !/^(?:happily|gladly|a|an|chance|opportunity)$/.test(x)
      )
        break
      t++
    }
    // "I'd love working with your crew", "I'd enjoy teaching there" (not "I'd love hearing back").
    const gerund = words[j + 1]
    if (
      MODAL_ONLY.has(w) &&
      gerund &&
      /ing$/.test(gerund.lower) &&
      !gapHas(text, words, j + 1) &&
      writerSubject(text, words, j, false) &&
      doesWork(text, words, j + 1)
    )
      return true
    // "wanna" is "want to": "the kinda work I wanna do".
    const bare = /^(?:rather|sooner|happily|gladly|willingly|wanna)$/.test(w)
    const c = bare ? j + 1 : t + 1
    if (!bare && words[t]?.lower !== 'to') continue
    if (!writerSubject(text, words, j, impersonal || w === 'mean')) continue
    // "the point I want to make about the rota": the clause is about the point, not the work.
    const f = frontedNoun(text, words, j)
    if (f && (NOT_WORK.has(f.lower) || adminNoun(f))) continue
    if (doesWork(text, words, c) || objectFirst(text, words, j, c) || placeFirst(words, j, c)) return true
  }
  return false
}

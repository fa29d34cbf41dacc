// Who or what an evaluative word in no-negative-tone judges: the reader's side (interview, process,
// people), the writer, or nothing in particular (verdict, looseTarget, owned), and the clause helpers
// the rule shares (boundaryBefore, hedges, clauseAround). Its word sets are no-negative-tone-words.ts.
import type { Sentence, Word } from '../../core/document.js'
import { clauseBreakBefore } from '../../core/phrases.js'
import {
  BOUNDARY,
  CLAUSE_WORD,
  CONJUNCTIONS,
  DETERMINERS,
  EXTERNAL,
  FEARED,
  FORWARD_PREPS,
  GENERIC,
  HELD_UP,
  INTENSIFIERS,
  LINKING,
  lower,
  MET,
  NEUTRAL,
  NOUNS,
  OPINION,
  OWNABLE,
  PAST,
  PEOPLE,
  PREPS,
  SELF,
  SPATIAL,
  SUBJECTS,
  THIRD,
  WOULD,
} from './no-negative-tone-words.js'

/** "the roadworks outside your building", "the café next to your office": index of the place word, or -1. */
export function spatialBefore(words: readonly Word[], j: number): number {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const w = lower(words, k)
    if (SPATIAL.has(w)) return k
    if (!DETERMINERS.has(w) && w !== 'to' && w !== 'of') return -1
  }
  return -1
}

export type Verdict = 'target' | 'self' | 'none'

export function boundaryBefore(s: Sentence, i: number): boolean {
  const w = s.words[i]
  const prev = s.words[i - 1]
  if (!w || !prev) return true
  if (CONJUNCTIONS.has(w.lower)) return true
  // "and"/"or" start a new clause only before a new subject ("rushed and unfair" shares one).
  if (w.lower === 'and' || w.lower === 'or') {
    const next = s.words[i + 1]?.lower ?? ''
    if (SELF.has(next) || PEOPLE.has(next) || DETERMINERS.has(next) || NEUTRAL.has(next) || NOUNS.has(next))
      return true
  }
  return s.marks.some((m) => m.start >= prev.end && m.end <= w.start && BOUNDARY.test(m.text))
}

/** Is the noun at `j` the writer's own ("my team", "my previous manager", "my answer to the question")? */
export function owned(words: readonly Word[], j: number): boolean {
  let sawPrep = false
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const w = lower(words, k)
    if (PAST.has(w)) return true
    if (w === 'my') return sawPrep || OWNABLE.has(lower(words, j)) || lower(words, k + 1) === 'own'
    // "in our office" (the writer's workplace); "our conversation" stays shared with the reader.
    if (w === 'our') return OWNABLE.has(lower(words, j))
    if (PREPS.has(w)) sawPrep = true
    else if (!sawPrep && k < j - 2) return false
  }
  return false
}

/** "I'm a …", "I made a …", "I gave a …" before the determiner at `k`. */
export function selfBefore(words: readonly Word[], k: number): boolean {
  const prev = lower(words, k - 1)
  if (prev === "i'm" || prev === 'am') return true
  return SELF.has(lower(words, k - 2)) && !NEUTRAL.has(prev) && !PEOPLE.has(prev)
}
/**
 * Indices of the words of an opinion aside before word `from`: "in my opinion", "to my mind", and
 * "I felt" before its own verb ("which I felt was confusing"). The judgement looks past them.
 */
export function hedges(s: Sentence, from: number): Set<number> {
  const out = new Set<number>()
  const { words } = s
  for (let j = 0; j < from; j++) {
    const w = lower(words, j)
    if (
      (w === 'opinion' || w === 'view' || w === 'mind') &&
      lower(words, j - 1) === 'my' &&
      ['in', 'to'].includes(lower(words, j - 2))
    )
      for (const k of [j - 2, j - 1, j]) out.add(k)
    if (
      SELF.has(w) &&
      OPINION.has(lower(words, j + 1)) &&
      words.slice(j + 2, from).some((x) => LINKING.has(x.lower))
    )
      for (const k of [j, j + 1]) out.add(k)
  }
  return out
}

/** What the evaluative words at [from, to) judge: scan back to the clause start, then forward. */
export function verdict(s: Sentence, from: number, to: number, forward: boolean): Verdict {
  const { words } = s
  let k = from - 1
  while (k >= 0 && INTENSIFIERS.has(lower(words, k))) k--
  if (['bit', 'little', 'tad', 'touch'].includes(lower(words, k + 1)) && lower(words, k) === 'a') k--
  // "Apologies for being slow to reply", "I owe you an explanation for being late": the writer.
  if (lower(words, k) === 'being' && ['for', 'about', 'of'].includes(lower(words, k - 1)))
    return PEOPLE.has(lower(words, k - 2)) ? 'target' : 'self'
  const attributive = k >= 0 && DETERMINERS.has(lower(words, k)) && !boundaryBefore(s, k + 1)
  // "I'm a terrible judge of my own interviews", "I made a silly slip": the writer describes themself.
  if (attributive && (lower(words, k) === 'my' || selfBefore(words, k))) return 'self'
  if (!attributive) {
    const aside = hedges(s, from)
    let limit = Math.max(0, from - 8)
    let afterWhich = false
    let whichAt = -1
    for (let j = from - 1; j >= limit; j--) {
      const w = lower(words, j)
      if (aside.has(j)) {
        limit = Math.max(0, limit - 1)
        continue
      }
      if (PEOPLE.has(w)) return 'target'
      // "The roadworks outside your building": the building is where, not what is judged.
      const place = NOUNS.has(w) ? spatialBefore(words, j) : -1
      if (place >= 0) {
        j = place
        continue
      }
      if (NOUNS.has(w)) return owned(words, j) ? 'self' : 'target'
      // "The recruiter I spoke to was curt": a relative clause about the reader's side.
      if (
        SELF.has(w) &&
        MET.has(lower(words, j + 1)) &&
        (NOUNS.has(lower(words, j - 1)) || PEOPLE.has(lower(words, j - 1)))
      )
        return 'target'
      // "I've been waiting six weeks, which seems excessive": the wait is judged.
      if (afterWhich && HELD_UP.has(w)) return 'target'
      if (SELF.has(w) || THIRD.has(w) || EXTERNAL.has(w)) return 'self'
      if (w === 'my' && !PREPS.has(lower(words, j - 1))) return 'self'
      // "…, which was unprofessional": the judgement is about the clause before "which".
      if (w === 'which') {
        afterWhich = true
        whichAt = j
      }
      if (boundaryBefore(s, j) && w !== 'which' && !aside.has(j - 1)) break
      // "I was shocked by how unprepared the panel seemed": the judgement has its own subject.
      if (w === 'how') break
    }
    // Past the window, a long clause before "which" is judged by its subject: "The practical test
    // was on a gearbox nobody has made since the 90s, which didn't seem fair".
    if (whichAt > 0) {
      const subject = clauseSubject(s, whichAt)
      if (subject) return subject
    }
  }
  if (!forward) return 'none'
  // "It is pretty shabby to leave candidates waiting": what the infinitive does to whom.
  if (lower(words, to) === 'to' && LINKING.has(lower(words, k)) && NEUTRAL.has(lower(words, k - 1)))
    for (let j = to + 2; j < Math.min(words.length, to + 6); j++) {
      if (boundaryBefore(s, j)) break
      if (SELF.has(lower(words, j)) || lower(words, j) === 'my') return 'self'
      if (NOUNS.has(lower(words, j)) || PEOPLE.has(lower(words, j)))
        return owned(words, j) ? 'self' : 'target'
    }
  for (let j = to; j < Math.min(words.length, to + 2); j++) {
    if (j > to && boundaryBefore(s, j)) break
    // "the awful food they joked about": a new clause's subject, not what is judged.
    if (j > to && SUBJECTS.has(lower(words, j))) break
    if (NOUNS.has(lower(words, j)) || PEOPLE.has(lower(words, j))) return 'target'
    if (FORWARD_PREPS.has(lower(words, j))) {
      for (let m = j + 1; m < Math.min(words.length, j + 4); m++)
        if (NOUNS.has(lower(words, m)) || PEOPLE.has(lower(words, m)))
          return owned(words, m) ? 'self' : 'target'
      break
    }
  }
  return 'none'
}

/**
 * Does the clause that ends before `end` open with the reader's side ("The practical test was…")?
 * 'target' if so; null when it opens with the writer or anything else (the caller decides then).
 */
function clauseSubject(s: Sentence, end: number): Verdict | null {
  let start = end - 1
  while (start > 0 && !boundaryBefore(s, start)) start--
  for (let j = start; j < Math.min(end, start + 4); j++) {
    const w = lower(s.words, j)
    if (SELF.has(w) || w === 'my') return null
    if (PEOPLE.has(w)) return 'target'
    if (NOUNS.has(w)) return owned(s.words, j) ? null : 'target'
  }
  return null
}

/** "Processes like this can be slow", "interviews often feel rushed": a general remark. */
export function generic(s: Sentence, from: number): boolean {
  let k = from - 1
  while (k >= 0 && INTENSIFIERS.has(lower(s.words, k))) k--
  if (!LINKING.has(lower(s.words, k))) return false
  return (
    GENERIC.has(lower(s.words, k - 1)) ||
    (lower(s.words, k - 1) === 'to' && GENERIC.has(lower(s.words, k - 2)))
  )
}
/** "I was worried the case study would try to catch me out, but…": a fear, not a verdict. */
export function feared(s: Sentence, from: number): boolean {
  const k = s.words.findIndex((w, i) => i < from && FEARED.has(w.lower))
  return k >= 0 && s.words.slice(k + 1, from).some((w) => WOULD.has(w.lower) || w.lower.endsWith("'d"))
}

/** Across clause boundaries: "Five rounds and a take-home seem excessive" still judges the rounds. */
export function looseTarget(s: Sentence, from: number): boolean {
  let k = from - 1
  while (k >= 0 && INTENSIFIERS.has(lower(s.words, k))) k--
  if (!LINKING.has(lower(s.words, k))) return false
  const aside = hedges(s, from)
  for (let j = k - 1; j >= Math.max(0, from - 12); j--) {
    const w = lower(s.words, j)
    if (aside.has(j)) continue
    if (SELF.has(w) || w === 'my' || w === 'our' || w === 'we') return false
    const place = NOUNS.has(w) ? spatialBefore(s.words, j) : -1
    if (place >= 0) {
      j = place
      continue
    }
    if (PEOPLE.has(w) || NOUNS.has(w)) return !owned(s.words, j)
  }
  return false
}
/** Word indices [start, end) of the clause around words [from, to) of `s`. */
export function clauseAround(s: Sentence, from: number, to: number): [number, number] {
  const { words } = s
  const boundaryAfter = (k: number) =>
    CLAUSE_WORD.has(words[k + 1]?.lower ?? '') || clauseBreakBefore(s, k + 1)
  let a = from
  while (a > 0 && !boundaryAfter(a - 1)) a--
  let b = to
  while (b < words.length && !boundaryAfter(b - 1)) b++
  return [a, b]
}

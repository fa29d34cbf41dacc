// How many specific details a require-specifics note names (countSignals): proper nouns mid-sentence,
// numbers that are not dates or times, the concrete words a topic phrase of the data file introduces
// ("our discussion about …", "the … we talked about") and things pointed back to ("that glaze").
import type { Sentence, Word } from '../../core/document.js'
import type { PhraseHit } from '../../core/phrases.js'
import { ownRecord } from './require-specifics-own-record.js'
import {
  ADVERB,
  BREAK,
  bareName,
  CALENDAR,
  calendarCompound,
  capital,
  DEPT,
  DETERMINER,
  dateNum,
  FUNCTION,
  GENERIC,
  HABIT,
  ING,
  isRole,
  LETTERS3_OR_DIGIT,
  NOT_ADVERB,
  NOT_NAME,
  namedDetail,
  PLURAL,
  POINTING,
  past,
  ROLE,
  SHOUTED,
  STOP_MARK,
  TITLE,
  VAGUE_COMPOUND,
  VERB,
  verbish,
  WH,
  WORK_VERB,
} from './require-specifics-words.js'

export interface Scope {
  text: string
  names: Set<string>
  skip: Array<[number, number]>
  hits: (sentences: readonly Sentence[]) => PhraseHit[]
}

/**
 * Count the specific details in `sentences` (words in `skip` ranges are not read), stopping once
 * `need` are found: a long note with a detail early on is not read to the end.
 */
export function countSignals(
  scope: Scope,
  sentences: readonly Sentence[],
  need = Number.POSITIVE_INFINITY,
): number {
  const { text, names, skip } = scope
  const credited = new Set<number>()
  let score = 0
  const credit = (ws: Word[]) => {
    if (ws.length === 0 || ws.some((w) => credited.has(w.start))) return
    for (const w of ws) credited.add(w.start)
    score++
  }
  for (const s of sentences) {
    if (score >= need) break
    const words = s.words.filter((w) => !skip.some(([a, b]) => w.start >= a && w.start < b))
    const hits = scope.hits([s])
    const inTrigger = new Set(
      hits.filter((h) => h.entry.id === 'topic').flatMap((h) => h.words.map((w) => w.start)),
    )
    const gapBefore = (i: number) => text.slice(i > 0 ? words[i - 1]!.end : s.start, words[i]!.start)
    const content = (i: number) => {
      const w = words[i]!
      if (mine(w.start)) return false
      if (
        FUNCTION(w) ||
        GENERIC(w) ||
        ROLE(w) ||
        TITLE(w) ||
        CALENDAR(w) ||
        NOT_NAME(w) ||
        inTrigger.has(w.start)
      )
        return false
      if (
        (/\d/.test(w.lower) && dateNum(text, words, i)) ||
        names.has(bareName(w)) ||
        !LETTERS3_OR_DIGIT(w.text)
      )
        return false
      if (VERB(w) || (ADVERB(w.lower) && !NOT_ADVERB(w)) || (past(w) && !capital(w))) return false
      if (/^(?:me|us)$/.test(words[i + 1]?.lower ?? '')) return false // "inviting me", "showing us"
      // "high-quality, compassionate services", "person-centred values": praise, not a referent.
      if (VAGUE_COMPOUND.test(w.lower) || SHOUTED(w.text)) return false
      // "Mon-Fri", "Tues/Thurs": days, not details.
      if (calendarCompound(w)) return false
      // "the challenges facing the service", "the work your company handles": a verb after its subject.
      const prev = words[i - 1]
      // "the challenges your department is facing": a verb after its auxiliary.
      if (!capital(w) && ING(w.lower) && /^(?:is|are|was|were|be|been)$/.test(prev?.lower ?? '')) return false
      if (!capital(w) && GENERIC(prev) && !/'s?$/.test(prev!.lower)) {
        if (ING(w.lower)) return false
        if (
          PLURAL(w.lower) &&
          /^(?:your|our|their|the)$/.test(words[i - 2]?.lower ?? '') &&
          (i + 1 >= words.length || STOP_MARK.test(gapBefore(i + 1)) || FUNCTION(words[i + 1]))
        )
          return false
      }
      // "the studio's culture", "the agency's values": the employer, by a plain noun.
      if (!capital(w) && /'s$/.test(w.lower) && GENERIC(words[i + 1])) return false
      // "the analytics function", "your grantmaking team": a department by one plain word ("the
      // early supported discharge team", a longer name, still counts).
      if (!capital(w) && DEPT.test(words[i + 1]?.lower ?? '') && DETERMINER.test(words[i - 1]?.lower ?? ''))
        return false
      return !isRole(words, i)
    }
    // Proper nouns and acronyms mid-sentence; a run ending in (or followed by) a job word is a title.
    let run: number[] = []
    const flush = (next: number) => {
      const found = namedDetail(text, words, run, next, gapBefore)
      if (found) credit(found.map((i) => words[i]!))
      run = []
    }
    // The writer's own record (skills, schooling, service, past jobs, attachments, pay) is not a
    // detail of the interview: words it covers are never credited.
    const mine = ownRecord(words, s.start, gapBefore)
    words.forEach((w, i) => {
      const initial = i === 0 || /[\n:"“‘(]|[.!?]\s/.test(gapBefore(i))
      const name =
        capital(w) &&
        !initial &&
        !NOT_NAME(w) &&
        !CALENDAR(w) &&
        !calendarCompound(w) &&
        !names.has(bareName(w))
      if (name && !mine(w.start)) run.push(i)
      else flush(i)
      // Numbers that are not dates or times: "Q3", "30%", "600 test cases", "2026".
      if (/\d/.test(w.lower) && !dateNum(text, words, i) && !names.has(w.lower) && !mine(w.start)) credit([w])
    })
    flush(words.length)
    // "…, that short rib glaze is unreal", "about those pallet labels you showed me": a thing pointed
    // back to, read from a clause-initial "that"/"those" up to its verb or the clause's end.
    words.forEach((w, i) => {
      if (!/^(?:that|those)$/.test(w.lower) || mine(w.start)) return
      if (!(i === 0 || /[,;:—–(]/.test(gapBefore(i)) || POINTING.test(words[i - 1]!.lower))) return
      const found: Word[] = []
      let j = i + 1
      for (; j < Math.min(words.length, i + 5) && !STOP_MARK.test(gapBefore(j)); j++) {
        // "that smoked celeriac purée was …": a participle before the noun is an adjective.
        const participle = past(words[j]!) && j + 1 < words.length && !FUNCTION(words[j + 1])
        if (FUNCTION(words[j]) || (verbish(words[j]) && !participle)) break
        if (content(j)) found.push(words[j]!)
      }
      const end = j >= words.length || STOP_MARK.test(gapBefore(j))
      if (found.length > 0 && (end || verbish(words[j]) || /^(?:you|we)$/.test(words[j]!.lower)))
        credit(found)
    })
    for (const hit of hits) {
      const at = words.findIndex((w) => w.start >= hit.end)
      const found: Word[] = []
      const first = words.findIndex((w) => w.start === hit.start)
      // "We talked about the thermostat analogy", "We discussed homeostasis": at the head of its
      // clause, "we/you talked about" introduces what follows ("the analogy we discussed" looks back).
      const opensClause =
        hit.entry.id === 'relative' &&
        (first <= 0 ||
          STOP_MARK.test(gapBefore(first)) ||
          /^(?:and|but|so|then|also)$/.test(words[first - 1]!.lower))
      if ((hit.entry.id === 'topic' || opensClause) && at >= 0 && !mine(hit.start, true)) {
        // The words after the trigger, up to a clause break: "our discussion about [the Kafka migration]".
        if (words[at]!.lower === 'to' && !hit.words.at(-1)!.lower.startsWith('to')) continue
        // A one-word trigger after a determiner is a noun, not a verb: "our meeting", "the values".
        if (hit.words.length === 1 && first > 0 && DETERMINER.test(words[first - 1]!.lower)) continue
        // "I try to design courses …", "I always build …", "I aim to review …": the writer's own habits.
        if (WORK_VERB.test(hit.words[0]!.lower)) {
          let j = first - 1
          while (j >= 0 && HABIT.test(words[j]!.lower)) j--
          if (j >= 0 && /^(?:i|i've|i'm|i'd)$/.test(words[j]!.lower)) continue
        }
        for (let i = at; i < Math.min(words.length, at + 10); i++) {
          // "your question on how I would quarantine flaky tests": the question asked, not a new clause.
          if (i === at + 1 && WH.test(words[at]!.lower) && /^(?:i|i'd)$/.test(words[i]!.lower)) continue
          // "… what I would do if a supplier shipped short": the case the question put.
          const asked = WH.test(words[at]!.lower) && /^(?:i|i'd)$/.test(words[at + 1]!.lower)
          if (
            (BREAK(words[i]) && !(asked && words[i]!.lower === 'if')) ||
            (i > at && STOP_MARK.test(gapBefore(i)))
          )
            break
          // "the conversation and came away …": a new clause begins.
          if (
            /^(?:and|or|but|then)$/.test(words[i]!.lower) &&
            (verbish(words[i + 1]) || (ADVERB(words[i + 1]?.lower ?? '') && verbish(words[i + 2])))
          )
            break
          if (content(i)) found.push(words[i]!)
        }
      }
      // "the [billing] migration", "the [paperless asset register] we talked about / you described".
      if (
        !mine(hit.start, true) &&
        (hit.entry.id === 'head' || hit.entry.id === 'relative' || /^(?:you|we)$/.test(hit.words[0]!.lower))
      ) {
        const reach = hit.entry.id === 'head' ? 3 : 4
        for (let i = first - 1; i >= Math.max(0, first - reach) && !FUNCTION(words[i]); i--)
          if (content(i)) found.push(words[i]!)
      } else if (hit.entry.id === 'specific' || hit.entry.id === 'custom') found.push(...hit.words)
      credit(found)
    }
  }
  return score
}

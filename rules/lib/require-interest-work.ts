// What the writer of require-interest wants to do: the work ("run the interferometer sessions",
// "join", "keep going with Northlake") or the process (hear back, send references, "carry on the
// conversation"). doesWork reads the clause after "to"; objectFirst and placeFirst read a clause that
// names the work before the writer ("the kind of room I want to run", "where I would most like to teach").
import type { Word } from '../../core/document.js'
import {
  ADMIN_VERB,
  ALONE,
  adminNoun,
  BE_OK,
  BLOCK,
  DETERMINER,
  FILL,
  gapHas,
  MODAL,
  ONWARD,
  plural,
  VERB_STEMS,
  WRITER,
} from './require-interest-words.js'
import { wordSet } from './util.js'

/** Does the rest of the clause from `c` name paperwork, news or a call ("carry on the conversation")? */
function restIsAdmin(text: string, words: readonly Word[], c: number): boolean {
  for (let k = c; k < Math.min(words.length, c + 8) && (k === c || !gapHas(text, words, k)); k++) {
    if (/^(?:if|because|but|so|whether|once|when|until|than)$/.test(words[k]!.lower)) break
    if (adminNoun(words[k]!)) return true
  }
  return false
}

/** Does the clause from `c` (the word after "to") name the work rather than the process? */
export function doesWork(text: string, words: readonly Word[], c: number, depth = 0): boolean {
  while (c < words.length && /ly$/.test(words[c]!.lower) && words[c]!.lower !== 'apply') c++
  const v = words[c]
  const onward = v && ONWARD[v.stem]?.test(words[c + 1]?.lower ?? '')
  if (onward) return !restIsAdmin(text, words, c + 2)
  // "happy to move on": giving up, not going on.
  if (v?.stem === 'move' && /^(?:on|elsewhere)$/.test(words[c + 1]?.lower ?? '')) return false
  // "hope to bump into you at the next meetup", "run into you", "cross paths again": a meeting by
  // chance, not the work.
  if (/^(?:bump|run|cross)$/.test(v?.stem ?? '') && /^(?:into|paths)$/.test(words[c + 1]?.lower ?? ''))
    return false
  // "continue to work with you" (not "continue to hear").
  if (v?.stem === 'continu' && words[c + 1]?.lower === 'to') return doesWork(text, words, c + 2, depth + 1)
  // "ready to resume immediately" (Nigerian English: to start the job): a verb here, not a CV.
  const resume = v?.lower === 'resume' && words[c - 1]?.lower === 'to'
  if (!v || depth > 2 || ADMIN_VERB.has(v.lower) || VERB_STEMS.has(v.stem) || (adminNoun(v) && !resume))
    return false
  if (DETERMINER.test(v.lower)) return false
  const next = words[c + 1]
  if (v.stem === 'be' && !(next && (BE_OK.has(next.lower) || /ing$/.test(next.lower)))) return false
  if (v.lower === 'have' && !/^(?:the|a|an|my|this|that|your|some|more)$/.test(next?.lower ?? ''))
    return false
  if (!next || gapHas(text, words, c + 1)) return ALONE.has(v.lower) || ALONE.has(v.stem)
  // "keep thinking about it", "continue talking": still the process.
  if (/^(?:keep|continue)$/.test(v.lower) && VERB_STEMS.has(next.stem)) return false
  // "run through my approach", "walk you through it": a presentation ("the door I'd like to walk
  // through" is not).
  if (next.lower === 'through' && words[c + 2] && !gapHas(text, words, c + 2)) return false
  for (let k = c + 1; k < Math.min(words.length, c + 12) && !gapHas(text, words, k); k++) {
    const w = words[k]!
    // "I'd rather drive for you than anywhere else": the comparison is not the work.
    if (/^(?:if|because|but|so|whether|should|once|when|whenever|until|than)$/.test(w.lower)) break
    // "get the results" is news; "build on that result" is the work.
    if (adminNoun(w) || (/^(?:get|have)$/.test(v.lower) && plural(w) === 'result')) return false
    if (/^(?:you|them|him|her)$/.test(w.lower) && words[k + 1]?.lower === 'through') return false
    // "the chance to care for your residents": the inner verb decides.
    if (w.lower === 'to' && k > c + 1 && !DETERMINER.test(words[k + 1]?.lower ?? ''))
      return doesWork(text, words, k + 1, depth + 1)
  }
  return true
}

/** "…is still where I would most like to teach": the place named before the writer, the verb last. */
export function placeFirst(words: readonly Word[], j: number, c: number): boolean {
  let k = j - 1
  while (k >= 0 && (FILL.has(words[k]!.lower) || MODAL.has(words[k]!.lower)) && !WRITER.has(words[k]!.lower))
    k--
  if (k < 1 || !WRITER.has(words[k]!.lower) || words[k - 1]!.lower !== 'where') return false
  const v = words[c]
  if (!v || ADMIN_VERB.has(v.lower) || VERB_STEMS.has(v.stem)) return false
  return c === words.length - 1 || /^(?:and|but|so|because|for|with|alongside)$/.test(words[c + 1]!.lower)
}

// "the kind of room I want to run", "a ward I'd be proud to serve on": the work named before the
// writer, the verb closing the clause (not "the point I want to make", "anything else I'd like to add").
export const NOT_WORK = wordSet(
  'point points thing things one something anything everything nothing else question questions mistake mistakes message word words comment comments concern concerns topic issue issues',
)
/** The noun a relative clause hangs on: "the kind of room [that] I want to…" → "room". */
export function frontedNoun(text: string, words: readonly Word[], j: number): Word | undefined {
  let k = j - 1
  while (k >= 0 && !WRITER.has(words[k]!.lower) && FILL.has(words[k]!.lower)) k--
  if (k < 2 || !/^(?:i|i'd|i'm|we|we'd)$/.test(words[k]!.lower) || gapHas(text, words, k)) return
  let n = k - 1
  if (/^(?:that|which)$/.test(words[n]!.lower)) n--
  const noun = words[n]
  if (!noun || FILL.has(noun.lower) || BLOCK.has(noun.lower)) return
  if (![1, 2, 3].some((d) => /^(?:the|a|an|of|your|this|that|such|one|any)$/.test(words[n - d]?.lower ?? '')))
    return
  return noun
}

export function objectFirst(text: string, words: readonly Word[], j: number, c: number): boolean {
  const v = words[c]
  if (!v || ADMIN_VERB.has(v.lower) || VERB_STEMS.has(v.stem) || DETERMINER.test(v.lower)) return false
  // The verb (and an optional preposition: "serve on", "work in") ends the clause.
  let e = c + 1
  if (/^(?:on|in|at|for|with|alongside)$/.test(words[e]?.lower ?? '') && !gapHas(text, words, e)) e++
  if (e < words.length && !gapHas(text, words, e)) return false
  const noun = frontedNoun(text, words, j)
  return !!noun && !NOT_WORK.has(noun.lower) && !adminNoun(noun)
}

// Words of thanks that do not thank the reader, for require-gratitude: a request ("I would appreciate
// an update", "I'd be grateful if …"), an event's name ("the donor appreciation breakfast"), a cause
// ("thanks to your walkthrough, I …"), thanks in advance or passed on, gratitude for the writer's own past.
import type { Word } from '../../core/document.js'

// "I would appreciate an update" asks for something; it does not thank.
const REQUEST = new Set(['would', "i'd", "we'd", "you'd", 'will', "i'll", 'could', 'should', 'be'])
const ADVERB = new Set([
  'really',
  'very',
  'much',
  'greatly',
  'truly',
  'certainly',
  'so',
  'deeply',
  'also',
  'highly',
  'hugely',
  'immensely',
  'most',
  'well',
])

export function isRequest(words: readonly Word[], i: number): boolean {
  let j = i - 1
  while (j >= 0 && ADVERB.has(words[j]!.lower)) j--
  const prev = words[j]?.lower
  return prev !== undefined && (REQUEST.has(prev) || prev.endsWith("'d"))
}

/** "I would be grateful if you could share…", "I'd be most grateful for an update": a request. */
export function conditionalGratitude(words: readonly Word[], i: number, length: number): boolean {
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
  // "I shall be grateful for an early reply", "I'll be thankful for any pointers": a request too.
  return /^(?:would|could|will|shall|should)$/.test(modal) || modal.endsWith("'d") || modal.endsWith("'ll")
}

// "my appreciation for", "a token of appreciation" thank; "the donor appreciation breakfast" names an event.
const APPRECIATION_BEFORE = new Set(
  'my our sincere deep deepest heartfelt genuine great huge much with in of a token sign warm warmest express expressing show showing convey conveying extend extending and real true profound special utmost full'.split(
    ' ',
  ),
)
export function appreciationAsName(words: readonly Word[], i: number): boolean {
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
export function isCausal(words: readonly Word[], i: number): boolean {
  if (words[i]?.lower !== 'thanks' || words[i + 1]?.lower !== 'to') return false
  const rest = words.slice(i + 2)
  // "Thanks to receive me yesterday" (thanks for receiving me): a verb follows, so it thanks.
  // "Thanks to you, I now understand the role", "I give my thanks to you and the team": the reader.
  if (rest[0]?.lower === 'you') return false
  if (
    /^(?:receive|meet|see|have|host|welcome|interview|invite|give|show|spend|share|talk|speak|consider)$/.test(
      rest[0]?.lower ?? '',
    )
  )
    return false
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
export function notThanksToReader(words: readonly Word[], i: number, length: number): boolean {
  const after = (k: number) => words[i + length + k]?.lower
  const head = words[i]!.lower
  // "Thank-you notes can feel like a formality" talks about thanks; it does not give any.
  const noun = /^(?:thank-you|thankyou|thank-yous)$/.test(head)
    ? after(0)
    : head === 'thank' && after(0) === 'you'
      ? after(1)
      : undefined
  // "Just a quick thank-you note for yesterday's interview" is one, though.
  const own = /^(?:a|this|my|quick|short|little|brief|small|belated)$/.test(words[i - 1]?.lower ?? '')
  const forWhat = /^(?:for|to)$/.test(after(noun === after(0) ? 1 : 2) ?? '')
  if (noun && /^(?:notes?|e-?mails?|letters?|cards?|messages?|gifts?)$/.test(noun) && !(own && forWhat))
    return true
  // "Please pass on my thanks to Jade at the agency": thanks for someone else, carried by the reader.
  if (/^(?:thanks|gratitude|appreciation)$/.test(head)) {
    const before = [words[i - 1], words[i - 2], words[i - 3]].map((w) => w?.lower ?? '')
    const toReader = after(0) === 'to' && /^(?:you|your)$/.test(after(1) ?? '')
    const mine = before[0] === 'my' || before[0] === 'our'
    // "Please pass on my thanks to Jade" carries thanks elsewhere; "I'd like to extend my thanks for
    // the interview" thanks the reader unless it names someone else ("convey my thanks to Dr. Lim").
    if (!toReader && mine && /^(?:on|along|pass|passing|relay|relaying|forward)$/.test(before[1]!))
      return true
    if (
      !toReader &&
      mine &&
      /^(?:convey|conveying|extend|extending|send|sending|give)$/.test(before[1]!) &&
      after(0) === 'to' &&
      (/^(?:please|kindly)$/.test(before[2]!) || !/^(?:the|all|everyone|both)$/.test(after(1) ?? ''))
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

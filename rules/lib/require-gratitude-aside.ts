// More words of thanks that do not thank the reader, for require-gratitude: sign-off lines ("Thanks
// and regards,"), thanks for a reply not yet given ("thanking you in anticipation"), thanks meant for
// someone else ("please thank Jo for me", "Mr. Bello sends his thanks", "thanks to Ms. Patel for
// referring me"), thanks put off ("I look forward to thanking you in person"), "thank God", "I
// appreciate you're busy" (an acknowledgement) and thanks the reader said, quoted back ("As you
// said, “thank you for coming all this way”").
import type { Sentence, Word } from '../../core/document.js'

// "Thanks,", "Thanks and regards,", "Thanks & Regards", "Many thanks and kind regards,", "Regards and
// thanks,", "Gratefully yours,", "Yours gratefully,", "Thanking you in anticipation,", "With gratitude,":
// a word of thanks (with "so much", "a lot", "in advance"…), optionally joined to a regards formula.
const SIGN_OFF =
  /^(?:(?:(?:many|with(?: many)?|again|big|huge) )?(?:thanks|thank you|thank u|thx|ta|cheers|thanking you|many thanks|with (?:(?:many|much|sincere|warm|warmest|deep|deepest|great|heartfelt|kind|best) )?(?:thanks|gratitude|appreciation)|again thanks)(?: (?:so|very) much| a (?:lot|million|bunch|ton|heap)| heaps| loads| again| once again| kindly| in advance| in anticipation| for everything| a lot again)?(?: (?:and|&|n) (?:(?:best|kind|kindest|warm|warmest|sincere|many|with|and) )*(?:regards|wishes|best|cheers|rgds))?|(?:(?:best|kind|kindest|warm|warmest|sincere|many|with|and) )*(?:regards|wishes|best|cheers|rgds) (?:and|&) (?:many )?thanks|(?:gratefully|thankfully|appreciatively)(?: yours)?|yours,? (?:gratefully|thankfully|appreciatively)|in gratitude)\s*[,.!]*$/i

/** Is `line` a sign-off such as "Thanks,", "Thanks and regards," or "Yours gratefully,"? */
export function isSignOffLine(line: string): boolean {
  return SIGN_OFF.test(line.trim().replace(/\s+/g, ' '))
}

const READER = /^(?:you|u|ya|yourself|everyone|everybody|all|both|y'all)$/
const REFERRAL =
  /^(?:referr(?:ing|ed|al)|recommend(?:ing|ed|ation)|introduc(?:ing|ed|tion)|connecting|putting|put|pointing|forwarding|passing|flagging|suggesting|nominating|vouching)$/

/**
 * Thanks in `words` at `i` (a hit `length` words long) that is not the writer thanking the reader
 * now: see the comment at the top of this file.
 */
export function asideThanks(sentence: Sentence, text: string, i: number, length: number): boolean {
  const words = sentence.words
  const at = (k: number) => words[k]?.lower ?? ''
  const head = at(i)
  const end = i + length
  // Thanks for what is yet to come: "Thanking you in anticipation", "Thanks ahead of time", "advance thanks".
  if (/^(?:thank|thanks|thanking|thx|grateful|thankful)$/.test(head)) {
    const k = /^(?:you|u)$/.test(at(end)) ? end + 1 : end
    if (at(k) === 'in' && /^(?:anticipation|advance)$/.test(at(k + 1))) return true
    if (at(k) === 'ahead' && at(k + 1) === 'of' && at(k + 2) === 'time') return true
    if (/^(?:beforehand|upfront)$/.test(at(k))) return true
  }
  if (head === 'thanks' && /^(?:advance|advanced)$/.test(at(i - 1))) return true
  // "Thankfully, the train was on time": fortunately, not thanks (but "Gratefully, I accept…" is rare).
  if (/^(?:thankfully|gratefully)$/.test(head) && i === 0 && !/^(?:i|we|yours)$/.test(at(1))) return true
  if (/^(?:thank|thanks)$/.test(head)) {
    // "Thank God the traffic cleared", "thank goodness", "thank heavens", "thank my lucky stars".
    if (
      /^(?:god|goodness|heavens?|lord|gosh|fate)$/.test(at(end)) ||
      (at(end) === 'my' && at(end + 1) === 'lucky')
    )
      return true
  }
  if (head === 'thank' || head === 'thanked') {
    const object = at(end)
    const toReader =
      READER.test(object) || (object === 'the' && /^(?:panel|team|committee)$/.test(at(end + 1)))
    // "Please thank Mrs. Ade for the coffee", "Do thank the receptionist for me", "Could you thank Jo".
    const before = at(i - 1)
    const asked =
      /^(?:please|pls|plz|kindly|do)$/.test(before) ||
      (before === 'you' && /^(?:could|would|can|will|might)$/.test(at(i - 2))) ||
      (before === 'please' && at(i - 2) === 'you')
    if (asked && !/^(?:you|u|me)$/.test(object)) return true
    // "I've already thanked Jo at the agency" reports thanks given to someone else.
    if (head === 'thanked' && !toReader && object !== '') return true
  }
  // Thanks put off: "I look forward to thanking you in person", "I hope to thank you properly one day".
  if (/^(?:thank|thanking)$/.test(head)) {
    if (at(i - 1) === 'to' && /^(?:forward|hope|hoping|plan|planning|chance|opportunity)$/.test(at(i - 2)))
      return true
    if (at(i - 1) === 'to' && at(i - 2) === 'forward') return true
  }
  // "I'll thank you properly when we next meet": thanks put off to a later day.
  if (head === 'thank' && /^(?:will|i'll|we'll|shall)$/.test(at(i - 1)))
    for (let k = end; k < words.length; k++)
      if (/^(?:properly|person|when|someday|later|soon|next|once|if)$/.test(at(k))) return true
  // "I forgot to thank the receptionist": thanks not given.
  if (
    /^(?:thank|thanking)$/.test(head) &&
    /^(?:to|about)$/.test(at(i - 1)) &&
    /^(?:forgot|forget|neglected|failed|meant)$/.test(at(i - 2))
  )
    return true
  // "It would mean a lot to hear back soon": a wish.
  if (/^mean/.test(head) && /^(?:would|will|could|might|it'd|that'd|'d)$/.test(at(i - 1))) return true
  // Someone else's thanks: "Mr. Bello sends his thanks", "my referee asked me to pass on her thanks".
  if (/^(?:thanks|gratitude|appreciation)$/.test(head) && /^(?:his|her|their)$/.test(at(i - 1))) return true
  // "My thanks go to the recruiter, Jade": thanks sent elsewhere (but "my thanks go to you and the panel").
  if (/^(?:thanks|gratitude|appreciation)$/.test(head) && /^(?:go|goes|went)$/.test(at(end))) {
    const to = at(end + 1) === 'out' ? end + 2 : end + 1
    const who = at(to) === 'to' ? at(to + 1) : 'you'
    if (!READER.test(who) && !(who === 'the' && /^(?:panel|team|committee|whole)$/.test(at(to + 2))))
      return true
  }
  // "Thanks to Ms. Patel for referring me", "grateful to my old manager for recommending me": the
  // referee, not the interviewer.
  const from =
    /^(?:thanks|grateful|thankful)$/.test(head) && at(end) === 'to' ? end + 1 : head === 'thank' ? end : -1
  if (from >= 0 && !READER.test(at(from))) {
    const k = words.findIndex((w, n) => n >= from && w.lower === 'for')
    // Only when someone other than the reader is named: "thank you for referring me to Mr. Obi" thanks.
    const named = (w: Word) =>
      (!READER.test(w.lower) && /^\p{Lu}/u.test(w.text)) || /^(?:my|our)$/.test(w.lower)
    if (k > from && k - from <= 6 && (REFERRAL.test(at(k + 1)) || REFERRAL.test(at(k + 2))))
      if (words.slice(from, k).some(named)) return true
  }
  // "I appreciate you're busy", "I appreciate how busy you must be", "I appreciate the process takes
  // time": an acknowledgement, not thanks (but "I appreciate you taking the time" thanks).
  if (/^appreciat/.test(head)) {
    const k = at(end) === 'that' ? end + 1 : end
    const w = at(k)
    const next = at(k + 1)
    if (w === 'how' && BUSY.test(next)) return true
    if (/^(?:you're|it's|there's|hiring|recruitment)$/.test(w) && !/ing$/.test(next)) return true
    if (
      /^(?:you|it|there|this|these|decisions)$/.test(w) &&
      /^(?:are|is|must|may|might|can|takes?)$/.test(next)
    )
      return !/ing$/.test(at(k + 2))
    if (
      w === 'the' &&
      /^(?:process|decision|search|timeline|team)$/.test(next) &&
      /^(?:is|are|may|must|might|can|takes?|will)$/.test(at(k + 2))
    )
      return true
  }
  return quotedSpeech(sentence, text, words[i]!)
}

const BUSY = /^(?:busy|hectic|stretched|full|difficult|hard|tough|demanding|long|packed)$/
const OPEN = /["“]/g
/** "As you said, “thank you for coming all this way”": someone else's words, quoted back. */
function quotedSpeech(sentence: Sentence, text: string, word: Word): boolean {
  const before = text.slice(sentence.start, word.start)
  const quotes = before.match(OPEN) ?? []
  const closes = (before.match(/[”]/g) ?? []).length
  const straight = (before.match(/"/g) ?? []).length
  const inside = straight % 2 === 1 || quotes.length - straight > closes
  if (!inside) return false
  // A reporting verb whose subject is not the writer: "you said", "as Jade put it", "she wrote".
  const words = sentence.words
  for (let k = 0; k < words.length; k++) {
    if (!/^(?:said|says|wrote|writes|told|tells|put|asked|mentioned|replied|added)$/.test(words[k]!.lower))
      continue
    const subject = words[k - 1]?.lower ?? ''
    if (subject !== 'i' && subject !== 'we' && subject !== 'to') return true
  }
  return false
}

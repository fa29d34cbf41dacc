// What kind of note is this? `kind` in frontmatter wins; otherwise the text decides, in order:
//  1. a reply to a rejection ("thank you for letting me know", "although I was not selected"), or
//     a "Re: … outcome" reply that thanks for the update or the news and answers no offer;
//  2. a second follow-up ("following up again", "my previous email", "I wrote last week");
//  3. a status inquiry (asks for an update / the timeline / the decision) that does not open by
//     thanking for the interview, or that does but says it comes later (`laterScore`: "it has been
//     two weeks", "I wanted to check in", "thank you again for meeting me on the 4th");
//  4. a thank-you note (thanks for the interview, the time, the conversation), unless a clear sign
//     says it comes days or weeks later (then a status inquiry);
//  otherwise unknown (rules that depend on kind stay quiet).
// Quoted text (`>` blocks) is not read, so a recruiter's earlier message never decides the kind.
// The phrase lists are in kind-phrases.ts, first note or later in kind-later.ts, what else a note
// does (meets, withdraws, answers an offer) in kind-facts.ts.
import type { Document } from './document.js'
import { answersOffer, anyHit, bodyOf, mentionsMeeting, withdraws } from './kind-facts.js'
import { laterScore, opensWithThanks, subjectLine } from './kind-later.js'
import {
  inquiry,
  OUTCOME_REPLY_SUBJECT,
  rejection,
  saysLater,
  second,
  thanks,
  thanksForNews,
} from './kind-phrases.js'
import { type Frontmatter, KINDS, type Kind } from './types.js'

// Rules and tests read these from here.
export { answersOffer, laterScore, mentionsMeeting, opensWithThanks, withdraws }

export function kindFromFrontmatter(fm: Frontmatter | null): Kind | null {
  const v = fm?.data?.kind
  return typeof v === 'string' && (KINDS as readonly string[]).includes(v) ? (v as Kind) : null
}

export function inferKind(doc: Document): Kind | null {
  const body = bodyOf(doc)
  if (anyHit(doc, rejection, body)) return 'after-rejection'
  if (OUTCOME_REPLY_SUBJECT.test(subjectLine(doc)) && anyHit(doc, thanksForNews, body) && !answersOffer(doc))
    return 'after-rejection'
  if (anyHit(doc, second, body)) return 'second-follow-up'
  const asks = anyHit(doc, inquiry, body)
  const thanksFirst = opensWithThanks(doc)
  if (asks && !thanksFirst) return 'status-inquiry'
  const thanked = anyHit(doc, thanks, body) || (asks && thanksFirst)
  if (asks || thanked) {
    // A note that thanks for the interview is a first thank-you unless it says it is later: one
    // clear sign or two hints when it also asks about the decision, a clear sign otherwise.
    const { score, clear } = laterScore(doc)
    if (asks && (score >= 2 || anyHit(doc, saysLater, doc.sentences))) return 'status-inquiry'
    if (!asks && clear) return 'status-inquiry'
  }
  if (thanked) return 'thank-you'
  if (asks) return 'status-inquiry'
  return null
}

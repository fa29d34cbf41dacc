// Kind inference on short notes: later notes that open by thanking again are not first thank-you
// notes, and a first note that asks about the decision still is one (the pushy case).
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../core/document.js'
import { inferKind, laterScore } from '../core/kind.js'
import type { Kind } from '../core/types.js'

const note = (body: string, subject = 'Product Designer role') =>
  `Subject: ${subject}\n\nDear Ms Rivera,\n\n${body}\n\nBest regards,\nSam Ortiz\n`

const cases: [string, string, Kind | null][] = [
  // Later notes that open by thanking again.
  [
    'elapsed weeks',
    note(
      'Thank you again for talking with me about the designer opening. It has been almost three weeks, and I would like to ask whether a decision has been made.',
    ),
    'status-inquiry',
  ],
  [
    'elapsed fortnight, no question word',
    note(
      "Thanks once more for the conversation about the onboarding flows. It's been a fortnight now, so I'm getting in touch to say I remain keen and can share more work if useful.",
    ),
    'status-inquiry',
  ],
  [
    'days have passed',
    note(
      'Thank you again for meeting me at the studio. Ten days have passed since then; is there any news about the next round?',
    ),
    'status-inquiry',
  ],
  [
    'wanted to check in',
    note(
      'Thank you for the interview about the designer post. I just wanted to check in and see if there is any update on timing.',
    ),
    'status-inquiry',
  ],
  [
    'again + a past date',
    note(
      'Thank you again for interviewing me on the 12th. Is there any news on the timeline for a decision?',
    ),
    'status-inquiry',
  ],
  [
    'last week + patience',
    note(
      'Thanks for last Thursday’s conversation about the design system. I realise these choices take a while, but could you share where things stand?',
    ),
    'status-inquiry',
  ],
  [
    'subject says following up + again',
    note(
      'Thank you again for your time and the tour of the office. Might you have any update on the role?',
      'Following up – Product Designer',
    ),
    'status-inquiry',
  ],
  [
    'a week ago, thanks in the middle',
    note(
      'I interviewed for the Product Designer role a week ago. Thank you again for the chance to meet the team. Could you tell me when you expect to decide?',
    ),
    'status-inquiry',
  ],
  // Second follow-ups.
  [
    'earlier note sent',
    note(
      'Thank you again for the interview on 3 May. I sent a brief email last week and wanted to ask once more whether the role is still open.',
    ),
    'second-follow-up',
  ],
  [
    'follow up once more',
    note(
      'Thanks for meeting with me about the designer role. I am following up once more to ask about your timing.',
    ),
    'second-follow-up',
  ],
  [
    'wrote at the start of the month',
    note(
      'I wrote at the start of the month about the Product Designer job and wondered whether there is any news.',
    ),
    'second-follow-up',
  ],
  // First thank-you notes, including those that ask about the decision (pushy, but still thank-you).
  [
    'plain first note',
    note(
      'Thank you for meeting with me today. I enjoyed hearing how your team tests prototypes with nurses.',
    ),
    'thank-you',
  ],
  [
    'pushy first note',
    note('Thank you for the interview this morning. When will I hear back about the job?'),
    'thank-you',
  ],
  [
    'pushy first note with again',
    note(
      'Thank you again for taking the time to speak with me yesterday. Can you tell me when you will make a decision? I need to know soon.',
    ),
    'thank-you',
  ],
  [
    'first note, thanks for receiving me yesterday',
    note(
      'Thank you very much for receiving me yesterday at the studio. By what date do you expect to decide?',
    ),
    'thank-you',
  ],
  [
    'first note with again, no time gone by',
    note(
      'Thank you again for the interview. I was glad to learn about the accessibility audit, and I am still very interested in the job.',
    ),
    'thank-you',
  ],
  [
    'first note that dates the meeting but asks nothing',
    note(
      'Thank you again for the interview on Tuesday the 4th. Our conversation about research repositories was a highlight of my week.',
    ),
    'thank-you',
  ],
  [
    'since our conversation, a first note',
    note(
      'Thank you for the interview. Since our conversation I have been reading about the checkout redesign you described.',
    ),
    'thank-you',
  ],
  [
    'writing today, first note',
    note(
      "I'm writing today to thank you for this afternoon's interview. I'd like to follow up on your question about usability testing with a short example.",
    ),
    'thank-you',
  ],
  // Not a note about an interview at all.
  ['posting question', note('Is the Product Designer posting open to applicants outside the EU?'), null],
  // A reply to a message about the outcome.
  [
    'Re: outcome, thanks for the update',
    note(
      'Thanks for the update, and for the interview last month. I have taken a job elsewhere, so the timing suits me too.',
      'Re: Site Supervisor – outcome',
    ),
    'after-rejection',
  ],
  [
    'Re: decision, no hard feelings',
    note(
      'No hard feelings at all. Meeting the depot team was a pleasure.',
      'RE: Decision on your application',
    ),
    'after-rejection',
  ],
  [
    'Re: outcome that is an offer',
    note(
      'Thank you for the update. I am delighted to accept and look forward to the paperwork.',
      'Re: Interview outcome',
    ),
    null,
  ],
  [
    'an outcome subject without Re: is a question',
    note(
      'Thank you again for the interview on the 2nd. Is there any update on the decision?',
      'Interview outcome?',
    ),
    'status-inquiry',
  ],
  [
    'Re: decision, thanks for telling me personally',
    note(
      'Thank you for taking the time to tell me personally. If a post closer to my background opens, I would be glad to hear from you.',
      'Re: Postdoctoral Fellow – decision',
    ),
    'after-rejection',
  ],
  [
    'asks for an update, weeks now',
    note(
      'Thank you again for the interview on 4 May. I am writing to ask for an update, as nobody has been in touch for five weeks now.',
    ),
    'status-inquiry',
  ],
  [
    'needs to know the decision',
    note('I had the interview with you on 2 October. I need to know your decision soon.'),
    'status-inquiry',
  ],
  [
    'elongated thanks',
    note('Thanks sooo much for the interview today, I loved the reading den.'),
    'thank-you',
  ],
  [
    'following up on points from the interview is a first note',
    note(
      'Thank you for meeting me on Thursday. I wanted to follow up on a few points we discussed, as I rushed them on the day.',
    ),
    'thank-you',
  ],
  [
    'thanks for today',
    note('Thanks a million for today, I really enjoyed meeting the depot crew.'),
    'thank-you',
  ],
  [
    'nice meeting you',
    note('Nice meeting you today at the Fordham Road store. The shipment nights you mentioned suit me.'),
    'thank-you',
  ],
  [
    'the post given to another candidate',
    note(
      'I received your message that the position has been given to another candidate. I wish the team well.',
    ),
    'after-rejection',
  ],
]

describe('inferKind on short notes', () => {
  for (const [name, text, kind] of cases)
    it(`${kind ?? 'none'}: ${name}`, () => expect(inferKind(parseDocument(text))).toBe(kind))
})

describe('laterScore', () => {
  it('is 0 when the note recalls a meeting of today', () => {
    const doc = parseDocument(
      note('Thank you again for this morning’s interview. It has been a long but lovely day.'),
    )
    expect(laterScore(doc).score).toBe(0)
  })
  it('names the signs it found', () => {
    const doc = parseDocument(
      note(
        'Thank you again for meeting me on the 3rd. It has been two weeks, and I understand these decisions take time.',
      ),
    )
    expect(laterScore(doc).signs.sort()).toEqual(['again', 'elapsed', 'pastDate', 'patience'])
    expect(laterScore(doc).clear).toBe(true)
  })
})

// require-specifics on whole notes: generic notes in disguise (the writer's own skills, stock phrases,
// the job title, figures that are not from the conversation) against short specific ones.
import { describe, expect, it } from 'vitest'
import { lint } from '../core/index.js'

const note = (body: string) =>
  `---\nkind: thank-you\nsubject: Thank you\n---\n\nDear Ms. Byrne,\n\n${body}\n\nKind regards,\nAlex Moran\n`
const flagged = (body: string) =>
  lint(note(body), { config: { rules: { 'require-specifics': 'warning' } } }).messages.some(
    (m) => m.ruleId === 'require-specifics',
  )

describe('require-specifics', () => {
  it.each([
    // The writer's own skills and tools are not from the interview.
    'Thank you for the interview. I bring strong skills in IFRS 15 and IFRS 16, and I have worked extensively with Sage 200 and NetSuite.',
    'Thank you for meeting me. I am an advanced Excel user (Power Query, pivot tables) and passionate about delivering results.',
    // Stock phrases, the job title and the event itself.
    'Thank you for the interview opportunity given to me yesterday for the post of Assistant Manager – HR. I look forward to hearing from you in due course.',
    'Thank you for inviting me to interview for the Year 2 teaching post. I enjoyed the day and all the exciting things happening at the school.',
    'Thank you for the assessment centre on Wednesday. It was a brilliant day.',
    // "We talked about" still needs something concrete after it.
    'Thank you for the interview. We talked about the role and the team, and I enjoyed it.',
    // The writer's own record, with nothing of the reader's in it.
    'Thank you for the interview yesterday. At Corvel I built a fraud scoring service handling 3,000 requests per second, and I published work on calibration at NeurIPS.',
    // Figures from the writer's search or pay, not the conversation.
    'Thank you for the interview. I have applied for over 140 jobs since graduating, and a salary of £32,000 would suit me.',
  ])('flags a generic note: %s', (body) => {
    expect(flagged(body)).toBe(true)
  })

  it.each([
    'Thank you for the interview. Your plan to move the repairs backlog into a single helpdesk stayed with me.',
    'Thank you for showing me the Year 9 mixed-attainment groups and the new practical assessments.',
    'Thank you for Tuesday. The £4m capital programme you described for the three depots is the kind of work I want to do.',
    'Thank you for the tour. Meeting Priya and hearing about the Q3 accessibility audit was the highlight.',
    'Thank you for the interview. At Corvel I built a streaming feature store much like the Flink pipeline you described.',
    // "We talked about X" at the head of a clause introduces X (one plain noun is enough).
    'Thank you for the interview. We talked about homeostasis, and I have been thinking about it since.',
    'Thank you for meeting me. We discussed the gearbox, which I would love to strip down with your team.',
    'Thank you for the interview on Wednesday. I enjoyed our conversation afterwards about photosynthesis.',
    'Thank you for the interview. Your suggestion of using a thermostat analogy was a good one.',
  ])('is silent on a specific note: %s', (body) => {
    expect(flagged(body)).toBe(false)
  })
})

// First note or a later one? A note that opens with thanks for the interview (`opensWithThanks`) is
// a first note unless it says it comes days or weeks later: `laterScore` weighs the signs of that.
import type { Document } from './document.js'
import { bodyOf, met } from './kind-facts.js'
import { FOLLOW_UP_ON_POINTS, thanks } from './kind-phrases.js'
import { PhraseMatcher } from './phrases.js'

const RECENT = new PhraseMatcher([
  {
    id: 'recent',
    patterns: ['=yesterday|=today|=tonight', 'this morning|afternoon|evening', 'earlier today'],
  },
])

const GRATEFUL = new PhraseMatcher([
  { id: 'grateful', patterns: ['=thank|=thanks =you? =very|=so? =much? =for'] },
])

/**
 * Does the note open (first three sentences after the greeting) the way a first note does: by
 * thanking for the interview, or by recalling a meeting that was yesterday or today ("I enjoyed our
 * conversation yesterday")?
 */
export function opensWithThanks(doc: Document): boolean {
  const greetingEnd = doc.structure.greeting?.end ?? 0
  const opening = bodyOf(doc)
    .filter((s) => s.end > greetingEnd)
    .slice(0, 3)
  for (const s of opening) {
    for (const hit of thanks.match(s)) {
      if (hit.entry.id === 'thanks') return true
      if (RECENT.match(s).length > 0) return true
    }
    // "Thank you very much for receiving me yesterday."
    if (GRATEFUL.match(s).length > 0 && RECENT_MEETING.match(s).length > 0) return true
  }
  return false
}

// Signs that a note comes days or weeks after the interview. Clear signs weigh 2, hints 1; a
// note that recalls a meeting of today or yesterday is a first note whatever else it says.
const DAYS = '=day|=days|=week|=weeks|=fortnight|=month|=months'
const COUNT =
  '=a|=an|=one|=two|=three|=four|=five|=six|=seven|=eight|=nine|=ten|=eleven|=twelve|=fifteen|=twenty|=thirty|=few|=couple|=several|=half|=many'
const WEEKDAYS = '=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday'
const MONTHS =
  'january|february|march|april|june|july|august|september|october|november|december|=jan|=feb|=mar|=apr|=jun|=jul|=aug|=sep|=sept|=oct|=nov|=dec'
const later = new PhraseMatcher([
  {
    // Time gone by, said in words: "it has been two weeks", "it's now been a little over ten days",
    // "a fortnight has passed", "it has been a while since we spoke".
    id: 'elapsed',
    patterns: [
      `=it|=it's|=its|=that =has|=is|=had? =now? =been ... ${COUNT} ${DAYS}`,
      `=it|=it's|=its|=that =has|=is|=had? =now? =been ... #num ${DAYS}`,
      "=it|=it's|=its =has? =now? =been =a =while|=little|=bit =since|=while",
      `${DAYS}|=time|=while =have|=has|=had =now? =passed|=gone|=elapsed`,
      `${DAYS} =since`,
      // "nobody has been in contact for more than five weeks now".
      `${COUNT} ${DAYS} =now`,
    ],
  },
  {
    // "The final round three weeks ago", "I interviewed a fortnight ago" — not "I applied a month ago".
    id: 'ago',
    patterns: [`${DAYS} =ago`],
    unless: [
      'apply|applied|application|post|posted|posting|start|started|began|graduate|graduated|move|moved|join|joined',
    ],
  },
  {
    // "Since we spoke", "since our interview on the 4th", "since I interviewed".
    id: 'since',
    patterns: [
      '=since =we|=i =last? =spoke|=met|=talked|=interviewed|=meet|=speak|=talk',
      '=since =our|=the|=my =interview|=interviews|=meeting|=conversation|=call|=chat|=discussion|=visit',
    ],
  },
  {
    // Said outright: "I wanted to follow up", "I'm writing to check in", "just touching base" — but
    // not following up on a point of the conversation ("to follow up on your question about…").
    id: 'followUp',
    patterns: [
      "=wanted|=want|=writing|=write|=thought|=like|=wished|=just|=am|=i'm|=quick|=brief|=short|=polite|=gentle|=friendly ... =follow|=following|=check|=checking|=touch|=touching =up|=in|=base",
      '=follow|=following|=check|=checking =up|=in =on|=about|=regarding =my =application|=candidacy|=interview',
    ],
    unless: [
      '=follow|=following =up =on|=with =your|=a|=the|=that|=one|=our =question|=questions|=point|=points|=idea|=ideas|=link|=thought|=thoughts|=sample|=request|=comment|=remark',
      // "I wanted to follow up on a few points we discussed".
      FOLLOW_UP_ON_POINTS,
      "=will|=i'll|=happy|=glad|=can|=could =to? =follow =up",
    ],
  },
])
const laterHint = new PhraseMatcher([
  {
    // "Thank you again for meeting me about the role" (first sentences only; see laterScore).
    id: 'again',
    patterns: [
      '=thank|=thanks =you? =once? =again',
      '=thank|=thanks =you? =once =more',
      '=again =for ... =interview|=interviewing|=time|=meeting|=speaking|=talking|=conversation',
    ],
  },
  {
    // The meeting has a date or a day in the past: "on the 4th", "on 2 June", "last Tuesday", "earlier
    // this month" (only in a sentence about the meeting).
    id: 'pastDate',
    patterns: [
      '=on =the? #num',
      `${MONTHS} #num`,
      `=last =week|=month|${WEEKDAYS}|${MONTHS}`,
      `=last =week's|=monday's|=tuesday's|=wednesday's|=thursday's|=friday's`,
      '=earlier =this|=last =week|=month',
      `=early|=late|=mid ${MONTHS}`,
    ],
  },
  {
    // "I understand these decisions take time", "I realise things take a while", "there's no rush".
    id: 'patience',
    patterns: [
      '=understand|=realise|=realize|=appreciate|=know|=imagine ... ... =take|=takes|=taking =time',
      '=understand|=realise|=realize|=appreciate|=know|=imagine ... ... =take|=takes|=taking =a =while',
      '=no =rush|=hurry|=pressure',
      "=don't|=do =not =need =an? =answer|=reply|=response",
      '=happy|=content|=willing =to =wait',
    ],
  },
  {
    // "I am still very interested", "the job is still the one I'm hoping for".
    id: 'still',
    patterns: ['=still =very? =much? =interested|=keen|=eager|=excited|=enthusiastic|=hoping|=hopeful'],
  },
])

// A meeting of today or yesterday: a first note.
const RECENT_MEETING = new PhraseMatcher([
  {
    id: 'recentMeeting',
    patterns: [
      "=yesterday|=today|=tonight|=yesterday's|=today's",
      'this|=earlier morning|afternoon|evening|today',
      "=this =morning's|=afternoon's",
    ],
    unless: [
      '=writing|=write|=emailing|=email|=contacting|=reaching =you? =today',
      '=today =to =ask|=follow|=check|=see',
    ],
  },
])

// Subject lines of later notes: "Following up – Deputy Manager position", "Checking in". Not
// "Interview follow-up" or "Following up on our call", which thank-you notes use.
const LATER_SUBJECT = /\b(?:following up|checking in|touching base|status|any (?:update|news)|update\?)/i
const FIRST_SUBJECT = /\b(?:thank|today|yesterday|morning|our (?:call|chat|conversation|meeting|discussion))/i

export function subjectLine(doc: Document): string {
  if (doc.structure.subject) return doc.structure.subject.value
  const m = doc.yaml ? /^subject:\s*(.*)$/im.exec(doc.yaml.value) : null
  return m?.[1] ?? ''
}

/**
 * How strongly does the note say it comes days or weeks after the interview? 0 when it recalls a
 * meeting of today or yesterday. `clear` is true when one sign alone says so (time gone by in
 * words, "since we spoke", "I wanted to follow up").
 */
export function laterScore(doc: Document): { score: number; clear: boolean; signs: string[] } {
  const body = bodyOf(doc)
  const greetingEnd = doc.structure.greeting?.end ?? 0
  const opening = body.filter((s) => s.end > greetingEnd).slice(0, 3)
  const seen = new Set<string>()
  for (const s of body) {
    const aboutMeeting = met.match(s).length > 0 || thanks.match(s).length > 0
    if (aboutMeeting && RECENT_MEETING.match(s).length > 0)
      return { score: 0, clear: false, signs: ['recent'] }
    for (const hit of later.match(s)) seen.add(hit.entry.id)
    for (const hit of laterHint.match(s)) {
      const id = hit.entry.id
      if (id === 'again' && !opening.includes(s)) continue
      if (id === 'pastDate' && !aboutMeeting) continue
      seen.add(id)
    }
  }
  const subject = subjectLine(doc)
  if (LATER_SUBJECT.test(subject) && !FIRST_SUBJECT.test(subject)) seen.add('subject')
  let score = 0
  let clear = false
  for (const id of seen) {
    const strong = id === 'elapsed' || id === 'ago' || id === 'followUp'
    score += strong ? 2 : 1
    clear ||= strong
  }
  return { score, clear, signs: [...seen] }
}

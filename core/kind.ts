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
import type { Document } from './document.js'
import { PhraseMatcher } from './phrases.js'
import { type Frontmatter, KINDS, type Kind } from './types.js'

const rejection = new PhraseMatcher([
  {
    id: 'rejection',
    patterns: [
      'not selected',
      'not been selected',
      'was not chosen',
      'not moving forward',
      'not move forward',
      'not to move forward',
      'move forward with another|other candidate',
      'moving forward with another|other candidate',
      'decided to go with another|other',
      'decided to pursue other',
      'filled the position|role',
      'letting me know about your decision',
      'for letting me know',
      'for informing me',
      'for the update on your decision',
      'disappointed by|with|about the news|decision|outcome',
      'disappointing news',
      'though i did not get',
      'even though i was not',
      'respect your decision',
      'understand your decision',
      'future opening|openings|opportunity|opportunities|role|roles|position|positions',
      'consider me for future',
      'keep me in mind',
      'keep my resume on file',
      // "a two-line form rejection", "went with a stronger internal candidate", "my application was
      // unsuccessful".
      '=rejection =email|=letter|=message|=note',
      '=form =rejection',
      'internal candidate',
      'my|the application|candidacy was|has|had been? unsuccessful',
      "=i =was|=wasn't|=am =unsuccessful",
    ],
  },
  {
    // "Thank you for your email letting me know the outcome" — unless the outcome is an offer.
    id: 'rejectionOutcome',
    patterns: ['letting|informing me know? the outcome'],
    unless: ['offer|offered|accept|accepting'],
  },
])

// A reply ("Re: …") to a message about the outcome or decision, which thanks for the update or
// the news: the writer is answering a decision. An offer answered the same way is not a rejection
// (`answersOffer`, and the offer's own words below).
const OUTCOME_REPLY_SUBJECT =
  /^\s*(?:re|aw|sv|fwd?)\s*:.*\b(?:outcome|decision|unsuccessful|regret|result)s?\b/i
const thanksForNews = new PhraseMatcher([
  {
    id: 'thanksForNews',
    patterns: [
      '=thank|=thanks|=grateful|=appreciate ... =the|=your =update|=news|=reply|=response|=decision|=message|=email',
      '=no =hard =feelings',
    ],
    unless: ['=offer|=offered|=accept|=accepting|=welcome|=onboarding|=start'],
  },
])

const second = new PhraseMatcher([
  {
    id: 'second',
    patterns: [
      'following up again',
      'follow up again',
      'checking in again',
      'reaching out again',
      'writing again',
      'my previous email|message|note',
      'my last email|message|note',
      'my earlier email|message|note',
      'my email from|of|on',
      'my follow-up from|of|on',
      'i wrote to you',
      'i reached out on|last',
      'i followed up',
      'second follow-up',
      'one more time',
      'one last time',
      'still have not heard',
      "still haven't heard",
      'have not heard back',
      "haven't heard back",
      'second message|email|note|follow-up',
      'third message|email|note|follow-up',
      'second|third time i ... written|reached|emailed|contacted|followed',
      'another follow-up',
      // "I wanted to follow up once more", "writing a second time".
      'follow|following|check|checking|write|writing|reach|reaching|touch|touching up|in|out|base|again? once more',
      'follow|following|check|checking|write|writing|reach|reaching up|in|out? a second|third time',
      '=writing =once =more',
    ],
  },
  {
    // An earlier follow-up the writer sent: "I sent a short note on the 17th", "I wrote two weeks
    // ago", "I emailed last week" — but not the thank-you note sent after the interview, and not a
    // report "I wrote last winter".
    id: 'secondEarlier',
    patterns: [
      '=i =sent|=emailed =you? =a|=an|=my =short|=brief|=quick? =note|=email|=message|=line|=follow-up',
      '=i =wrote|=emailed =you? =briefly? =on|=earlier|=previously|=before',
      '=i =wrote|=emailed =you? =briefly? =last =week|=month|=monday|=tuesday|=wednesday|=thursday|=friday',
      '=i =wrote|=emailed =you? =briefly? =at =the =end|=start|=beginning =of',
      '=i =wrote|=emailed =you? =briefly? ... =ago',
    ],
    unless: ['=thank-you|=thank|=thanks|=attached|=enclosed|=sample|=samples'],
  },
])

const inquiry = new PhraseMatcher([
  {
    id: 'inquiry',
    patterns: [
      'any update|updates|=news',
      'an update on|about|regarding',
      'status of my application|candidacy',
      'the current? status',
      'the timeline|timeframe',
      'the next step|steps in the process',
      'the hiring decision|process',
      'where things stand',
      'where you are in the process',
      'checking in on|about|regarding',
      'following up on|about|regarding my application|candidacy|interview',
      'follow up on|about|regarding my application|candidacy|interview',
      'have there been any',
      // "any further information on the decision" asks; "if you need any further information from me" offers.
      'any further information|news|updates on|about|regarding',
      'when i might hear|expect',
      '=expect|=expecting|=plan|=planning =to =decide|=choose',
      'decision has been made',
      'inquire about',
      'ask about the status',
      'touch|touching base',
      'check|checking in',
      'circle|circling back',
      'follow|following up',
      'reaching out to see|ask|inquire|check|follow',
      'wanted to see if|whether',
      'any word|progress',
      "=it|=it's|=its has|been ... week|weeks|days since",
      'since my interview|conversation|application',
      'reach|reached a decision',
      'a|any decision yet',
      'position|role|opening is? still open|available|unfilled',
      'expect to make|reach|announce a|the|your? decision',
      'come|came to a decision',
      'the|an outcome',
      'been filled',
      'still being|under|in consideration',
      'still in the running',
      'any movement',
      'sense of the|your? timing|timeline',
      // "I still haven't received an update", "have not yet heard back", "I need to know where I stand".
      "not|=haven't|=hasn't|=havent|=yet ... received|heard|gotten|got|had ... update|updates|=news|word|response|reply|answer|back|anything",
      'where i|we stand',
      // "I really need to know whether I've got it", "I was told I would hear back within a week",
      // "I am writing to ask about my application".
      "=whether|=if =i|=i've|=i'd =got|=get|=gotten|=been|=made|=was|=succeeded|=passed ... =job|=it|=role|=position|=post|=through|=successful|=selected|=shortlisted|=offered|=unsuccessful",
      "=told =i =would|=i'd|=we =would|=we'd =hear|=be",
      'ask|asking|enquire|enquiring|inquire|inquiring about|regarding|after my application|candidacy',
    ],
  },
])

const thanks = new PhraseMatcher([
  {
    id: 'thanks',
    patterns: [
      'thank you so|very? much|again? for ... interview|interviewing|time|meeting|conversation|chat|call|speaking|talking|opportunity|discussion|tour',
      'thanks|=thx|=ty so|very|a? much|again|lot|ton? for ... interview|interviewing|time|meeting|conversation|chat|call|speaking|talking|opportunity|discussion|tour',
      'thank you all|both for ... interview|interviewing|time|meeting|conversation|call|speaking|talking|opportunity|discussion|tour',
      'thank|thanks you? once more for ... interview|interviewing|time|meeting|conversation|chat|call|speaking|talking|opportunity|discussion|tour',
      'gift of your time',
      'grateful for ... interview|time|meeting|conversation|opportunity|discussion',
      'appreciate ... time|interview|meeting|conversation|opportunity',
      'appreciated ... time|interview|meeting|conversation|opportunity',
    ],
  },
  {
    // Pleasantries mark a note about the interview, but unlike thanks they open status inquiries too
    // ("It was great to meet you last month. Is there any update…?").
    id: 'pleasantry',
    patterns: [
      'enjoyed ... meeting|speaking|talking|interview|conversation|discussion|learning',
      'pleasure to meet|speak|talk|interview',
      'great to meet|speak|talk',
    ],
  },
])

// Signs that a note follows a meeting that has taken place: the interview, a meeting in the past
// tense or named with "our" / "the" / "my", a visit. "Would you be up for a quick call?" is not one.
const met = new PhraseMatcher([
  {
    id: 'met',
    patterns: [
      '=interviewed|=interviewer|=interviewers|=onsite',
      "our|the|my|yesterday's|today's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|week's|morning's|afternoon's meeting|meetings|conversation|conversations|call|chat|talk|discussion|visit|tour|walkthrough|panel|shadow|trial",
      '=met|=spoke|=talked|=visited|=toured|=chatted|=discussed|=shadowed',
      '=showed|=walked|=took me|us around|through',
      'for meeting|speaking|talking|chatting|having|hosting|showing|walking',
      'after|following|during|since meeting|speaking|talking|visiting',
      '=yesterday',
      // "I had a brilliant time at the studio": a visit that took place.
      'had|spent a great|brilliant|lovely|wonderful|fantastic|good|fun time at|with|in|on',
      'earlier today',
      'this morning|afternoon',
      // "After three rounds of interviews".
      'round|rounds of =interviews|=interview|=interviewing',
    ],
  },
  {
    // "The interview" — but not one still to come: "Re: Interview invitation", "Wednesday at 10 suits
    // me for the interview", "I confirm my attendance at the interview".
    id: 'interview',
    patterns: ['=interview'],
    unless: [
      '=interview =invitation|=invite|=request|=slot|=slots|=confirmation|=arrangements|=schedule',
      '=invitation|=invite|=invited|=inviting|=invites ... ... =interview',
      '=upcoming|=forthcoming|=scheduled|=rescheduled|=reschedule ... =interview',
      '=interview ... =tomorrow|=upcoming',
      '=suits|=suit|=works =me|=us|=well ... ... =interview',
      '=confirm|=confirming|=attend|=attending|=available ... ... =interview',
      '=prepare|=preparing|=ahead|=before ... =interview',
    ],
  },
  {
    // "It was lovely to meet you and Callum on Monday", "Good to meet you today", "Great speaking with
    // you" — but not "it would be great to meet the team next week".
    id: 'metPleasure',
    patterns: [
      'lovely|great|good|nice|wonderful|pleasure|brilliant|fantastic|delighted to? meet|speak|talk|chat',
    ],
    unless: [
      "would|=i'd|=it'd|will|could|can|may|might|hope|hoping|forward|soon",
      'next|tomorrow|upcoming|sometime|someday',
      'if you',
    ],
  },
  {
    // "Meeting the design team…", "Speaking with you on Tuesday…" — but not a wish for a meeting.
    id: 'metGerund',
    patterns: [
      '=meeting|=speaking|=talking|=chatting|=visiting|=touring|=interviewing',
      // Bare "visits" and "tours" are too often someone else's ("emergency visits"); "the tour" is in `met`.
      'conversation|conversations|discussion|discussions',
    ],
    unless: [
      'forward to',
      "would|=i'd|=we'd love|like|welcome|enjoy|appreciate",
      'hope|hoping to',
      'could|can|may we|you|i',
      'up for',
      'set|setting up',
      'schedule|scheduling|arrange|arranging|book|booking|request|requesting',
      'are you =free|=available|=open',
      'if you have',
    ],
  },
])

/**
 * Does the note speak of a meeting that took place (the interview, a call, a visit)? A note of unknown
 * kind that does is taken for the first note after an interview; one that does not (a question
 * about a posting, a networking message, a request for a call) is none of the four kinds.
 */
export function mentionsMeeting(doc: Document): boolean {
  return anyHit(doc, met, doc.sentences)
}

const withdrawal = new PhraseMatcher([
  {
    id: 'withdrawal',
    patterns: [
      'withdraw|withdrawing my|from ... application|candidacy|consideration|name|process|search',
      '=accepted|=accepting|=taken|=took another|a|an other|different? offer|position|role|job',
      'remove|removing me|my name from consideration|the process|your list',
      'no longer =pursuing|=seeking|=interested|=looking|=considering',
    ],
  },
])

/** Does the note withdraw from the process ("I have accepted another offer and withdraw…")? */
export function withdraws(doc: Document): boolean {
  return anyHit(doc, withdrawal, bodyOf(doc))
}

// Accepting or declining an offer the writer has received. "If I accept the offer", "before I
// decide whether to accept the role" are not answers yet.
const offerReply = new PhraseMatcher([
  {
    id: 'offerReply',
    patterns: [
      '=accept|=accepting|=decline|=declining ... =offer|=position|=role|=job|=post',
      '=formally|=gladly|=happily|=officially|=respectfully|=hereby =accept|=decline',
      '=pleased|=delighted|=thrilled|=happy|=glad|=excited|=honored|=honoured =to =accept',
      '=accept|=accepted =in =principle',
      '=turn|=turning =down =the|=your|=this =offer',
      '=signed =and? =returned? =the|=my =contract|=offer',
      // "I've signed and returned it this morning", "delighted to confirm that I accept".
      '=signed =and =returned',
      '=confirm =that? =i =accept|=will =accept',
      '=i =accept =the|=your|=this =offer|=position|=role|=job|=post',
    ],
    unless: [
      '=if|=whether|=once|=should|=until|=unless|=before =i|=we',
      '=whether =to',
      '=before =accepting|=deciding|=making',
      '=decide|=deciding|=considering|=weigh|=weighing',
      '=not =yet',
    ],
  },
])

/** Does the note answer an offer it has received, accepting or declining it? */
export function answersOffer(doc: Document): boolean {
  return anyHit(doc, offerReply, bodyOf(doc))
}

function anyHit(doc: Document, matcher: PhraseMatcher, sentences = doc.sentences): boolean {
  for (const s of sentences) if (matcher.match(s).length > 0) return true
  return false
}

export function kindFromFrontmatter(fm: Frontmatter | null): Kind | null {
  const v = fm?.data?.kind
  return typeof v === 'string' && (KINDS as readonly string[]).includes(v) ? (v as Kind) : null
}

const bodyOf = (doc: Document) => doc.sentences.filter((s) => s.start >= (doc.structure.subject?.end ?? 0))

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

// A note that opens by thanking and asks about the decision is a first thank-you (a pushy one) unless
// it says it is a later note: its subject line says "status inquiry", it is "writing to ask whether
// there is any news", or it thanks "again for interviewing me on 4 March".
const saysLater = new PhraseMatcher([
  {
    id: 'saysLater',
    patterns: [
      'status =inquiry|=enquiry|=update|=check',
      '=writing|=write =to =ask|=enquire|=inquire|=check|=see =whether|=if|=about',
      '=thank|=thanks =you? =again =for ... =on =the? #num',
      '=thank|=thanks =you? =again =for ... =last =week|=month|=monday|=tuesday|=wednesday|=thursday|=friday',
    ],
  },
])

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

function subjectLine(doc: Document): string {
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

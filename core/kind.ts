// What kind of note is this? `kind` in frontmatter wins; otherwise the text decides, in order:
//  1. a reply to a rejection ("thank you for letting me know", "although I was not selected");
//  2. a second follow-up ("following up again", "my previous email", "I wrote last week");
//  3. a status inquiry (asks for an update / the timeline / the decision) that does not open by
//     thanking for the interview;
//  4. a thank-you note (thanks for the interview, the time, the conversation);
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
    ],
  },
])

const inquiry = new PhraseMatcher([
  {
    id: 'inquiry',
    patterns: [
      'any update|updates|=news',
      'an update on|about|regarding',
      'status of my application|candidacy',
      'the status',
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

export function inferKind(doc: Document): Kind | null {
  const body = bodyOf(doc)
  if (anyHit(doc, rejection, body)) return 'after-rejection'
  if (anyHit(doc, second, body)) return 'second-follow-up'
  if (anyHit(doc, inquiry, body) && (!opensWithThanks(doc) || anyHit(doc, saysLater, doc.sentences)))
    return 'status-inquiry'
  if (anyHit(doc, thanks, body)) return 'thank-you'
  if (anyHit(doc, inquiry, body)) return 'status-inquiry'
  return null
}

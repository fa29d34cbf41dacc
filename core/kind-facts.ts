// What a note does besides being of a kind: speaks of a meeting that took place, withdraws from the
// process, answers an offer. Kind inference reads them, and the require-* rules use them to leave
// alone notes that are none of the four kinds. Also the two readers the kind modules share: the
// sentences after the subject line (`bodyOf`) and "does any of them match" (`anyHit`).
import type { Document } from './document.js'
import { PhraseMatcher } from './phrases.js'

// Signs that a note follows a meeting that has taken place: the interview, a meeting in the past
// tense or named with "our" / "the" / "my", a visit. "Would you be up for a quick call?" is not one.
export const met = new PhraseMatcher([
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

/** Does any of these sentences (by default, any of the note's) match? */
export function anyHit(doc: Document, matcher: PhraseMatcher, sentences = doc.sentences): boolean {
  for (const s of sentences) if (matcher.match(s).length > 0) return true
  return false
}

/** The note's sentences after its subject line. */
export const bodyOf = (doc: Document) =>
  doc.sentences.filter((s) => s.start >= (doc.structure.subject?.end ?? 0))

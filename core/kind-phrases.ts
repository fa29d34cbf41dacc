// The phrase lists that name a kind of note (kind.ts decides with them, in its order): a reply to a
// rejection, a second follow-up, a status inquiry, thanks for the interview, and a note that says it
// comes later than the first one.
import { PhraseMatcher } from './phrases.js'

export const rejection = new PhraseMatcher([
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
      // "the position has been given to another candidate".
      '=given|=offered|=awarded|=gone =to =another|=other =candidate|=applicant|=person',
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
export const OUTCOME_REPLY_SUBJECT =
  /^\s*(?:re|aw|sv|fwd?)\s*:.*\b(?:outcome|decision|unsuccessful|regret|result)s?\b/i
export const thanksForNews = new PhraseMatcher([
  {
    id: 'thanksForNews',
    patterns: [
      '=thank|=thanks|=grateful|=appreciate ... =the|=your =update|=news|=reply|=response|=decision|=message|=email',
      '=no =hard =feelings',
      // "Thank you for taking the time to tell me personally".
      '=thank|=thanks|=grateful|=appreciate ... ... =tell|=telling|=told|=letting|=informing =me',
    ],
    unless: ['=offer|=offered|=accept|=accepting|=welcome|=onboarding|=start'],
  },
])

export const second = new PhraseMatcher([
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

/** Following up on what was said, not on the decision: "I wanted to follow up on a few points". */
export const FOLLOW_UP_ON_POINTS =
  '=follow|=following =up =on =a =few|=couple =of? =points|=questions|=things|=topics|=items|=ideas'

export const inquiry = new PhraseMatcher([
  {
    id: 'inquiry',
    patterns: [
      'any update|updates|=news',
      'an update on|about|regarding',
      // "I am writing to ask for an update", "requesting an update".
      '=ask|=asking|=request|=requesting =for? =an =update',
      // "I need to know your decision", "to hear the outcome".
      '=know|=hear|=learn|=receive|=get =your|=the|=any =decision|=result|=results|=outcome',
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
    // Following up on what was said, not on the decision: "I wanted to follow up on a few points we
    // discussed", "to follow up on your question about the rota".
    unless: [
      FOLLOW_UP_ON_POINTS,
      '=follow|=following =up =on|=with =your|=our|=that|=the =question|=questions|=point|=points|=idea|=ideas|=thought|=thoughts|=comment|=remark',
    ],
  },
])

export const thanks = new PhraseMatcher([
  {
    id: 'thanks',
    patterns: [
      'thank you so|very|=soo|=sooo|=soooo? much|again? for ... interview|interviewing|time|meeting|conversation|chat|call|speaking|talking|opportunity|discussion|tour|sit-down|catch-up|trial|visit',
      'thanks|=thx|=ty so|very|=soo|=sooo|=soooo|a? much|again|lot|ton|=million? for ... interview|interviewing|time|meeting|conversation|chat|call|speaking|talking|opportunity|discussion|tour|sit-down|catch-up|trial|visit',
      // "Thanks a million for today", "thank you for yesterday".
      'thank|thanks|=thx you? so|very|a? much|lot|ton|=million? for =today|=yesterday|=earlier|=tonight',
      'thank|thanks|=thx you? so|very|a? much|lot|ton|=million? for =this =morning|=afternoon|=evening',
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
      // "Nice meeting u today", "lovely to meet you", "a pleasure speaking with you".
      '=nice|=lovely|=good|=great|=pleasure =meeting|=speaking|=talking|=chatting',
      '=nice|=lovely|=good =to =meet|=speak|=talk',
    ],
  },
])

// A note that opens by thanking and asks about the decision is a first thank-you (a pushy one) unless
// it says it is a later note: its subject line says "status inquiry", it is "writing to ask whether
// there is any news", or it thanks "again for interviewing me on 4 March".
export const saysLater = new PhraseMatcher([
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

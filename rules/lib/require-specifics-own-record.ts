// The writer's own record in a require-specifics sentence: skills, papers, schooling, service, past
// jobs, attachments, pay. Words it covers are never credited as details of the interview (ownRecord).
import type { Word } from '../../core/document.js'
import { BREAK, capital, FUNCTION, OWN, STOP_MARK } from './require-specifics-words.js'

/** Past actions that, after "I"/"we", describe the writer's own record. */
const OWN_ACTION =
  /^(?:built|led|ran|managed|designed|created|launched|shipped|delivered|reduced|cut|grew|increased|implemented|developed|wrote|migrated|moved|rebuilt|automated|introduced|owned|founded|trained|supervised|handled|processed|won|achieved|completed|oversaw|spearheaded|drove|published|finished|earned|graduated|worked|taught|presented|co-authored|placed|received|obtained|mentored|hold|held|served|studied|volunteered|passed|practised|practiced|specialised|specialized|gained|advised|coordinated|organised|organized|coached|prepared|compiled|produced|drafted|authored|stage-managed)$/
/** Words that tie a sentence to the reader or the conversation ("your team", "you described"). */
const READER =
  /^(?:you|your|you're|you've|yours|we've|discussed|mentioned|described|showed|explained|talked|spoke|interview)$/
const FIRST_PERSON = /^(?:i|i'm|i've|i'd|i'll|my|me|myself)$/
/** Pay: a sentence about salary or benefits names the writer's terms, not the interview. */
const PAY =
  /^(?:salary|salaries|compensation|remuneration|wage|wages|ote|ctc|bonus|bonuses|stipend|401k|pto|rsus?|payslip|paycheck)$/
/** Attachments: "I've attached my transcript", "please find enclosed", "I'm sending my portfolio". */
const ATTACH = /^(?:attach|attached|attaching|attachment|attachments|enclose|enclosed|enclosing)$/
const SEND = /^(?:send|sending|sent|forward|forwarding|include|included|including|share|sharing|shared)$/
/** "the notes you asked for", "the deck we discussed": an attachment the conversation asked for. */
const ASKED = /^(?:asked|requested|mentioned|discussed|suggested|wanted|needed|talked|covered|described)$/
/** Schooling, service and past jobs that open a clause about the writer: "a graduate of …". */
const SCHOOLING =
  /^(?:graduate|graduated|graduating|alumnus|alumna|alumni|studied|studying|majored|majoring|served|serving|volunteered|volunteering|interned|interning|enlisted|stationed|deployed|trained|qualified|certified|student|undergraduate|postgraduate|holder)$/
/** The writer's own circumstances (visa, relocation): "my work permit expires …, I will have to leave Canada". */
const CIRCUMSTANCE =
  /^(?:visa|visas|permit|permits|immigration|residency|sponsorship|citizenship|passport|relocate|relocating|relocation|deportation)$/
/** "As we discussed, …", "as I mentioned", "as you know from my CV": the writer recaps their own record. */
const RECAP = /^(?:discussed|mentioned|noted|said|know|saw|see|explained|touched|covered)$/
const CONTRAST = /^(?:but|yet|whereas|though|although)$/
const TENURE = /^(?:years?|months?|decades?|yrs)$/
const NUMBERISH =
  /^(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many|few|some)$/
const PAST_JOB = /^(?:current|previous|last|former|prior|old|present|recent)$/
/** "-ing" forms that, after "I've been" / "I'm", describe the writer's own work or study. */
const OWN_DOING =
  /^(?:building|leading|running|managing|designing|developing|completing|studying|volunteering|teaching|working|training|earning|pursuing|finishing|coaching|mentoring|supervising|practising|practicing)$/

/**
 * Where the writer talks about their own record rather than the interview. Whole sentences: past
 * work with nothing of the reader's in it ("At Corvel I built a fraud scoring service"), pay,
 * attachments. Rest of the sentence: "my skills in …", "I have worked with Sage 200", "I am
 * passionate about …". One clause: "After twelve years in the Marine Corps, …", "a graduate of
 * Middle East Technical University and …", "in my previous role at Corvel, …".
 */
export function ownRecord(words: Word[], sentenceStart: number, gapBefore: (i: number) => string) {
  const lower = words.map((w) => w.lower)
  const at = (i: number) => lower[i] ?? ''
  const firstPerson = lower.some((w) => FIRST_PERSON.test(w))
  let from = Number.POSITIVE_INFINITY
  const spans: Array<[number, number]> = []
  // "my side projects": words of the writer's own things, not counted, though a topic word there
  // ("my answer on the arbitration question") still introduces a topic.
  const owned: Array<[number, number]> = []
  // The clause from word i: up to the next punctuation mark or clause word ("… University and I am").
  const clause = (i: number) => {
    let j = i + 1
    while (j < words.length && !STOP_MARK.test(gapBefore(j)) && !BREAK(words[j])) j++
    spans.push([words[i]!.start, j < words.length ? words[j]!.start : Number.POSITIVE_INFINITY])
  }
  // The rest of the sentence from word i, up to a contrast ("…, but when Sister Moloi explained …").
  const rest = (i: number) => {
    let j = i + 1
    while (
      j < words.length &&
      !(/[;—–]/.test(gapBefore(j)) || (CONTRAST.test(at(j)) && /,/.test(gapBefore(j))))
    )
      j++
    spans.push([words[i]!.start, j < words.length ? words[j]!.start : Number.POSITIVE_INFINITY])
  }
  const readerAsked = lower.some(
    (w, i) => /^(?:you|we)$/.test(w) && [at(i + 1), at(i + 2)].some((n) => ASKED.test(n)),
  )
  // "I built …", "I have led …", "I've been building my SQL skills …", "I'm currently completing …".
  const pastWork = lower.some((w, i) => {
    if (!/^(?:i|we|i've|we've|i'm|i'd)$/.test(w)) return false
    let j = i + 1
    while (
      j < i + 4 &&
      /^(?:have|had|been|also|recently|previously|currently|already|just|since|am)$/.test(at(j))
    )
      j++
    const aux = j > i + 1 || /'(?:ve|m)$/.test(w)
    // "I have stage managed …", "I've project managed …": a noun before the past verb.
    if (aux && !FUNCTION(words[j]) && OWN_ACTION.test(at(j + 1))) return true
    return OWN_ACTION.test(at(j)) || (aux ? OWN_DOING.test(at(j)) : false)
  })
  // "I have spent the last eleven years in …", "I've spent five years covering …".
  const spentYears = lower.some(
    (w, i) => w === 'spent' && lower.slice(i + 1, i + 6).some((n) => TENURE.test(n)) && firstPerson,
  )
  // Words of a recap ("As we discussed, I led …") do not tie the sentence to the conversation.
  const recap = new Set<number>()
  lower.forEach((w, i) => {
    if (w !== 'as') return
    const k = /^(?:we|i|you)$/.test(at(i + 1)) ? i + 1 : i
    const v = [k + 1, k + 2].find((j) => RECAP.test(at(j)))
    if (v === undefined) return
    // Up to the comma: "As I mentioned on the call,", "As you know from my application,".
    let end = v + 1
    while (end < words.length && end < v + 8 && !STOP_MARK.test(gapBefore(end))) end++
    if (end >= words.length || end >= v + 8) end = v + 1
    for (let j = i; j < end; j++) recap.add(j)
  })
  const aboutTalk = lower.some(
    (w, i) =>
      !recap.has(i) && (READER.test(w) || /^(?:conversation|discussion|chat|talk|call|tour|visit)$/.test(w)),
  )
  if ((pastWork || spentYears) && !aboutTalk) from = sentenceStart
  if (firstPerson && !aboutTalk && lower.some((w) => CIRCUMSTANCE.test(w))) from = sentenceStart
  if (
    lower.some(
      (w, i) => PAY.test(w) || (w === 'pay' && /^(?:range|band|scale|rate|grade|structure)$/.test(at(i + 1))),
    )
  )
    from = sentenceStart
  const attaches = lower.some(
    (w, i) =>
      ATTACH.test(w) ||
      (w === 'find' && at(i - 1) === 'please') ||
      (SEND.test(w) && [at(i + 1), at(i + 2)].includes('my')),
  )
  // "You can also find sample modules in the zip file attached": the writer's, though no "I".
  const offered = lower.includes('please') || (lower.includes('find') && lower.some((w) => ATTACH.test(w)))
  if (attaches && (firstPerson || offered) && !readerAsked) from = sentenceStart
  const visit =
    aboutTalk || lower.some((w) => /^(?:today|yesterday|morning|afternoon|visit|tour|interview)$/.test(w))
  words.forEach((w, i) => {
    // "my skills in …", "my SQL and Python skills", "I bring strong skills in …", "years of experience".
    if (OWN(w)) {
      let my = -1
      for (
        let j = i - 1;
        j >= Math.max(0, i - 6) && !BREAK(words[j]) && !/[.;:!?]/.test(gapBefore(j + 1));
        j--
      )
        if (lower[j] === 'my') my = j
      const mine =
        my >= 0 ||
        [at(i - 1), at(i - 2), at(i - 3)].some((p) =>
          /^(?:i|i've|i'm|bring|have|am|hold|holder|earned|obtained|completed|possess)$/.test(p),
        )
      // "With a PhD in statistics", "as an MBA graduate", "holding a BSc in …".
      const article =
        /^(?:an?)$/.test(at(i - 1)) && /^(?:with|as|hold|holding|have|having|earned)$/.test(at(i - 2))
      if (my >= 0) rest(my)
      else if (article) clause(i - 2)
      else if (mine || /^(?:years|months) of$/.test(`${at(i - 2)} ${at(i - 1)}`)) rest(i)
    }
    // "I am passionate about building brands", "I am committed to reflective practice": the writer's own
    // interests, not the interview's.
    if (
      (/^(?:passion(?:ate)?|committed|dedicated|devoted)$/.test(w.lower) &&
        /^(?:am|i'm|my|been|always|deeply|very|truly|also|remain|fully)$/.test(at(i - 1))) ||
      (/^passion(?:ate)?$/.test(w.lower) && lower.slice(0, i).some((p) => /^(?:i|i'm|my|i've)$/.test(p)))
    )
      rest(i)
    // "I have worked extensively with Sage 200 and Xero", "I am an advanced Excel user".
    if (
      /^(?:worked|used|using|proficient|experienced|skilled|certified|qualified|fluent|trained|user)$/.test(
        w.lower,
      ) &&
      lower.slice(Math.max(0, i - 4), i).some((p) => /^(?:i|i've|i'm|have|am)$/.test(p))
    )
      rest(i)
    // "a post near our home in Quezon City", "my hometown of Leith": where the writer lives.
    if (/^(?:my|our)$/.test(at(i - 1)) && /^(?:home|hometown|house|flat|family|parents)$/.test(w.lower))
      clause(i - 1)
    if (!firstPerson) return
    // "a graduate of …", "I served in …", "after twelve years in the Marine Corps", "my time at …",
    // "in my previous role at …", "as a former …".
    const next = at(i + 1)
    const prep = /^(?:of|from|at|in|with|as|for|on)$/
    if (SCHOOLING.test(w.lower) && (prep.test(next) || prep.test(at(i + 2)))) {
      // From the article: "a 2024 graduate of …", "a proud alumna of …".
      const a = [i - 1, i - 2, i - 3, i - 4, i - 5, i - 6].find((j) => /^(?:a|an|my)$/.test(at(j)))
      // "a student at …" is the writer only when they say so: "I am a … student at", "as a holder of".
      const self = a !== undefined && (at(a) === 'my' || /^(?:am|i'm|as|was|being)$/.test(at(a - 1)))
      if (!/^(?:student|undergraduate|postgraduate|holder)$/.test(w.lower) || self) clause(a ?? i)
    } else if (
      TENURE.test(w.lower.replace(/'$/, '')) &&
      (prep.test(next) || /^experience$/.test(next) || /'$/.test(w.lower)) &&
      (NUMBERISH.test(at(i - 1)) || (at(i - 1) === 'of' && /^(?:couple|number)$/.test(at(i - 2)))) &&
      // "new nurses spend their first three months in …": someone else's time, not the writer's.
      ![at(i - 2), at(i - 3)].some((p) => /^(?:your|their|his|her)$/.test(p))
    )
      // "six years experience in …", "a couple of years on the tills at …".
      clause(at(i - 1) === 'of' ? i - 2 : i - 1)
    // "my time at the depot today" is the visit itself: only a time apart from the interview counts.
    else if (
      w.lower === 'my' &&
      (PAST_JOB.test(next) || next === 'years' || (/^(?:time|days)$/.test(next) && !visit))
    )
      clause(i)
    // "my side projects", "my portfolio": the writer's own things, up to a function word or a name.
    else if (w.lower === 'my') {
      let j = i + 1
      while (
        j < Math.min(words.length, i + 4) &&
        !FUNCTION(words[j]) &&
        !capital(words[j]!) &&
        !/ing$/.test(at(j)) &&
        !STOP_MARK.test(gapBefore(j))
      )
        j++
      if (j > i + 1) owned.push([words[i]!.start, words[j - 1]!.end])
    } else if (
      w.lower === 'as' &&
      /^(?:an?)$/.test(next) &&
      /^(?:former|recent|new|certified|qualified|licensed|registered|veteran|current|retired|trained|holder|graduate|student|chartered|practising|practicing)$/.test(
        at(i + 2),
      )
    )
      clause(i)
  })
  const inside = (pos: number, list: Array<[number, number]>) => list.some(([a, b]) => pos >= a && pos < b)
  return (pos: number, trigger = false) =>
    pos >= from || inside(pos, spans) || (!trigger && inside(pos, owned))
}

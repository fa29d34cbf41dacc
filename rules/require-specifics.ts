// A thank-you note must name something from the interview with a concrete referent. Scored from the
// structure of the body, not one keyword: proper nouns mid-sentence (not the recipient, the sender, the
// employer, a department or a job title, nor the writer's own record: skills, papers, schooling,
// service, past jobs, attachments, pay — see ownRecord), numbers that are not dates,
// times or lengths of time, the concrete words after "our discussion about …" / "hearing how …", and
// before "the … audit/backlog" / "… we talked about". Abstract and buzzword words (vision, values,
// journey, horizon), verbs and adverbs never count. Vocabulary lives in rules/data/require-specifics.yml.
import { z } from 'zod'
import { parseLine, type Sentence, type Word } from '../core/document.js'
import { fmString } from '../core/frontmatter.js'
import { answersOffer, withdraws } from '../core/kind.js'
import type { PhraseHit } from '../core/phrases.js'
import { defineRule } from '../core/rule.js'
import { KINDS } from '../core/types.js'
import { normalizeWord, stemOf } from '../core/words.js'
import { unicodeTest } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

const keyOf = (lower: string) => stemOf(lower.replace(/'s?$/, ''))
type Pred = (w: Word | undefined) => boolean
/** A word-list entry of the data file: `=word` matches exactly, other words by stem. */
function wordList(id: string): Pred {
  const keys = new Set<string>()
  for (const e of PHRASES['require-specifics'].entries.filter((x) => x.id === id))
    for (const p of e.patterns.flatMap((x) => x.split(/[\s|]+/)))
      keys.add(p.startsWith('=') ? `=${normalizeWord(p.slice(1))}` : keyOf(normalizeWord(p)))
  // The lists are asked about the same words many times per note: remember each answer.
  const known = new Map<string, boolean>()
  return (w) => {
    if (w === undefined) return false
    let yes = known.get(w.lower)
    if (yes === undefined) {
      yes = keys.has(`=${w.lower}`) || keys.has(keyOf(w.lower))
      if (known.size > 20_000) known.clear()
      known.set(w.lower, yes)
    }
    return yes
  }
}
const GENERIC_WORD = wordList('generic')
const ABSTRACT = wordList('abstract')
const GENERIC: Pred = (w) => GENERIC_WORD(w) || ABSTRACT(w)
const ROLE = wordList('roleNoun')
const TITLE = wordList('jobTitle')
const FUNCTION = wordList('function')
const CALENDAR = wordList('calendar')
const NOT_NAME = wordList('notName')
const BREAK = wordList('clauseBreak')
const VERB = wordList('verb')
/** Degrees written with dots ("B.Sc.", "Ph.D.", "LL.M.") count with the ownBackground list. */
const DEGREE = /^(?:[bm]\.(?:sc|ed|a|eng|com|tech|phil|s|des|mus|arch)|ph\.d|ll\.[bm]|ed\.d|d\.phil)$/
const OWN_WORD = wordList('ownBackground')
const OWN: Pred = (w) => w !== undefined && (OWN_WORD(w) || DEGREE.test(w.lower))
const CORPORATE = wordList('corporate')
const ORG = wordList('orgNoun')
const NOT_ADVERB = wordList('notAdverb')
const COMPANY_CONTEXT = /^(?:team|compan|career|work|everyon|peopl|staff|cultur|futur|colleagu|employe|join)/
/** The employer by its kind of workplace: "the kitchen at The Malabar House", "the shop at …". */
const WORKPLACE =
  /^(?:kitchen|kitchens|restaurant|hotel|shop|store|studio|office|offices|venue|nursery|salon|bakery|cafe|café|warehouse|depot|practice|firm|agency)$/
/** Vague hyphenated praise ("high-quality", "person-centred", "large-scale"): a quality, not a referent. */
const VAGUE_COMPOUND =
  /^(?:high|large|world|top|best|fast|well|long|short|cutting|state|hands|full|forward|decision|problem|values|purpose|mission)-|-(?:centred|centered|centric|focused|focussed|oriented|orientated|driven|led|first|informed|minded|quality|class|scale|level|standard|notch|paced|edge|art|term|rounded|based|making|solving|building|facing|wide)$/
const BRACKETS =
  /\[[^\]\n]{1,80}\](?!\()|\{\{?[^{}\n]{1,60}\}?\}|<[^<>\n]{1,60}>|\((?:insert|add|mention|enter|specific|your|the|fill)\b[^()\n]{0,80}\)|_{3,}/gi
const STOP_MARK = /[,;:.!?()[\]—–"“”]/
const THANKS = /^(?:thank|thanks|grateful|gratitude|appreciat|pleasure|enjoy)/
const MEETING =
  /^(?:interview|meet|met|conversation|convo|spoke|speak|talk|chat|call|time|panel|visit|tour|tasting|welcom|hosting|having|inviting|showing|shadow|trial)/
const WH = /^(?:how|what|why|whether|when|where|which)$/
const DETERMINER = /^(?:the|a|an|our|my|your|their|his|her|its|this|that|these|those|such|each)$/
/** Adverbs ("truly", "deeply") and verbs in the past ("confirmed", "came") are never a topic. */
const ADVERB = unicodeTest(/^[a-z]{3,}ly$/i, /^\p{L}{3,}ly$/u)
const PAST = unicodeTest(/^[a-z]{3,}(?:ed|ied)$/i, /^\p{L}{3,}(?:ed|ied)$/u)
const AUX = /^(?:would|could|will|can|should|might|must|may|shall|am|is|are|was|were|have|has|had|do|did|i)$/
const past = (w: Word) => PAST(w.lower) && !/(?:eed|hundred)$/.test(w.lower)
const verbish = (w: Word | undefined) => w !== undefined && (VERB(w) || AUX.test(w.lower) || past(w))
const DEPT =
  /^(?:team|teams|department|departments|dept|function|functions|division|divisions|org|crew|staff)$/
/** Topic words that name the writer's own work when "I" is their subject. */
const WORK_VERB =
  /^(?:solve|solving|build|building|design|designing|review|reviewing|work|working|test|testing)$/
const HABIT =
  /^(?:to|try|tries|aim|strive|always|usually|often|regularly|also|still|currently|typically|generally|normally|tend|do|can|really)$/
const NEUTRAL = "the team's current priorities"
/** Past actions that, after "I"/"we", describe the writer's own record. */
const OWN_ACTION =
  /^(?:built|led|ran|managed|designed|created|launched|shipped|delivered|reduced|cut|grew|increased|implemented|developed|wrote|migrated|moved|rebuilt|automated|introduced|owned|founded|trained|supervised|handled|processed|won|achieved|completed|oversaw|spearheaded|drove|published|finished|earned|graduated|worked|taught|presented|co-authored|placed|received|obtained|mentored|hold|held|served|studied|volunteered|passed|practised|practiced|specialised|specialized|gained|advised|coordinated|organised|organized|coached|prepared|compiled|produced|drafted|authored|stage-managed)$/
/** Words that tie a sentence to the reader or the conversation ("your team", "you described"). */
const READER =
  /^(?:you|your|you're|you've|yours|we've|discussed|mentioned|described|showed|explained|talked|spoke|interview)$/
/** Role nouns that also name a piece of work ("the commercial package program", "the Mersey Gateway
 * contract", "small commercial jobs"): a job only after a title or a career word ("the graduate scheme", "the Summer Analyst Program"). */
const SCHEME =
  /^(?:jobs|program|programs|programme|programmes|scheme|schemes|rotation|rotations|placement|placements|contract|contracts|assignment|assignments|cohort|intake|name|appointment|appointments)$/
const CAREER =
  /^(?:graduate|grad|trainee|apprentice|apprenticeship|intern|internship|residency|fellowship|rotational|leadership|management|development|training|early|careers?|summer|entry|entry-level|returnship|returner|placement|year|industrial|sandwich)$/
/** Counted things of the interview itself: "3 rounds", "the 2 other panellists", "4 questions". */
const INTERVIEW_COUNT =
  /^(?:rounds?|stages?|panell?ists?|interviewers?|panels?|members?|people|persons?|candidates?|questions?|calls?|meetings?|conversations?|sessions?|colleagues?|managers?)$/
/** Words after which "that"/"those" points back to a thing: "thinking about that glaze". */
const POINTING = /^(?:about|of|with|by|like|on|over|from)$/
const INSERT = 'I especially valued our discussion about '
const bareName = (w: Word) => w.lower.replace(/'s?$/, '')
const LETTERS3_OR_DIGIT = unicodeTest(/[a-z]{3}|\d/i, /\p{L}{3}|\d/u)
const ING = unicodeTest(/[a-z]{3}ing$/i, /\p{L}{3}ing$/u)
const PLURAL = unicodeTest(/[a-z]{3}s$/i, /\p{L}{3}s$/u)
const CAPITAL = unicodeTest(/^[A-Z]/, /^\p{Lu}/u)
const CAPITAL_OR_AMP = unicodeTest(/^[A-Z&]/, /^[\p{Lu}&]/u)
const NAME_TOKEN = unicodeTest(/^[([]?[A-Z][A-Za-z0-9'&.()/-]*$/, /^[([]?\p{Lu}[\p{L}\p{N}'&.()/-]*$/u)
/** An everyday word in capitals for emphasis ("BEAUTIFUL", "REALLY"), not an acronym ("NHS", "HIPAA"). */
const SHOUTED = (text: string) =>
  /^[A-Z]{4,}$/.test(text) && /(?:FUL|ING|LY|OUS|IVE|ABLE|IBLE|EST|ED|MENT|NESS|ANT|ENT)$/.test(text)
const CALENDAR_WORD =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?)$/
const calendarCompound = (w: Word) =>
  /[-/–]/.test(w.lower) && w.lower.split(/[-/–]/).every((p) => CALENDAR_WORD.test(p))
const capital = (w: Word) => CAPITAL(w.text)

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
function ownRecord(words: Word[], sentenceStart: number, gapBefore: (i: number) => string) {
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

interface Scope {
  text: string
  names: Set<string>
  skip: Array<[number, number]>
  hits: (sentences: readonly Sentence[]) => PhraseHit[]
}

/**
 * Count the specific details in `sentences` (words in `skip` ranges are not read), stopping once
 * `need` are found: a long note with a detail early on is not read to the end.
 */
function countSignals(scope: Scope, sentences: readonly Sentence[], need = Number.POSITIVE_INFINITY): number {
  const { text, names, skip } = scope
  const credited = new Set<number>()
  let score = 0
  const credit = (ws: Word[]) => {
    if (ws.length === 0 || ws.some((w) => credited.has(w.start))) return
    for (const w of ws) credited.add(w.start)
    score++
  }
  for (const s of sentences) {
    if (score >= need) break
    const words = s.words.filter((w) => !skip.some(([a, b]) => w.start >= a && w.start < b))
    const hits = scope.hits([s])
    const inTrigger = new Set(
      hits.filter((h) => h.entry.id === 'topic').flatMap((h) => h.words.map((w) => w.start)),
    )
    const gapBefore = (i: number) => text.slice(i > 0 ? words[i - 1]!.end : s.start, words[i]!.start)
    const roleAt = (i: number) => ROLE(words[i])
    // "the teaching position", "Junior Marketing Associate": words of a job title are not details.
    const isRole = (i: number) => {
      for (let j = i; j < Math.min(words.length, i + 4) && !FUNCTION(words[j]); j++)
        if (
          (roleAt(j) &&
            (!SCHEME.test(words[j]!.lower) ||
              words.slice(i, j).some((w) => CAREER.test(w.lower) || TITLE(w)))) ||
          (TITLE(words[j]) && capital(words[j]!) && capital(words[i]!))
        )
          return true
      // "the position of Firefighter", "as a Registered Nurse": a title, whatever its words.
      let k = i
      while (k > 0 && capital(words[k]!) && capital(words[k - 1]!)) k--
      const before = (n: number) => words[k - n]?.lower ?? ''
      if (
        capital(words[i]!) &&
        ((before(1) === 'of' && roleAt(k - 2)) || (/^an?$/.test(before(1)) && before(2) === 'as'))
      )
        return true
      return TITLE(words[i]) && capital(words[i]!)
    }
    // Dates and times are not details of the conversation: "Tuesday, November 18", "2:30 pm", "the 4th".
    // Nor are lengths of time ("6 years of experience", "our 45-minute call") or phone numbers.
    const dateNum = (i: number) =>
      CALENDAR(words[i - 1]) ||
      CALENDAR(words[i + 1]) ||
      /^\d+(?:st|nd|rd|th)$|^\d{1,2}[:./]\d\d?|^\d{1,2}(?:am|pm)$|\d{3}[-.]\d{3}|\+$/.test(words[i]!.lower) ||
      // "9-5", "10am-2pm", "9:30–4": a span of clock times.
      /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?[-–]\d{1,2}(?:[:.]\d\d)?(?:am|pm)?$/.test(words[i]!.lower) ||
      (/^(?:19|20)\d\d$/.test(words[i]!.lower) &&
        /^(?:in|since|by|from|until|of)$/.test(words[i - 1]?.lower ?? '')) ||
      (/^\d{1,2}$/.test(words[i]!.lower) && GENERIC(words[i + 1])) ||
      /^:\d|^\+/.test(text.slice(words[i]!.end)) ||
      // Money ("£32,000", "$85k") is pay, not a detail of the conversation.
      /[£$€¥]\s*$|\d,$/.test(text.slice(Math.max(0, words[i]!.start - 2), words[i]!.start)) ||
      /^(?:years?|yrs?)$/.test(words[i + 1]?.lower ?? '') ||
      // "our 45 min chat", "11 a.m.", "within 48 hrs": a length of time or a clock time.
      /^(?:mins?|minutes?|hrs?|hours?|h|secs?|seconds?|days?|weeks?|wks?|[ap]\.?m\.?)$/.test(
        words[i + 1]?.lower ?? '',
      ) ||
      // "the 2 other panellists", "3 rounds": the interview's own people and stages.
      INTERVIEW_COUNT.test(words[i + 1]?.lower ?? '') ||
      (/^(?:other|more|further|separate|different|additional)$/.test(words[i + 1]?.lower ?? '') &&
        INTERVIEW_COUNT.test(words[i + 2]?.lower ?? '')) ||
      (/^\d+-?(?:minutes?|min|hours?|hr)?$/.test(words[i]!.lower) &&
        MEETING.test(words[i + 1]?.lower ?? '')) ||
      // "over 140 jobs", "my third interview": the writer's search, not the interview.
      /^(?:jobs|applications|roles|positions|interviews|rejections|companies|employers)$/.test(
        words[i + 1]?.lower ?? '',
      ) ||
      // "the Year 2 teaching post", "Band 5 nurse": part of a job title.
      ROLE(words[i + 1]) ||
      ROLE(words[i + 2])
    const content = (i: number) => {
      const w = words[i]!
      if (mine(w.start)) return false
      if (
        FUNCTION(w) ||
        GENERIC(w) ||
        ROLE(w) ||
        TITLE(w) ||
        CALENDAR(w) ||
        NOT_NAME(w) ||
        inTrigger.has(w.start)
      )
        return false
      if ((/\d/.test(w.lower) && dateNum(i)) || names.has(bareName(w)) || !LETTERS3_OR_DIGIT(w.text))
        return false
      if (VERB(w) || (ADVERB(w.lower) && !NOT_ADVERB(w)) || (past(w) && !capital(w))) return false
      if (/^(?:me|us)$/.test(words[i + 1]?.lower ?? '')) return false // "inviting me", "showing us"
      // "high-quality, compassionate services", "person-centred values": praise, not a referent.
      if (VAGUE_COMPOUND.test(w.lower) || SHOUTED(w.text)) return false
      // "Mon-Fri", "Tues/Thurs": days, not details.
      if (calendarCompound(w)) return false
      // "the challenges facing the service", "the work your company handles": a verb after its subject.
      const prev = words[i - 1]
      // "the challenges your department is facing": a verb after its auxiliary.
      if (!capital(w) && ING(w.lower) && /^(?:is|are|was|were|be|been)$/.test(prev?.lower ?? '')) return false
      if (!capital(w) && GENERIC(prev) && !/'s?$/.test(prev!.lower)) {
        if (ING(w.lower)) return false
        if (
          PLURAL(w.lower) &&
          /^(?:your|our|their|the)$/.test(words[i - 2]?.lower ?? '') &&
          (i + 1 >= words.length || STOP_MARK.test(gapBefore(i + 1)) || FUNCTION(words[i + 1]))
        )
          return false
      }
      // "the studio's culture", "the agency's values": the employer, by a plain noun.
      if (!capital(w) && /'s$/.test(w.lower) && GENERIC(words[i + 1])) return false
      // "the analytics function", "your grantmaking team": a department by one plain word ("the
      // early supported discharge team", a longer name, still counts).
      if (!capital(w) && DEPT.test(words[i + 1]?.lower ?? '') && DETERMINER.test(words[i - 1]?.lower ?? ''))
        return false
      return !isRole(i)
    }
    // Proper nouns and acronyms mid-sentence; a run ending in (or followed by) a job word is a title.
    let run: number[] = []
    const flush = (next: number) => {
      const last = run.at(-1)
      // "the Phone Screen" (plain words) and ", Ana," (the reader, addressed by name) are not details.
      // "Dr Young", "Chef Grace": after an honorific, a plain word is a surname.
      const generic =
        !/^(?:mr|mrs|ms|mx|dr|prof|chef|sister|coach)\.?$/.test(words[run[0]! - 1]?.lower ?? '') &&
        run.every(
          (i) =>
            GENERIC(words[i]) ||
            FUNCTION(words[i]) ||
            MEETING.test(words[i]!.lower) ||
            VAGUE_COMPOUND.test(words[i]!.lower) ||
            SHOUTED(words[i]!.text),
        )
      const vocative =
        run.length === 1 &&
        /,\s*$/.test(gapBefore(run[0]!)) &&
        /^\s*[,.!?]/.test(text.slice(words[run[0]!]!.end))
      // "Charge Nurse Delgado", "Head Chef Marco Rossi": the person after the title is a detail.
      const lastTitle = run.findLastIndex((i) => roleAt(i) || TITLE(words[i]))
      const person = run.slice(lastTitle + 1)
      if (
        lastTitle >= 0 &&
        person.length > 0 &&
        /^\s+$/.test(gapBefore(person[0]!)) &&
        !roleAt(next) &&
        person.every((i) => !GENERIC(words[i]) && !ORG(words[i]) && !CORPORATE(words[i]))
      )
        run = person
      // "Assistant Manager – HR": a run with a job word in it is a title.
      if (
        last !== undefined &&
        !isRole(run[0]!) &&
        !generic &&
        !vocative &&
        !isRole(last) &&
        !roleAt(next) &&
        !run.some((i) => roleAt(i) || TITLE(words[i]))
      )
        credit(run.map((i) => words[i]!))
      run = []
    }
    // The writer's own record (skills, schooling, service, past jobs, attachments, pay) is not a
    // detail of the interview: words it covers are never credited.
    const mine = ownRecord(words, s.start, gapBefore)
    words.forEach((w, i) => {
      const initial = i === 0 || /[\n:"“‘(]|[.!?]\s/.test(gapBefore(i))
      const name =
        capital(w) &&
        !initial &&
        !NOT_NAME(w) &&
        !CALENDAR(w) &&
        !calendarCompound(w) &&
        !names.has(bareName(w))
      if (name && !mine(w.start)) run.push(i)
      else flush(i)
      // Numbers that are not dates or times: "Q3", "30%", "600 test cases", "2026".
      if (/\d/.test(w.lower) && !dateNum(i) && !names.has(w.lower) && !mine(w.start)) credit([w])
    })
    flush(words.length)
    // "…, that short rib glaze is unreal", "about those pallet labels you showed me": a thing pointed
    // back to, read from a clause-initial "that"/"those" up to its verb or the clause's end.
    words.forEach((w, i) => {
      if (!/^(?:that|those)$/.test(w.lower) || mine(w.start)) return
      if (!(i === 0 || /[,;:—–(]/.test(gapBefore(i)) || POINTING.test(words[i - 1]!.lower))) return
      const found: Word[] = []
      let j = i + 1
      for (; j < Math.min(words.length, i + 5) && !STOP_MARK.test(gapBefore(j)); j++) {
        // "that smoked celeriac purée was …": a participle before the noun is an adjective.
        const participle = past(words[j]!) && j + 1 < words.length && !FUNCTION(words[j + 1])
        if (FUNCTION(words[j]) || (verbish(words[j]) && !participle)) break
        if (content(j)) found.push(words[j]!)
      }
      const end = j >= words.length || STOP_MARK.test(gapBefore(j))
      if (found.length > 0 && (end || verbish(words[j]) || /^(?:you|we)$/.test(words[j]!.lower)))
        credit(found)
    })
    for (const hit of hits) {
      const at = words.findIndex((w) => w.start >= hit.end)
      const found: Word[] = []
      if (hit.entry.id === 'topic' && at >= 0 && !mine(hit.start, true)) {
        // The words after the trigger, up to a clause break: "our discussion about [the Kafka migration]".
        if (words[at]!.lower === 'to' && !hit.words.at(-1)!.lower.startsWith('to')) continue
        // A one-word trigger after a determiner is a noun, not a verb: "our meeting", "the values".
        const first = words.findIndex((w) => w.start === hit.start)
        if (hit.words.length === 1 && first > 0 && DETERMINER.test(words[first - 1]!.lower)) continue
        // "I try to design courses …", "I always build …", "I aim to review …": the writer's own habits.
        if (WORK_VERB.test(hit.words[0]!.lower)) {
          let j = first - 1
          while (j >= 0 && HABIT.test(words[j]!.lower)) j--
          if (j >= 0 && /^(?:i|i've|i'm|i'd)$/.test(words[j]!.lower)) continue
        }
        for (let i = at; i < Math.min(words.length, at + 10); i++) {
          // "your question on how I would quarantine flaky tests": the question asked, not a new clause.
          if (i === at + 1 && WH.test(words[at]!.lower) && /^(?:i|i'd)$/.test(words[i]!.lower)) continue
          // "… what I would do if a supplier shipped short": the case the question put.
          const asked = WH.test(words[at]!.lower) && /^(?:i|i'd)$/.test(words[at + 1]!.lower)
          if (
            (BREAK(words[i]) && !(asked && words[i]!.lower === 'if')) ||
            (i > at && STOP_MARK.test(gapBefore(i)))
          )
            break
          // "the conversation and came away …": a new clause begins.
          if (
            /^(?:and|or|but|then)$/.test(words[i]!.lower) &&
            (verbish(words[i + 1]) || (ADVERB(words[i + 1]?.lower ?? '') && verbish(words[i + 2])))
          )
            break
          if (content(i)) found.push(words[i]!)
        }
      }
      // "the [billing] migration", "the [paperless asset register] we talked about / you described".
      if (
        !mine(hit.start, true) &&
        (hit.entry.id === 'head' || hit.entry.id === 'relative' || /^(?:you|we)$/.test(hit.words[0]!.lower))
      ) {
        const first = words.findIndex((w) => w.start === hit.start)
        const reach = hit.entry.id === 'head' ? 3 : 4
        for (let i = first - 1; i >= Math.max(0, first - reach) && !FUNCTION(words[i]); i--)
          if (content(i)) found.push(words[i]!)
      } else if (hit.entry.id === 'specific' || hit.entry.id === 'custom') found.push(...hit.words)
      credit(found)
    }
  }
  return score
}

/**
 * A sign-off the structure did not recognise ("With deepest appreciation,\nIsabella Moretti"), or a
 * name on its own after the last paragraph: the last lines of short capitalised words.
 */
function looseSignOff(text: string, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let at = end
  for (let n = 0; n < 4; n++) {
    const from = text.lastIndexOf('\n', at - 1) + 1
    const line = text.slice(from, at).trim()
    if (!line || (out.length > 0 && /[.!?]["”’)]*$/.test(line))) return out
    // Contact lines under the name: "+91 94470 22815", "rahul@example.com".
    if (/^(?:[+(]?\d[\d\s().-]{6,}|[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+|(?:https?:\/\/|www\.)\S+)$/.test(line)) {
      out.push([from, at])
      at = from - 1
      continue
    }
    // "Pradeep Kumar N.": a final initial is part of the name, not the end of a sentence.
    const words = line.split(/\s+/)
    const bare = line.replace(/(?<=\s)\p{Lu}\.$/u, (m) => m.slice(0, 1))
    if (words.length <= 5 && /,$/.test(line) && !/[.!?]/.test(line)) return [...out, [from, at]]
    if (words.length > 4 || /[.!?:;,]$/.test(bare) || !words.every(CAPITAL_OR_AMP)) break
    out.push([from, at])
    at = from - 1
  }
  return []
}

/** A topic the subject line names ("… about the search rewrite"), if it reads as specific. */
function topicFromSubject(subject: string | undefined, scope: Scope): string | undefined {
  for (const m of (subject ?? '').matchAll(/\b(?:about|on|regarding|re|discussing)\s+|\s[-–—:|]\s*|:\s*/gi)) {
    let topic = subject!.slice(m.index + m[0].length).trim()
    // Drop closing punctuation by hand: /[.!?]+$/ backtracks quadratically on long runs.
    let cut = topic.length
    while (cut > 0 && '.!?'.includes(topic[cut - 1]!)) cut--
    topic = topic.slice(0, cut)
    if (!topic || /[[\]{}<>]/.test(topic)) continue
    const probe = parseLine(`${INSERT}${topic}.`)
    if (countSignals({ ...scope, text: probe.text, skip: [] }, probe.sentences, 1) === 0) continue
    const determiner = /^(?:the|a|an|our|your|my|their|its|this|that|how|what|why|when|where)\b/i.test(topic)
    return determiner || (/^\p{Lu}\p{Ll}/u.test(topic) && !/^Q\d/.test(topic)) ? topic : `the ${topic}`
  }
  return undefined
}

export default defineRule({
  id: 'require-specifics',
  description: 'Name something specific from the interview: a topic, project, person or idea.',
  rationale:
    'A note that could follow any interview reads as copy-paste boilerplate; naming a project, person or ' +
    'idea you discussed shows you were listening (seed 001: Avoid Generic or Copy-Paste Messages; Reference ' +
    'Key Interview Moments; seed 000: mention a specific part of the interview; seed 004: personalize it).',
  evidence: [
    '001 (Avoid Generic or Copy-Paste Messages)',
    '001 (Personalization Matters: Reference Key Interview Moments)',
    '000 (Crafting Your Follow-up: mention a specific part of the interview)',
    '004 (Personalize your follow-up)',
  ],
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    generic:
      'This note names nothing specific from the interview, so it reads like a copy-paste template. ' +
      'Mention a topic, project, person or idea you discussed (for example “our discussion about …”).',
  },
  options: z.strictObject({
    /** How many specific details the note needs. */
    minSignals: z.number().int().min(1).default(1),
    /** Which kinds of note are checked (an unknown kind counts as a thank-you when it opens by thanking). */
    kinds: z.array(z.enum(KINDS)).default(['thank-you']),
  }),
  phrases: PHRASES['require-specifics'],
  create(ctx) {
    const { text, doc, frontmatter, options } = ctx
    const { greeting, closing, signature } = doc.structure
    const skip: Array<[number, number]> = [...text.matchAll(BRACKETS)].map((m) => [
      m.index,
      m.index + m[0].length,
    ])
    for (const r of [greeting, closing, signature]) if (r) skip.push([r.start, r.end])
    if (!closing) skip.push(...looseSignOff(text, doc.blocks.at(-1)?.end ?? text.length))
    const body = ctx.prose.filter((s) => !(closing && s.start >= closing.start))
    // A greeting on the same line as the first sentence: "Hi Marco, thanks for the call."
    const head = body[0]?.words ?? []
    const comma = head.findIndex((w, i) => i < 6 && /^[\])}'"’]*,/.test(text.slice(w.end)))
    if (!greeting && comma >= 0 && /^(?:dear|hi|hello|hey|greetings|good)$/.test(head[0]!.lower))
      skip.push([head[0]!.start, head[comma]!.end + 1])
    const bodyWords = (s: Sentence) =>
      s.words.filter((w) => !skip.some(([a, b]) => w.start >= a && w.start < b))
    const first = body.find((s) => bodyWords(s).length > 0)
    if (!first) return
    // A note that answers an offer or withdraws is not a thank-you for the interview.
    if (ctx.kindSource !== 'frontmatter' && (answersOffer(doc) || withdraws(doc))) return

    // A status inquiry ("any update", "following up") is not a thank-you note; a question about the
    // timeline inside a note that opens by thanking for the interview does not make it one.
    const asks = ctx.findPhrases(body).map((h) => h.entry.id)
    const opening = body.slice(0, 3).flatMap(bodyWords)
    const subject = fmString(frontmatter, 'subject') ?? doc.structure.subject?.value ?? ''
    const subjectWords = subject.toLowerCase().split(/[^\p{L}']+/u)
    const said = [...opening.map((w) => w.lower), ...subjectWords]
    const opens = said.some((w) => THANKS.test(w)) && said.some((w) => MEETING.test(w))
    // A subject line that follows up ("IT Support Technician – checking in again") and names no meeting.
    const subjectDoc = parseLine(subject)
    const subjectAsks =
      !subjectWords.some((w) => MEETING.test(w)) &&
      ctx.findPhrases(subjectDoc.sentences).some((h) => h.entry.id === 'inquiry')
    const inquiry = asks.includes('inquiry') || subjectAsks || (asks.includes('question') && !opens)
    if (ctx.kind === null) {
      // A note of unknown kind that opens by recalling the interview is a first note after it.
      const recalls = opening.slice(0, 12).some((w) => MEETING.test(w.lower) && w.lower !== 'time')
      if (!options.kinds.includes('thank-you') || inquiry || !(opens || recalls)) return
    } else if (!options.kinds.includes(ctx.kind) || (ctx.kindSource === 'inferred' && inquiry)) return

    // Names that are not specifics: recipient, sender, company, role, and companies named in context
    // ("the role at Acme", "joining Acme").
    const names = new Set<string>()
    const addWords = (s: string | undefined) => {
      for (const w of (s ?? '').toLowerCase().split(/[^\p{L}\p{N}'-]+/u))
        if (w) names.add(w.replace(/'s?$/, ''))
    }
    for (const key of ['to', 'company', 'role']) addWords(fmString(frontmatter, key))
    // The role named in the subject line: "Thank you – Firefighter interview", "Re: Data Analyst role".
    const subjectTokens = subject.split(/\s+/)
    subjectTokens.forEach((t, i) => {
      if (!/^(?:interview|role|position|post|job|application|vacancy|opening|candidacy)\b/i.test(t)) return
      // "Assistant Professor (Computer Science & Engineering) interview": parentheses and "&" too.
      for (
        let j = i - 1;
        j >= Math.max(0, i - 7) &&
        (NAME_TOKEN(subjectTokens[j]!) || /^(?:&|and|of|[-–])$/.test(subjectTokens[j]!));
        j--
      )
        addWords(subjectTokens[j])
    })
    for (const [a, b] of skip) addWords(text.slice(a, b))
    for (const s of body) {
      s.words.forEach((w, i) => {
        const prev = s.words[i - 1]
        if (!prev || !capital(w) || NOT_NAME(w) || capital(prev)) return
        let j = i
        while (j < s.words.length && (CAPITAL(s.words[j]!.text) || s.words[j]!.text === '&')) j++
        const run = s.words.slice(i, j)
        // "Acme's values", "the Acme team", "the Marketing department", "Acme and its people".
        const next = s.words[j]
        const org =
          CORPORATE(run.at(-1)) ||
          (/'s$/.test(run.at(-1)!.lower) && GENERIC(next)) ||
          ORG(next) ||
          (next?.lower === 'and' && /^(?:its|their)$/.test(s.words[j + 1]?.lower ?? '')) ||
          // "learn more about St. Raphael Medical Center and the team": the employer and its people.
          (next?.lower === 'and' &&
            /^(?:about|of)$/.test(s.words[prev.lower === 'the' ? i - 2 : i - 1]?.lower ?? '') &&
            /^(?:the|your|its|their)$/.test(s.words[j + 1]?.lower ?? '') &&
            /^(?:team|teams|staff|people|crew|colleagues|workforce|employees)$/.test(
              s.words[j + 2]?.lower ?? '',
            ))
        // "the position of Assistant Librarian at (the) Rift Valley Institute", "joining the Harbour Trust".
        const k = prev.lower === 'the' ? i - 2 : i - 1
        const lead = s.words[k]?.lower ?? ''
        // "working with Priya" names a person; "working at Acme" the employer.
        const jobWord = (b: Word) =>
          ROLE(b) || (COMPANY_CONTEXT.test(keyOf(b.lower)) && !(lead === 'with' && /^work/.test(b.lower)))
        // Right before, or before a title: "the position of Assistant Librarian at …", "the Front
        // Office Supervisor position at the …" (not "help with the React Native rewrite").
        let t = k - 1
        while (t >= 0 && (capital(s.words[t]!) || /^(?:of|the|a|an)$/.test(s.words[t]!.lower))) t--
        const titled = s.words.slice(t + 1, k).some((b) => TITLE(b) || ROLE(b))
        const context =
          (prev.lower !== 'the' && s.words.slice(Math.max(0, i - 6), i - 1).some(jobWord)) ||
          (lead === 'at' && WORKPLACE.test(s.words[k - 1]?.lower ?? '')) ||
          (t >= 0 && jobWord(s.words[t]!)) ||
          titled
        // "the Department of Computer Science", "the Faculty of Law": a department by its name.
        const department =
          lead === 'of' &&
          /^(?:department|faculty|school|division|office|ministry|directorate|bureau)$/.test(
            s.words[k - 1]?.lower ?? '',
          )
        // "the Staff Nurse position in the ICU": where the job is, not a detail of the conversation.
        const placeOfJob = lead === 'in' && ROLE(s.words[k - 1])
        if (
          org ||
          department ||
          placeOfJob ||
          /^join/.test(lead) ||
          (['at', 'with', 'for'].includes(lead) && context)
        )
          for (const r of run) addWords(r.text)
        // "the Department of Estates and Facilities": the rest of the department's name.
        if (department)
          for (let m = j; /^(?:and|&|of)$/.test(s.words[m]?.text ?? '') && capital(s.words[m + 1]!); m += 2)
            addWords(s.words[m + 1]!.text)
      })
    }
    const scope: Scope = { text, names, skip, hits: (ss) => ctx.findPhrases(ss) }
    // In a template, a placeholder for the topic ("{{topic}}") is where the specific will go.
    const topicSlot = [...text.matchAll(BRACKETS)].some((m) => /topic|project|specific|detail/i.test(m[0]))
    if (
      (ctx.settings.template && topicSlot) ||
      countSignals(scope, body, options.minSignals) >= options.minSignals
    )
      return

    // Report the sentence that thanks (or the first one); offer a sentence naming a topic after it.
    const target = body.find((s) => bodyWords(s).some((w) => THANKS.test(w.lower))) ?? first
    const start = bodyWords(target)[0]!.start
    const topic = topicFromSubject(fmString(frontmatter, 'subject') ?? doc.structure.subject?.value, scope)
    const lead = /[.!?]["”’)]*$/.test(text.slice(start, target.end)) ? ' ' : '. '
    const snippetTopic = (topic ?? 'topic').replace(/[\\$}]/g, (c) => `\\${c}`)
    const edit = { start: target.end, end: target.end, text: `${lead}${INSERT}${topic ?? NEUTRAL}.` }
    const title = topic
      ? `Mention “${topic}” from the interview`
      : 'Add a sentence about a topic from the interview'
    const snippet = `${lead}${INSERT}\${1:${snippetTopic}}.`
    ctx.report({
      messageId: 'generic',
      start,
      end: target.end,
      suggest: [{ title, edits: [{ ...edit, snippet }] }],
    })
  },
})

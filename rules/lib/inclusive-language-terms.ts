// Terms of art for inclusive-language: established phrases in which a flagged word names no one
// ("mental health", "shop steward", "the Girls' under-12 squad"), skipped unless `strict` (termOfArt).

/** A note about sport or coaching: "sportsmanship" there is the value being taught. */
const SPORT =
  /\b(?:sports?|sporting|coach\w*|PE|physical education|teams?|squads?|players?|athletes?|matches|match|games?|league|club|fixtures?|tournaments?|referee\w*|football|soccer|rugby|hurling|camogie|hockey|netball|basketball|cricket|tennis|athletics|swimming|U-?\d{1,2}s?|under-\d{1,2}s?|pitch|season|seasons)\b/i

/** A note about children, a school or a children's ward: "girl"/"boy" there is a child. */
const CHILDREN =
  /\b(?:pupils?|students?|class|classes|classroom|lessons?|schools?|teach\w*|year \d{1,2}|grade \d{1,2}|kids?|child|children|children's|nursery|preschool|kindergarten|paediatric\w*|pediatric\w*|youth|U-?\d{1,2}s?|under-\d{1,2}s?|my (?:son|daughter))\b/i

// Established terms in which a flagged word names no one: "mental health", "dummy data", "shop
// steward", "blind review", "maternity leave". Skipped unless `strict` (the word alone still counts:
// "that was mental" is reported).
const TERMS_OF_ART: Array<{ word: RegExp; before?: RegExp; after?: RegExp; near?: RegExp }> = [
  {
    word: /^mental$/i,
    after:
      /^(?:health|illness|ill-health|wellbeing|well-being|capacity|load|models?|maths?|arithmetic|maps?|notes?|rehearsals?|images?|picture|checklists?|agility|toughness|resilience)\b/i,
  },
  // Software and brand names: "API test cases in Postman", "our Batman-themed…" are not descriptions of people.
  { word: /^Postman$/, before: /\b(?:in|with|using|via|from|to|into|and)\s+$/i },
  { word: /^Postman$/, after: /^(?:collections?|tests?|scripts?|workspaces?|API|environment)\b/i },
  {
    word: /^dummy$/i,
    after: /^(?:data|variables?|values?|runs?|accounts?|records?|loads?|tests?|entries)\b/i,
  },
  { word: /^stewards?$/i, before: /\b(?:shop|union|data|workplace)\s+$/i },
  // "one steward per site" in a note about union organising.
  { word: /^stewards?$/i, near: /\b(?:union|unions|ballot|shop floor|reps?|branch members)\b/i },
  {
    word: /^blind$/i,
    after:
      /^(?:review|reviewed|reviewing|marking|marked|screening|shortlisting|hiring|recruitment|test|tests)\b/i,
  },
  { word: /^blind$/i, before: /\b(?:double|single)-$/i },
  // An academic or funded fellowship: "the monthly fellowship amount", "a postdoctoral fellowship".
  {
    word: /^fellowships?$/i,
    near: /\b(?:postdoc\w*|post-doc\w*|doctoral|phd|research\w*|stipend|grant|funded|funding|award\w*|scholarship|university|institute|amount|programme|program|residency|clinical|academic|faculty|lab|laboratory)\b/i,
  },
  // A programme's name or the programme: "the Public Policy Fellowship", "keen on the fellowship".
  { word: /^Fellowships?$/, before: /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\s+$/u },
  { word: /^fellowships?$/i, before: /\b(?:the|this|your|a)\s+$/i },
  // The verb: "I'll pop in before the holidays", "pop over to the site".
  { word: /^pop$/i, after: /^(?:in|by|over|round|around|into|out|down|up|along|back|across)\b/i },
  // A clinical place or service: "the rehab gym", "the cardiac rehab team".
  {
    word: /^rehab$/i,
    after:
      /^(?:gym|unit|ward|centre|center|team|programmes?|programs?|services?|exercises?|plans?|sessions?|physio)\b/i,
  },
  { word: /^(?:maternity|paternity)$/i, after: /^(?:leave|pay|cover|allowance|policy|rights|benefits?)\b/i },
  // Clinical and public-health fields named for the mother or the birth: "a maternal health study",
  // "maternal mortality", "maternal-fetal medicine", "the maternity ward", "paternal age".
  {
    word: /^(?:maternal|paternal)$/i,
    after:
      /^(?:-\s*(?:fetal|foetal|infant|neonatal|newborn|child)\b|and\s+(?:child|infant|newborn|neonatal|perinatal|reproductive)\b|(?:and\s+\w+\s+)?(?:health|healthcare|care|mortality|morbidity|outcomes?|nutrition|medicine|wellbeing|well-being|mental|depression|anaemia|anemia|age|smoking|obesity|diabetes|cohorts?|studies|study|data|deaths?|services?|serum|blood|antibod\w*|lineage|line|grandmother|grandfather|relatives?|side|inheritance|genes?|alleles?|dna|effects?|behaviou?r|immunity|vaccination|sepsis|haemorrhage|hemorrhage|complications?)\b)/i,
  },
  {
    word: /^maternity$/i,
    after:
      /^(?:ward|wards|unit|units|services?|care|hospital|department|nurse|nurses|team|clinic|triage|theatre|staff|notes)\b/i,
  },
  // Fair play in sport, the value coaches teach and clubs give awards for: "sportsmanship should
  // be coached as seriously as skills", "the league's sportsmanship award".
  { word: /^sportsmanship$/i, after: /^(?:awards?|prizes?|trophy|trophies|medals?|cups?|shields?)\b/i },
  { word: /^sportsmanship$/i, near: SPORT },
  // A real child or pupil: "the Year 9 girl who spotted it", "a seven-year-old boy on the ward",
  // "the girls' under-12 squad". Words for adults ("the girls in the office") still count.
  { word: /^(?:girls?|boys?)$/i, before: /\b(?:year|grade|form|class|p|y)\s*\d{1,2}\s+$/i },
  { word: /^(?:girls?|boys?)$/i, before: /\b(?:\w+-year-old|teenage|little|young|baby|newborn|school)\s+$/i },
  { word: /^(?:girls?|boys?)$/i, near: CHILDREN },
  // The writer's own children: "raising my two boys alone", "our girls".
  { word: /^(?:girls?|boys?)$/i, before: /\b(?:my|our)\s+(?:\w+\s+)?$/i },
  // Organisation names: "Girl Guides", "Boy Scouts", "Boys' Brigade".
  { word: /^(?:Girls?|Boys?)$/, after: /^(?:'|’)?\s*(?:Guides?|Scouts?|Brigade|Grammar|High|School)\b/ },
  // Part of a proper name: "King's College London", "the Prince's Trust", "Queen Mary University".
  { word: /^(?:Kings?|Queens?|Princes?|Princess|Lady|Ladies)(?:['’]s?)?$/, after: /^\p{Lu}/u },
  // The statutory office, not a description of a man: "the Financial Ombudsman Service".
  { word: /^Ombudsman$/ },
  {
    word: /^ombudsman$/i,
    before: /\b(?:financial|parliamentary|health|pensions?|housing|legal|energy|local government|the)\s+$/i,
  },
  { word: /^ombudsman$/i, after: /^(?:service|scheme|office|complaints?|cases?|referrals?|decisions?)\b/i },
  // Slang praise or a harsh thing, not people: "it was savage", "savage deadlines", "savage cuts".
  {
    word: /^savage$/i,
    before:
      /\b(?:it|that|this|which)(?:\s+(?:was|is|were)|['’]s)\s+(?:(?:absolutely|pure|just|so|really|pretty)\s+)?$/i,
  },
  {
    word: /^savage$/i,
    after:
      /^(?:cuts?|deadlines?|workloads?|pace|hills?|weather|commute|traffic|reviews?|critiques?|feedback|wit|humou?r|craic|day|week|rush|competition)\b/i,
  },
]

export function termOfArt(text: string, start: number, end: number): boolean {
  const actual = text.slice(start, end)
  const before = text.slice(Math.max(0, start - 20), start)
  const after = text.slice(end, end + 30).replace(/^\s+/, '')
  return TERMS_OF_ART.some(
    (t) =>
      t.word.test(actual) &&
      (!t.before || t.before.test(before)) &&
      (!t.after || t.after.test(after)) &&
      (!t.near || t.near.test(text.slice(Math.max(0, start - 300), end + 300))),
  )
}

// An adapter over retext-equality: its findings become our messages, its alternatives suggestions.
// The plugin's transformer (and its phrase index) is created once at load, not per document.

import type { Root as NlcstRoot, Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEquality from 'retext-equality'
import { VFile } from 'vfile'
import { z } from 'zod'
import { defineRule } from '../core/rule.js'
import { matchCase } from './lib/util.js'

// Words retext-equality flags that, in a follow-up note, are nearly always ordinary usage: hedges
// ("just", "simply", "of course"), pronouns for a named person, family words, degrees ("master's"),
// titles ("host", "fellow"). Flagging them buried the findings that matter ("chairman", "manpower",
// "you guys", "crazy"). `strict: true` brings them back.
const LOW_SIGNAL = [
  'just',
  'easy',
  'easily',
  'simple',
  'simply',
  'clearly',
  'obvious',
  'obviously',
  'basically',
  'of course',
  'everyone knows',
  'he',
  'she',
  "he'd",
  "she'd",
  "he'll",
  "she'll",
  "he's",
  "she's",
  'her',
  'hers',
  'him',
  'his',
  'mother',
  'father',
  'mothers',
  'fathers',
  // Titles for a named reader ("Dear Mrs. Patel"): use the one they use.
  'mrs.',
  'miss.',
  'mom',
  'mum',
  'dad',
  'mama',
  'papa',
  'son',
  'daughter',
  'sister',
  'brother',
  'wife',
  'husband',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  // Possessives are searched without the apostrophe: "my brother's" is looked up as "brothers".
  'moms',
  'mums',
  'dads',
  'sons',
  'daughters',
  'sisters',
  'brothers',
  'wives',
  'husbands',
  'grandmothers',
  'grandfathers',
  // "the Lord", "the Lord's prayer": religious usage or a peer's title, not a job title to neutralise.
  'lord',
  'lords',
  'woman',
  'women',
  'man',
  'men',
  'gentleman',
  'gentlemen',
  'fellow',
  'host',
  'hostess',
  'master',
  'masters',
  'landlord',
  'landlady',
  'special',
  'bi',
  'asylum',
  // "Actor" names performers of any gender in today's theatre and film.
  'actor',
  'actors',
  // A process or a form described, not a reader talked down to ("the onboarding was straightforward").
  'straightforward',
  'straightforwardly',
  'straight forward',
  // Professions and standing terms whose holders use them: a registered midwife, a graduate of the
  // school (alumni), a US first-year student (freshman), a licensed trade grade (journeyman electrician).
  'midwife',
  'midwives',
  'alumnus',
  'alumna',
  'alumni',
  'alumnae',
  'freshman',
  'journeyman',
  // The language one grew up with, as many writers of English as a second language say it.
  'mother tongue',
  // Praise of work, not of a man: "a masterpiece", "the master plan" (`master` itself is above).
  'masterpiece',
  'masterful',
  'mastermind',
  'master plan',
  'masterplan',
  'masterstroke',
  // Everyday senses a follow-up note uses: "an invalid date", "hang on to my portfolio", "the
  // crew were heroes", "I won't moan about the commute"; and identity-first "disabled students",
  // the form many disabled people prefer.
  'invalid',
  'hang',
  'hero',
  'heroes',
  'heroine',
  'moan',
  'moaning',
  'disabled',
]

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

function termOfArt(text: string, start: number, end: number): boolean {
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

type Transformer = (tree: unknown, file: VFile) => void
type Candidates = Map<string, Array<{ phrase: string; rest: string[] }>>

// Lower case, curly apostrophe straightened, then hyphens and apostrophes dropped: the loosest of
// the two ways retext-equality normalizes a word (it keeps apostrophes for some phrases), so two
// words it calls equal are also equal here.
function loose(word: string): string {
  return word.toLowerCase().replace(/[-'’]/g, '')
}

const factory = retextEquality as unknown as (options: object) => Transformer

// The plugin checks each of its phrases against `ignore` with `includes`; answering that call is how
// we read its phrase list (it exports no other way) and how we hand it only the phrases we need.
function transformer(keep: (phrase: string) => boolean, seen?: string[]): Transformer {
  return factory({
    ignore: {
      includes(phrase: string) {
        seen?.push(phrase)
        return !keep(phrase)
      },
    },
  })
}

/**
 * First word of each active phrase → the phrases starting with it; undefined if no sound index.
 * Kept per ignore list (one list per rule setting: see ignoreFor).
 */
const indexes = new WeakMap<readonly string[], Candidates | undefined>()

function indexFor(ignore: readonly string[]): Candidates | undefined {
  if (indexes.has(ignore)) return indexes.get(ignore)
  const seen: string[] = []
  transformer(() => true, seen)
  const skip = new Set(ignore)
  let index: Candidates | undefined = new Map()
  for (const phrase of seen) {
    if (skip.has(phrase)) continue
    const [first = '', ...rest] = phrase.split(' ').map(loose)
    // A phrase that starts with a wildcard could start anywhere: no index can be sound then.
    if (first === '*' || first === '') {
      index = undefined
      break
    }
    const list = index.get(first) ?? []
    list.push({ phrase, rest })
    index.set(first, list)
  }
  // If a later version of the plugin stops asking, run it with every phrase (slower, same findings).
  if (seen.length === 0) index = undefined
  indexes.set(ignore, index)
  return index
}

// The phrases that may match in this sentence, added to `found`. A phrase matches words separated
// only by white space, the way nlcst-search walks siblings; anything else between words breaks the
// run. Looser than the plugin (no literal or case checks), so nothing it would flag is missed.
function collect(sentence: Sentence, index: Candidates, found: Set<string>): boolean {
  const words: (string | undefined)[] = []
  for (const node of sentence.children) {
    if (node.type === 'WordNode') words.push(loose(nlcstToString(node)))
    else if (node.type !== 'WhiteSpaceNode') words.push(undefined)
  }
  let any = false
  for (let i = 0; i < words.length; i++) {
    const first = words[i]
    const candidates = first === undefined ? undefined : index.get(first)
    if (!candidates) continue
    for (const { phrase, rest } of candidates) {
      let ok = true
      for (let j = 0; j < rest.length && ok; j++) {
        const w = words[i + 1 + j]
        ok = w !== undefined && (rest[j] === '*' || rest[j] === w)
      }
      if (ok) {
        found.add(phrase)
        any = true
      }
    }
  }
  return any
}

// retext-equality indexes all of its ~900 phrases for every paragraph it visits, then walks every
// word. Its matches never cross a sentence, so it is run on one sentence at a time, only where a
// phrase may match, with only those phrases: the same findings (checked against the plain plugin in
// test/inclusive-language.test.ts) for a fraction of the work, and none at all for most notes. With a
// LintCache (the language server), a sentence's findings are kept by its text.
const narrowed = new Map<string, Transformer>()

interface Finding {
  start: number
  end: number
  expected: string[]
}

function findIn(
  sentence: Sentence,
  phrases: ReadonlySet<string> | undefined,
  skip: ReadonlySet<string>,
): Finding[] {
  const tree: NlcstRoot = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [sentence] }] }
  const key = phrases ? [...phrases].sort().join('\n') : `all\n${[...skip].join('\n')}`
  let transform = narrowed.get(key)
  if (!transform) {
    transform = transformer(phrases ? (p) => phrases.has(p) : (p) => !skip.has(p))
    if (narrowed.size > 200) narrowed.clear()
    narrowed.set(key, transform)
  }
  const file = new VFile()
  // Its findings are VFileMessages, which are Errors: capturing a stack trace for each costs more
  // than finding it, and nobody reads those stacks.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    transform(tree, file)
  } finally {
    Error.stackTraceLimit = limit
  }
  const out: Finding[] = []
  for (const m of file.messages) {
    const place = m.place && 'start' in m.place ? m.place : undefined
    if (place?.start.offset === undefined || place.end.offset === undefined) continue
    const expected = ((m as { expected?: string[] }).expected ?? []).filter(Boolean).slice(0, 3)
    out.push({ start: place.start.offset, end: place.end.offset, expected })
  }
  return out
}

/** Findings in the natural-language tree, with offsets into the text without byte-order marks. */
function run(
  root: NlcstRoot,
  source: string,
  ignore: IgnoreList,
  memo: <T>(key: string, compute: () => T) => T,
): Finding[] {
  const index = indexFor(ignore.list)
  const out: Finding[] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const from = child.position?.start.offset
      const to = child.position?.end.offset
      if (from === undefined || to === undefined) continue
      const compute = (): Finding[] => {
        const phrases = new Set<string>()
        if (index && !collect(child, index, phrases)) return []
        return findIn(child, index ? phrases : undefined, ignore.skip).map((f) => ({
          ...f,
          start: f.start - from,
          end: f.end - from,
        }))
      }
      // Findings depend only on the sentence's text (and the ignore list): kept relative to it.
      for (const f of memo(`${ignore.key}\u0000${source.slice(from, to)}`, compute))
        out.push({ ...f, start: f.start + from, end: f.end + from })
    }
  }
  return out
}

interface IgnoreList {
  list: string[]
  skip: Set<string>
  key: string
}

/** The ignore list for a rule setting (options objects are parsed once and reused by the engine). */
const ignoreLists = new WeakMap<object, IgnoreList>()

function ignoreFor(options: { ignore: string[]; strict: boolean }): IgnoreList {
  let found = ignoreLists.get(options)
  if (!found) {
    const list = options.strict ? options.ignore : [...LOW_SIGNAL, ...options.ignore]
    found = { list, skip: new Set(list), key: list.join('\n') }
    ignoreLists.set(options, found)
  }
  return found
}

export default defineRule({
  id: 'inclusive-language',
  description: 'Prefer wording that does not exclude or stereotype people.',
  rationale:
    'Gendered, ableist or otherwise exclusionary words can read as careless to a reader you want to ' +
    'impress. Findings come from retext-equality; each offers a more neutral alternative where one exists.',
  evidence: ['design (retext-equality)', '001 (Maintain a professional tone)'],
  severity: 'info',
  fix: 'suggestion',
  messages: {
    insensitive: '“{actual}” may read as insensitive; {advice}.',
  },
  options: z.strictObject({
    /** Phrases retext-equality should not flag (its own `ignore` option). */
    ignore: z.array(z.string()).default([]),
    /** Also flag low-signal words (hedges like "just", pronouns, family words, "master's"). */
    strict: z.boolean().default(false),
  }),
  create(ctx) {
    const { doc, text } = ctx
    const source = doc.base ? text.slice(doc.base) : text
    const strict = ctx.options.strict
    for (const f of run(doc.nlcst, source, ignoreFor(ctx.options), ctx.memo)) {
      const start = f.start + doc.base
      const end = f.end + doc.base
      if (start < 0 || end > text.length || end < start) continue
      if (!ctx.prose.some((s) => start >= s.start && end <= s.end)) continue
      // The sender's name under the closing is not prose, even when the closing and the name fall in
      // one sentence ("Respectfully,\nPrincess Joy Mercado"): a name is not a word choice.
      const { signature, subject } = doc.structure
      if ((signature && start >= signature.start) || (subject && start < subject.end)) continue
      const actual = text.slice(start, end)
      if (!strict && termOfArt(text, start, end)) continue
      const expected = f.expected
      ctx.report({
        messageId: 'insensitive',
        data: {
          actual,
          advice: expected.length
            ? `consider ${expected.map((e) => `“${e}”`).join(' or ')}`
            : 'consider rewording it',
        },
        start,
        end,
        suggest: expected.map((e) => ({
          title: `Replace with “${matchCase(e, actual)}”`,
          edits: [{ start, end, text: matchCase(e, actual) }],
        })),
      })
    }
  },
})

// The ignore list inclusive-language hands retext-equality: the low-signal words it leaves out unless
// `strict` (LOW_SIGNAL), plus the user's own `ignore` option, built once per options object (ignoreFor).

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
  'grandson',
  'grandsons',
  'granddaughter',
  'granddaughters',
  'nephew',
  'nephews',
  'niece',
  'nieces',
  'uncle',
  'uncles',
  'aunt',
  'aunts',
  // One person hailed ("thanks bro"; no-familiar-tone reports it) or a place ("Bro Gwent").
  'bro',
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
  'landlords',
  'landladies',
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

export interface IgnoreList {
  list: string[]
  skip: Set<string>
  key: string
}

/** The ignore list for a rule setting (options objects are parsed once and reused by the engine). */
const ignoreLists = new WeakMap<object, IgnoreList>()

export function ignoreFor(options: { ignore: string[]; strict: boolean }): IgnoreList {
  let found = ignoreLists.get(options)
  if (!found) {
    const list = options.strict ? options.ignore : [...LOW_SIGNAL, ...options.ignore]
    found = { list, skip: new Set(list), key: list.join('\n') }
    ignoreLists.set(options, found)
  }
  return found
}

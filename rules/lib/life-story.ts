// A personal story told over a paragraph, in words no phrase list foresaw: "Things have been a bit
// upside down at home. My partner and I have decided to go our separate ways, and for the moment I'm
// living out of a holdall in a friend's box room." No one sentence says "my divorce"; the paragraph
// as a whole is plainly about the writer's private life.
//
// The test is by paragraph: words from the domains of private life (family, loss, health, home and
// money, faith and politics, hard times) in the writer's own first-person sentences. A paragraph is a
// story when it has at least three such words from two domains, or two when it opens the way such
// explanations do ("Sorry for going quiet…", "I owe you some honesty…", "You may have noticed I was
// distracted…"). Sentences about the writer's work with other people ("patients", "tenants",
// "families") do not count: a nurse describing a ward is not oversharing.
import type { Sentence } from '../../core/document.js'
import { type PhraseHit, PhraseMatcher } from '../../core/phrases.js'

export const DOMAINS: Record<string, string> = {
  family: 'family matters',
  loss: 'a bereavement',
  health: 'a health matter',
  home: 'trouble at home',
  faith: 'religion or politics',
  hardTimes: 'personal struggles',
}

// Relatives, also in the possessive ("my grandmother's bedside": words with an apostrophe are not stemmed).
const RELATIVES =
  'partner fiancé fiance fiancée fiancee husband wife boyfriend girlfriend ex kids toddler baby son daughter children mum mom dad mam parents gran grandad granddad grandma grandpa nan nana granny grandmother grandfather brother sister cousin aunt uncle'.split(
    ' ',
  )
const relatives = RELATIVES.flatMap((w) => [`=${w}`, `=${w}'s`]).join('|')

const LIFE = new PhraseMatcher([
  {
    id: 'family',
    patterns: [
      relatives,
      '=cousins|=in-laws|=wife|=wives|=husbands',
      'wedding|divorce|divorced|custody|engagement',
      'separate ways',
      '=separated|=separation',
      'split|broke up',
      '=breakup|=break-up',
      'called|call off',
    ],
  },
  {
    id: 'loss',
    patterns: [
      'funeral|hearse|probate|cremation|bereavement|bereaved|grief|grieving|mourning',
      '=buried|=bury|=burying',
      '=died|=passed =away',
      '=passing',
    ],
  },
  {
    id: 'health',
    patterns: [
      'sober|sobriety|relapse|rehab|outpatient|inpatient|bedside',
      'recovery program|programme',
      'hospital|a&e|ambulance|=gp|=doctor|surgery|diagnosis|diagnosed|medication|=meds',
      'anxiety|depression|panic|therapy|therapist|counsellor|counselor',
      'sleep|slept|exhausted|exhaustion|light-headed|dizzy|migraine|migraines',
      'injury|injured|crash|accident|=pain',
      'cancer|chemo|chemotherapy|croup|fever|=flu|covid|disease|flare-up',
      '=ivf|fertility|embryo|embryos|pregnant|pregnancy|miscarriage',
      '=sick|=ill|=unwell',
    ],
  },
  {
    id: 'home',
    patterns: [
      'flood|flooded|flooding|evacuation|evacuated|=evac|=storm',
      'burst pipe|pipes',
      'power cut',
      'insurance assessor|claim',
      '=insurer|=insurers|=write-off',
      'lost both|our|my|the the? cars|car|house|home|everything',
      'box|spare room',
      '=sofa|=couch|=holdall|=suitcase|=suitcases',
      'landlord|landlady|arrears|eviction|evicted|mortgage|bailiffs|overdraft|=debt|=debts',
      'council tax',
      'credit card|cards',
      '=redundant|=redundancy|=laid =off',
      'universal credit',
      '=benefits',
      'moving house',
      'burgled|burglary',
    ],
  },
  {
    id: 'faith',
    patterns: [
      '=fast|=fasting|=pooja|=puja|=prayer|=prayers|=pray|=church|=mosque|=temple|=synagogue|=gurdwara',
      '=ramadan|=navratri|=diwali|=eid|=lent|=passover',
      'campaign|campaigning|canvassing|canvass|election|by-election|councillor|councilor',
    ],
  },
  {
    id: 'hardTimes',
    patterns: [
      '=rough|=tough|=blur|=chaos|=chaotic|=nightmare|=stressful|=stressed|=overwhelmed',
      'upside down',
      'struggling|coping|=cope',
      '=gutted|=devastated|=heartbroken|=shocker',
    ],
  },
])

// How such explanations open: an apology for lateness or a poor showing, a promise of candour.
const OPENER = new PhraseMatcher([
  {
    id: 'opener',
    patterns: [
      'sorry|apologies|apologise|apologize|apology ... late|delay|delayed|slow|quiet|silence|distracted|answers|performance|reply|response',
      '=excuse =my',
      'may|might have noticed',
      "=wasn't =at =my =best|=sharpest",
      '=was =not =at =my =best|=sharpest',
      '=honest|=honesty|=upfront|=up-front|=candid',
      'owe you an? explanation|apology',
      '=be =open =with|=about',
      'should|wanted|want|thought|ought|need let you know',
      'should|wanted|want|thought|ought|need to? mention|flag|explain|share',
      'reason why|for',
      'went|gone|going quiet|silent|dark',
      '=distracted|=preoccupied',
      '=not =myself',
    ],
  },
])

const FIRST_PERSON = new Set([
  'i',
  'me',
  'my',
  'myself',
  'we',
  'us',
  'our',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  "we're",
  "we've",
  "we'd",
  "we'll",
])

// Work, not private life: the writer's work with other people ("patients on the ward", "tenants in
// arrears") or the reader's organisation ("your plan for the paediatric ward").
const PROFESSIONAL =
  /^(?:patients?|clients?|customers?|residents?|tenants?|pupils?|students?|learners?|caseload|claimants?|families|households|users|guests|diners|passengers|members|colleagues|team|staff|wards?|units?|departments?|clinics?|your)$/

export interface Story {
  hit: PhraseHit
  sentence: Sentence
  domain: string
}

/** Paragraphs of `prose` that tell a personal story; the first cue of each. */
export function personalStories(prose: readonly Sentence[]): Story[] {
  const stories: Story[] = []
  const byBlock = new Map<unknown, Sentence[]>()
  for (const s of prose) {
    const list = byBlock.get(s.block)
    if (list) list.push(s)
    else byBlock.set(s.block, [s])
  }
  let previous: Sentence | undefined
  for (const sentences of byBlock.values()) {
    const cues = new Map<string, { hit: PhraseHit; sentence: Sentence }>()
    const domains = new Set<string>()
    let firstPerson = false
    for (const s of sentences) {
      if (!s.words.some((w) => FIRST_PERSON.has(w.lower))) continue
      firstPerson = true
      if (s.words.some((w) => PROFESSIONAL.test(w.lower))) continue
      for (const hit of LIFE.match(s)) {
        // Part of a name: "the Royal Hospital for Sick Children", "Mercy Hospital".
        if (hit.words[0] !== s.words[0] && hit.words.every((w) => /^\p{Lu}/u.test(w.text))) continue
        const key = hit.words.map((w) => w.stem).join(' ')
        if (!cues.has(key)) cues.set(key, { hit, sentence: s })
        domains.add(hit.entry.id)
      }
    }
    const opened = [previous, ...sentences].some((s) => s && OPENER.match(s).length > 0)
    previous = sentences.at(-1)
    if (!firstPerson) continue
    const count = cues.size
    if ((opened && count >= 2) || (count >= 3 && domains.size >= 2)) {
      const first = [...cues.values()].sort((a, b) => a.hit.start - b.hit.start)[0]!
      stories.push({ ...first, domain: first.hit.entry.id })
    }
  }
  return stories
}

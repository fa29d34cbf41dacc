// Words of a require-specifics note that are never details of the interview: a sign-off the structure
// did not recognise (looseSignOff), and the note's own names (nonSpecificNames): the recipient, the
// sender, the employer ("the role at Acme", "joining the Harbour Trust"), a department and the role.
import type { Sentence, Word } from '../../core/document.js'
import { fmString } from '../../core/frontmatter.js'
import type { Frontmatter } from '../../core/types.js'
import {
  CAPITAL,
  CORPORATE,
  capital,
  GENERIC,
  keyOf,
  NOT_NAME,
  ORG,
  ROLE,
  TITLE,
} from './require-specifics-words.js'
import { unicodeTest } from './util.js'

const COMPANY_CONTEXT = /^(?:team|compan|career|work|everyon|peopl|staff|cultur|futur|colleagu|employe|join)/
/** The employer by its kind of workplace: "the kitchen at The Malabar House", "the shop at …". */
const WORKPLACE =
  /^(?:kitchen|kitchens|restaurant|hotel|shop|store|studio|office|offices|venue|nursery|salon|bakery|cafe|café|warehouse|depot|practice|firm|agency)$/
const CAPITAL_OR_AMP = unicodeTest(/^[A-Z&]/, /^[\p{Lu}&]/u)
const NAME_TOKEN = unicodeTest(/^[([]?[A-Z][A-Za-z0-9'&.()/-]*$/, /^[([]?\p{Lu}[\p{L}\p{N}'&.()/-]*$/u)

/**
 * A sign-off the structure did not recognise ("With deepest appreciation,\nIsabella Moretti"), or a
 * name on its own after the last paragraph: the last lines of short capitalised words.
 */
export function looseSignOff(text: string, end: number): Array<[number, number]> {
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

/**
 * Names that are not specifics: recipient, sender, company, role, and companies named in context
 * ("the role at Acme", "joining Acme"). `subject` is the subject line, `skip` the ranges of the
 * greeting, closing, signature and placeholders, `body` the sentences of the note.
 */
export function nonSpecificNames(
  text: string,
  frontmatter: Frontmatter | null,
  subject: string,
  skip: ReadonlyArray<[number, number]>,
  body: readonly Sentence[],
): Set<string> {
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
  return names
}

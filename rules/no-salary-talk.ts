import { z } from 'zod'
import { defineRule } from '../core/rule.js'
import { removeSentence } from './lib/util.js'
import { PHRASES } from './phrases.generated.js'

const CURRENCY = new Set(['$', '€', '£', '¥', '₹', '₩', '₦', '₱', 'CHF'])
const MONEY_UNIT =
  /^(?:dollars?|euros?|pounds?|rands?|naira|rupees?|pesos?|usd|eur|gbp|cad|aud|inr|zar|ngn|kes|php|lakhs?|crores?|k|grand|an? (?:hour|year|month)|per (?:hour|year|month|annum)|\/(?:hr|hour|yr|year))$/

// Currencies written as letters before the digits: South African rand ("R14,500"), Kenyan
// shillings ("KSh80,000"), ringgit ("RM4,500"), rupees ("Rs40,000"): thousands at least, so "E6(R3)"
// and "R2" stay names. Case matters.
const PREFIXED_AMOUNT = /^(?:R|Rs|KSh|Ksh|RM|ZAR|KES|NGN|INR|PHP)(?:\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?[kK]?/

// An amount is about the writer's pay when the sentence is about them or about pay, and not about
// a project's budget ("we discussed the $2M migration" is a good specific, not salary talk).
const PERSONAL = new Set([
  'i',
  'me',
  'my',
  "i'm",
  "i'd",
  "i've",
  'expect',
  'expecting',
  'hoping',
  'earn',
  'earning',
  'make',
  'making',
  'paid',
  'offer',
  'offering',
  'range',
  'hourly',
  'annually',
  'annual',
  'yearly',
  'hour',
  'year',
])
const BUSINESS = new Set([
  'budget',
  'revenue',
  'funding',
  'saved',
  'savings',
  'save',
  'project',
  'million',
  'billion',
  'cost',
  'costs',
  'sales',
  'raised',
  'grant',
  'arr',
  'contract',
  'spend',
  'portfolio',
  'fund',
  'donation',
  'donations',
  'deal',
  'loss',
  // Sums the writer handles at work: "I settle claims up to $75,000 on my own authority".
  'claim',
  'claims',
  'total-loss',
  'authority',
  'limit',
  'settle',
  'settled',
  'settlement',
  'invoice',
  'invoices',
  'turnover',
  'premium',
  'premiums',
  'losses',
  'profit',
  // Books and balances the writer manages: "I have run a £400m commercial real estate book".
  'book',
  'books',
  'aum',
  'assets',
  'loans',
  'lending',
  'valuation',
])

/** "£400m", "$1.2bn", "€3 million": sums of that size are business figures, not anyone's pay. */
const LARGE = /^\d[\d,.]*(?:m|mn|bn|b|million|billion)$/

// Words that make an amount pay whatever else the sentence says: "If budget was part of the decision,
// I would come in at £24,500 and I don't need the pension top-up"; "confirm the band is $95-105k".
const PAY = new Set([
  'salary',
  'salaries',
  'band',
  'bonus',
  'pension',
  'wage',
  'wages',
  'rate',
  'paid',
  'earn',
  'earning',
])

function paySaid(words: readonly { lower: string }[]): boolean {
  return words.some((w) => PAY.has(w.lower))
}

function aboutPay(words: readonly { lower: string }[]): boolean {
  if (paySaid(words)) return true
  let personal = false
  for (const w of words) {
    if (BUSINESS.has(w.lower)) return false
    if (PERSONAL.has(w.lower)) personal = true
  }
  return personal
}

export default defineRule({
  id: 'no-salary-talk',
  description: 'Keep salary, benefits and money out of a follow-up note.',
  rationale:
    'A follow-up note is for thanks and interest; raising pay, perks or time off before an offer reads as ' +
    'what you want from them rather than what you offer (seed 003: what a note must not include). ' +
    'Save it for when they make an offer.',
  evidence: ['003 (what a thank-you note should not include)'],
  severity: 'error',
  fix: 'suggestion',
  messages: {
    money:
      'Mentions {topic} (“{phrase}”). Leave pay and perks out of a follow-up; discuss them once there is an offer.',
  },
  options: z.strictObject({
    /** Also flag bare money amounts ("$95k", "60,000 euros"). */
    amounts: z.boolean().default(true),
  }),
  phrases: PHRASES['no-salary-talk'],
  create(ctx) {
    const { text } = ctx
    const flagged = new Set<number>()
    const report = (start: number, end: number, topic: string, sentenceIndex: number) => {
      const sentence = ctx.prose[sentenceIndex]!
      if (flagged.has(sentenceIndex)) return
      flagged.add(sentenceIndex)
      ctx.report({
        messageId: 'money',
        data: { topic, phrase: text.slice(start, end) },
        start,
        end,
        suggest: [{ title: 'Remove this sentence', edits: [removeSentence(text, sentence)] }],
      })
    }
    ctx.prose.forEach((sentence, index) => {
      for (const hit of ctx.findPhrases([sentence]))
        report(hit.start, hit.end, hit.entry.note ?? 'pay', index)
      if (!ctx.options.amounts || !aboutPay(sentence.words)) return
      // "$95k", "$95,000", "€60 000", "60,000 euros", "45 an hour".
      for (const mark of sentence.marks) {
        if (mark.kind !== 'symbol' || !CURRENCY.has(mark.text)) continue
        const at = sentence.words.findIndex((w) => w.start === mark.end || w.start === mark.end + 1)
        const next = sentence.words[at]
        const after = sentence.words[at + 1]?.lower ?? ''
        // "£400m", "$3 million": a business figure unless the sentence names pay.
        const large = next && (LARGE.test(next.lower) || /^(?:million|billion|bn|m)$/.test(after))
        if (next && /^\d/.test(next.lower) && !(large && !paySaid(sentence.words))) {
          // The whole amount: "£24,500", "$95–105k" (the tokenizer splits at "," and "–"), without a
          // closing "." or ",".
          const amount = /^\d(?:[\d,.]*\d)?(?:\s?[–-]\s?\d(?:[\d,.]*\d)?)?[kKmM]?/.exec(
            text.slice(next.start, next.start + 40),
          )
          report(
            mark.start,
            next.start + (amount?.[0].length ?? next.end - next.start),
            'a money amount',
            index,
          )
        }
      }
      const words = sentence.words
      // A currency written into the amount: "R14,500" (rand), "KSh80,000", "Rs40,000".
      for (const w of words) {
        if (!/^[RKZNIP][A-Za-z]*\d/.test(w.text)) continue
        const amount = PREFIXED_AMOUNT.exec(text.slice(w.start, w.start + 24))
        if (amount) report(w.start, w.start + amount[0].length, 'a money amount', index)
      }
      for (let i = 0; i < words.length - 1; i++) {
        const w = words[i]!
        if (!/^\d[\d,.]*k?$/.test(w.lower)) continue
        const unit = words[i + 1]!.lower
        const two = i + 2 < words.length ? `${unit} ${words[i + 2]!.lower}` : ''
        if (MONEY_UNIT.test(unit) || MONEY_UNIT.test(two))
          report(w.start, words[i + 1]!.end, 'a money amount', index)
      }
    })
  },
})

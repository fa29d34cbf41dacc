// The paragraph-level story detector of no-oversharing (rules/lib/life-story.ts): stories in words no
// phrase list has, against paragraphs that use the same words about work, or mention one thing briefly.
import { describe, expect, it } from 'vitest'
import { applyEdits, lint } from '../core/index.js'
import { removeParagraph, unicodeTest } from '../rules/lib/util.js'

const only = { rules: { 'no-oversharing': 'warning' as const } }

function stories(paragraph: string): string[] {
  const text = `Dear Dr. Osei,\n\nThank you for the interview on Monday.\n\n${paragraph}\n\nKind regards,\nRiya\n`
  return lint(text, { config: { ...only, rules: { ...onlyAll(), ...only.rules } } })
    .messages.filter((m) => m.ruleId === 'no-oversharing')
    .map((m) => m.messageId)
}

// Every other rule off: only no-oversharing speaks.
function onlyAll(): Record<string, 'off'> {
  const ids = lint('x').messages.map((m) => m.ruleId)
  return Object.fromEntries(ids.map((id) => [id, 'off' as const]))
}

describe('personal stories', () => {
  it.each([
    // An opener ("sorry for going quiet", "to be honest") and two words of private life.
    'Sorry for going quiet. We lost the car in the storm and the insurer is still arguing about it.',
    'To be honest, the last month has been a blur: my dad was in hospital and I was sleeping on his sofa.',
    "I owe you an explanation for my answers. I'd been at my grandmother's bedside until the early hours, and she passed the next day.",
    // No opener: three words from two domains.
    'My wife and I separated in the spring, the mortgage is in arrears, and I am on my brother-in-law’s couch.',
  ])('flags: %s', (paragraph) => {
    expect(stories(paragraph)).not.toEqual([])
  })

  it.each([
    // The same words about the writer's work with other people.
    'At St. Anne’s I supported patients through chemotherapy and helped families with the hospital’s parking and meal costs.',
    'I have spent six years helping tenants in arrears avoid eviction, working with landlords and the council tax office.',
    // One thing, briefly and neutrally.
    'My partner and I are relocating to Leeds in June, as we discussed.',
    'Sorry for the slow reply: I was at a conference in Harrogate all week.',
    'I am available from March, once my current contract ends.',
    // Work talk that happens to use a "hard times" word.
    'The tough question about the billing migration was my favourite part, and I have been thinking about your rollback plan since.',
  ])('leaves alone: %s', (paragraph) => {
    expect(stories(paragraph)).toEqual([])
  })
})

describe('removeParagraph', () => {
  it('removes a middle paragraph with the blank line after it, and a last one with the space before it', () => {
    const text = 'One.\r\n\r\nTwo two.\r\n\r\nThree.'
    const two = text.indexOf('Two')
    expect(applyEdits(text, [removeParagraph(text, { start: two, end: two + 'Two two.'.length })])).toBe(
      'One.\r\n\r\nThree.',
    )
    const three = text.indexOf('Three')
    expect(applyEdits(text, [removeParagraph(text, { start: three, end: text.length })])).toBe(
      'One.\r\n\r\nTwo two.',
    )
  })
})

describe('unicodeTest', () => {
  it('runs the ASCII regex on ASCII text and the Unicode one on the rest', () => {
    const capital = unicodeTest(/^[A-Z]/, /^\p{Lu}/u)
    for (const [text, want] of [
      ['Priya', true],
      ['priya', false],
      ['Élodie', true],
      ['élodie', false],
      ['Łukasz', true],
      ['', false],
    ] as const)
      expect(capital(text), text).toBe(want)
    // The two must agree on ASCII: a pair that disagrees shows which one ran.
    const which = unicodeTest(/^ascii$/, /./u)
    expect(which('ascii')).toBe(true)
    expect(which('other')).toBe(false)
    expect(which('ünicode')).toBe(true)
  })
})

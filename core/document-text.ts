// What parseDocument reads off the raw text, outside the Markdown parser: lines that would make
// micromark slow, defused before parsing (`defuse`); where an earlier message pasted below the reply
// starts (`pastedThreadStart`); and which offsets lie inside a URL or an e-mail address (`urlTest`).

// An e-mail address only starts where a run of address characters starts (group 1 is the address):
// letting it start anywhere inside a long run made the search quadratic (test/redos.test.ts).
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+|(?:^|[^\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g

/**
 * A test: is this offset inside a URL or an e-mail address? Offsets are in the text, which is `body`
 * after `base` byte-order marks.
 */
export function urlTest(body: string, base: number): (start: number) => boolean {
  const urlRanges: Array<[number, number]> = []
  if (body.includes('@') || body.includes('http') || body.includes('www.')) {
    for (const m of body.matchAll(URL_OR_EMAIL)) {
      const end = m.index + m[0].length
      urlRanges.push([end - (m[1] ?? m[0]).length + base, end + base])
    }
  }
  return (start: number): boolean => {
    for (const [s, e] of urlRanges) if (start >= s && start < e) return true
    return false
  }
}

// micromark (the Markdown parser) takes quadratic time on a long line full of unclosed "<!--" or
// unmatched "*" / "_" (50,000 such characters: 5-10 s). Emails do not contain such lines; a
// pasted log or a generated file might. Before parsing, those characters on a line that long and that
// full of them become spaces (same length, so every offset holds; words are read from the real text).
const LONG_LINE = 2000
const MANY = 100

export function defuse(body: string): string {
  if (body.length <= LONG_LINE) return body
  let out: string[] | undefined
  let at = 0
  while (at < body.length) {
    let end = body.indexOf('\n', at)
    if (end < 0) end = body.length
    if (end - at > LONG_LINE) {
      const line = body.slice(at, end)
      let lt = 0
      let emphasis = 0
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i)
        if (c === 60) lt++
        else if (c === 42 || c === 95) emphasis++
      }
      if (lt > MANY || emphasis > MANY) {
        out ??= [body.slice(0, at)]
        out.push(line.replace(lt > MANY ? /[<*_]/g : /[*_]/g, ' '))
        out.push(body.slice(end, end + 1))
        at = end + 1
        continue
      }
    }
    if (out) out.push(body.slice(at, Math.min(end + 1, body.length)))
    at = end + 1
  }
  return out ? out.join('') : body
}

// Where a pasted earlier message starts: "-----Original Message-----", "---------- Forwarded message
// ---------", an Outlook header ("From: …" then "Sent: …" or "Date: …"), or "On <date>, <name> wrote:"
// (which mail clients may wrap over two lines). Only after some text of the writer's own.
const THREAD_SEPARATOR = /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}[ \t]*$/im
const OUTLOOK_HEADER =
  /^[ \t]*(?:\*\*)?from:(?:\*\*)?[ \t]+\S.*\r?\n(?:.*\r?\n){0,2}?[ \t]*(?:\*\*)?(?:sent|date):(?:\*\*)?[ \t]+\S/im
const WROTE = /^[ \t]*on[ \t]+\S[^\n]{3,200}?(?:[ \t]|\r?\n(?:[^\n]{0,120}?[ \t])?)wrote:[ \t]*$/im

export function pastedThreadStart(text: string): number {
  let start = Number.POSITIVE_INFINITY
  for (const re of [THREAD_SEPARATOR, OUTLOOK_HEADER, WROTE]) {
    const m = re.exec(text)
    if (m && m.index < start && /[\p{L}]/u.test(text.slice(0, m.index))) start = m.index
  }
  return start
}

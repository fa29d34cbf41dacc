// Offsets ↔ line/column. Columns count UTF-16 code units (as LSP does); both are 0-based here,
// shells add 1 where their format wants 1-based numbers.

export interface LineColumn {
  line: number
  column: number
}

/** A reusable index of line starts for one text. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1)
    }
  }

  lineColumn(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= o) lo = mid
      else hi = mid - 1
    }
    return { line: lo, column: o - this.starts[lo]! }
  }

  offsetAt(line: number, column: number): number {
    if (line < 0) return 0
    if (line >= this.starts.length) return this.text.length
    const start = this.starts[line]!
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length
    return Math.min(start + Math.max(0, column), next)
  }
}

export function lineColumn(text: string, offset: number): LineColumn {
  return new LineIndex(text).lineColumn(offset)
}

export function offsetAt(text: string, line: number, column: number): number {
  return new LineIndex(text).offsetAt(line, column)
}

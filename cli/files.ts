// Which files to lint: explicit files, directories (Markdown inside), globs; honouring .gitignore
// and .followuplintignore in the working directory. Reading a file checks size, binary content and
// UTF-8 validity, so bad input becomes a clear message instead of a stack trace.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ignore from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'

export class FileError extends Error {}

const MARKDOWN = '**/*.{md,markdown,mdx}'

function ignoreFor(cwd: string) {
  const ig = ignore().add(['node_modules/', '.git/'])
  for (const name of ['.gitignore', '.followuplintignore']) {
    const path = join(cwd, name)
    if (existsSync(path)) ig.add(readFileSync(path, 'utf8'))
  }
  return ig
}

export async function resolveFiles(patterns: string[], cwd: string): Promise<string[]> {
  const ig = ignoreFor(cwd)
  const out = new Set<string>()
  const keep = (abs: string, explicit: boolean) => {
    const rel = relative(cwd, abs)
    // An explicitly named file is linted even if ignored (as ESLint warns, we simply honour it).
    if (explicit || rel.startsWith('..') || !ig.ignores(rel.split('\\').join('/'))) out.add(abs)
  }
  for (const pattern of patterns.length ? patterns : ['.']) {
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'] })
      if (found.length === 0) throw new FileError(`No files match "${pattern}"`)
      for (const f of found.sort()) keep(f, false)
      continue
    }
    const abs = resolve(cwd, pattern)
    let stat: ReturnType<typeof statSync>
    try {
      stat = statSync(abs)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR')
        throw new FileError(`No such file or directory: ${pattern}`)
      throw new FileError(`Cannot read ${pattern}: ${code ?? 'unknown error'}`)
    }
    if (stat.isDirectory()) {
      const found = await glob(MARKDOWN, { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] })
      // A directory named like a draft ("notes.md/") holding no drafts was surely meant as a file.
      if (found.length === 0 && /\.(?:md|markdown|mdx)$/i.test(pattern))
        throw new FileError(`${pattern} is a directory, not a Markdown file`)
      for (const f of found.sort()) keep(f, false)
    } else keep(abs, true)
  }
  return [...out]
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Read a draft as text. Throws FileError with a plain message for anything that is not one. */
export function readDraft(path: string, maxBytes: number): string {
  let stat: ReturnType<typeof statSync>
  try {
    stat = statSync(path)
  } catch (error) {
    throw new FileError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`)
  }
  if (stat.isDirectory()) throw new FileError(`${path} is a directory, not a file`)
  if (stat.size > maxBytes) {
    throw new FileError(
      `${path} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (set "maxFileSize" in the config to raise it)`,
    )
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new FileError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`)
  }
  if (bytes.subarray(0, 8192).includes(0))
    throw new FileError(`${path} looks like a binary file, not a Markdown draft`)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new FileError(`${path} is not valid UTF-8 text; save it as UTF-8 and try again`)
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { longFunctions } from './function-length'

const root = path.resolve(import.meta.dirname, '..')
const LIMIT = 150

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return files(full)
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : []
  })
}

// A component or hook past this length mixes concerns: split it into parts that each say what they do.
describe(`no function in src/web is over ${LIMIT} lines`, () => {
  it('holds across the web app', () => {
    const found = files(path.join(root, 'src/web')).flatMap((file) =>
      longFunctions(path.relative(root, file), readFileSync(file, 'utf8'), LIMIT).map(
        (f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`,
      ),
    )
    expect(found).toEqual([])
    // Parses every file of src/web: seconds on a busy machine.
  }, 30_000)

  it('finds a long function, whatever its form', () => {
    const body = Array.from({ length: 10 }, (_, i) => `  const a${i} = ${i}`).join('\n')
    const text = `export function Page() {\n${body}\n}\nconst hook = () => {\n${body}\n}\nconst short = () => 1`
    expect(longFunctions('x.tsx', text, 8).map((f) => [f.name, f.lines])).toEqual([
      ['Page', 12],
      ['hook', 12],
    ])
  })
})

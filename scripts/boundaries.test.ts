import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Biome's noRestrictedImports enforces these boundaries while editing; this test makes them
// hold even if the lint configuration is loosened by mistake.
const root = path.resolve(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry) ? [full] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '')
}

const NODE_BUILTINS =
  /^(node:|fs$|path$|os$|crypto$|http$|https$|net$|child_process$|stream$|url$|worker_threads$)/

describe('layer boundaries', () => {
  it('src/domain imports no server, web, Node built-in or I/O code', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(path.join(root, 'src/domain'))) {
      for (const spec of importsOf(file)) {
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec
        const bad =
          NODE_BUILTINS.test(spec) ||
          /^(fastify|@fastify\/|kysely|pg$|better-sqlite3|react|@tanstack\/|i18next|react-i18next)/.test(
            spec,
          ) ||
          (spec.startsWith('.') && !resolved.startsWith(path.join(root, 'src/domain')))
        // Test files may use the test runner.
        if (bad && !(file.endsWith('.test.ts') && spec === 'vitest'))
          offenders.push(`${path.relative(root, file)} → ${spec}`)
      }
    }
    expect(offenders).toEqual([])
  })

  const reaches = (file: string, spec: string, dir: string) =>
    spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(root, dir))

  it('src/web never imports server code', () => {
    const offenders = sourceFiles(path.join(root, 'src/web')).flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            reaches(file, spec, 'src/server') ||
            /^fastify|^@fastify\/|^kysely|^pg$|^better-sqlite3|^node:/.test(spec),
        )
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('eval/ imports only src/domain (and its own files), and nothing in src/ imports eval/', () => {
    const outward = sourceFiles(path.join(root, 'eval')).flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          spec.startsWith('.')
            ? !reaches(file, spec, 'src/domain') && !reaches(file, spec, 'eval')
            : !(file.endsWith('.test.ts') && spec === 'vitest'),
        )
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    )
    const inward = sourceFiles(path.join(root, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => reaches(file, spec, 'eval'))
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    )
    expect([...outward, ...inward]).toEqual([])
  })

  it('src/server never imports the web app', () => {
    const offenders = sourceFiles(path.join(root, 'src/server')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => reaches(file, spec, 'src/web') || /^react/.test(spec))
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    )
    expect(offenders).toEqual([])
  })
})

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_INDEX, BUILT_SERVER, serverBuildState, webBuildState } from './build-freshness.mjs'

// Times are set by hand, in the past: the sources at SOURCES_AT, the build an hour later, a change a day
// later. What the tests themselves write or delete is stamped now by the filesystem, after all of them.
const SOURCES_AT = new Date('2020-03-01T09:00:00Z')
const BUILT_AT = new Date('2020-03-01T10:00:00Z')
const CHANGED_AT = new Date('2020-03-02T09:00:00Z')

const FILES = [
  'src/web/main.tsx',
  'src/web/features/account/routes/account-page.tsx',
  'src/shared/schemas/auth.ts',
  'src/domain/analysis/analyze.ts',
  'src/server/app.ts',
  'src/server/routes/health/index.ts',
  'vite.config.ts',
  'rolldown.server.config.mjs',
  'package-lock.json',
  'README.md',
]

function setTimes(target: string, at: Date) {
  utimesSync(target, at, at)
}

/** Every file and folder under `dir` (folders after their contents), to give them all one time. */
function everything(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? [...everything(full), full] : [full]
  })
}

/** A repository tree whose sources were all written at SOURCES_AT, with or without a build after them. */
function repository({ built }: { built: boolean }) {
  const root = mkdtempSync(path.join(tmpdir(), 'rebond-build-'))
  for (const file of FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), '// source\n')
  }
  if (built) {
    for (const output of [BUILT_INDEX, BUILT_SERVER]) {
      mkdirSync(path.join(root, path.dirname(output)), { recursive: true })
      writeFileSync(path.join(root, output), '// built')
    }
  }
  for (const target of everything(root)) setTimes(target, SOURCES_AT)
  if (built) for (const output of [BUILT_INDEX, BUILT_SERVER]) setTimes(path.join(root, output), BUILT_AT)
  return root
}

describe('webBuildState: whether `npm start` builds the web app first', () => {
  it('is missing when there is no build', () => {
    expect(webBuildState(repository({ built: false }))).toBe('missing')
  })

  it('is fresh when the build is newer than every source', () => {
    expect(webBuildState(repository({ built: true }))).toBe('fresh')
  })

  it.each([
    'src/web/main.tsx',
    'src/web/features/account/routes/account-page.tsx',
    'src/shared/schemas/auth.ts',
    'src/domain/analysis/analyze.ts',
    'vite.config.ts',
    'package-lock.json',
  ])('is stale once %s changes after the build', (file) => {
    const root = repository({ built: true })
    setTimes(path.join(root, file), CHANGED_AT)
    expect(webBuildState(root)).toBe('stale')
  })

  it('is stale once a source is deleted after the build', () => {
    const root = repository({ built: true })
    rmSync(path.join(root, 'src/web/features/account/routes/account-page.tsx'))
    expect(webBuildState(root)).toBe('stale')
  })

  it('is stale once a source is added after the build', () => {
    const root = repository({ built: true })
    writeFileSync(path.join(root, 'src/domain/analysis/new-rule.ts'), '// new\n')
    expect(webBuildState(root)).toBe('stale')
  })

  it.each(['src/server/app.ts', 'README.md'])('stays fresh when %s, not a web source, changes', (file) => {
    const root = repository({ built: true })
    setTimes(path.join(root, file), CHANGED_AT)
    setTimes(path.dirname(path.join(root, file)), CHANGED_AT)
    expect(webBuildState(root)).toBe('fresh')
  })
})

describe('serverBuildState: whether `npm start` builds the server first', () => {
  it('is missing when there is no build, fresh when the build is newer than every source', () => {
    expect(serverBuildState(repository({ built: false }))).toBe('missing')
    expect(serverBuildState(repository({ built: true }))).toBe('fresh')
  })

  it.each([
    'src/server/app.ts',
    'src/server/routes/health/index.ts',
    'src/shared/schemas/auth.ts',
    'src/domain/analysis/analyze.ts',
    'rolldown.server.config.mjs',
    'package-lock.json',
  ])('is stale once %s changes after the build', (file) => {
    const root = repository({ built: true })
    setTimes(path.join(root, file), CHANGED_AT)
    expect(serverBuildState(root)).toBe('stale')
  })

  it.each(['src/web/main.tsx', 'vite.config.ts', 'README.md'])(
    'stays fresh when %s, not a server source, changes',
    (file) => {
      const root = repository({ built: true })
      setTimes(path.join(root, file), CHANGED_AT)
      setTimes(path.dirname(path.join(root, file)), CHANGED_AT)
      expect(serverBuildState(root)).toBe('fresh')
    },
  )
})

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { boundaryViolations, IMPORT_RULES, type SourceFile, TEXT_RULES } from './boundaries'

const root = path.resolve(import.meta.dirname, '..')

function sourceFiles(dir: string): SourceFile[] {
  const full = path.join(root, dir)
  return readdirSync(full).flatMap((entry) => {
    const file = path.join(full, entry)
    const relative = path.relative(root, file).split(path.sep).join('/')
    if (statSync(file).isDirectory()) return sourceFiles(relative)
    return /\.(ts|tsx|mts)$/.test(entry) ? [{ path: relative, text: readFileSync(file, 'utf8') }] : []
  })
}

describe('layer boundaries', () => {
  it('hold across the codebase', () => {
    const files = ['src', 'e2e', 'eval', 'bench', 'scripts'].flatMap((dir) => sourceFiles(dir))
    expect(files.length).toBeGreaterThan(300)
    expect(boundaryViolations(files)).toEqual([])
  })

  // Each rule, shown to bite on a file that breaks it (and to let the same file through when it does not).
  const breaches: Record<string, { breach: SourceFile; allowed: SourceFile }> = {
    'src/domain is pure: only src/domain, no Node built-ins, no framework or database code': {
      breach: { path: 'src/domain/x.ts', text: "import { readFileSync } from 'node:fs'" },
      allowed: { path: 'src/domain/x.ts', text: "import { a } from './debrief'" },
    },
    'src/shared imports only src/shared, src/domain and zod': {
      breach: { path: 'src/shared/schemas/x.ts', text: "import { ApiError } from '../../server/errors'" },
      allowed: { path: 'src/shared/schemas/x.ts', text: "import { LIMITS } from '../../domain/debrief'" },
    },
    'src/web never imports server code or Node built-ins': {
      breach: { path: 'src/web/lib/x.ts', text: "import type { Config } from '../../server/config'" },
      allowed: { path: 'src/web/lib/x.ts', text: "import { z } from 'zod'" },
    },
    'web features do not import each other': {
      breach: {
        path: 'src/web/features/home/routes/home-page.tsx',
        text: "import { useDeck } from '../../rehearsal/api/get-cards'",
      },
      allowed: {
        path: 'src/web/features/home/routes/home-page.tsx',
        text: "import { useHome } from '../api/home'\nimport { Button } from '../../../components/ui/button'",
      },
    },
    'src/server never imports the web app': {
      breach: { path: 'src/server/app.ts', text: "import { createRoot } from 'react-dom/client'" },
      allowed: { path: 'src/server/app.ts', text: "import Fastify from 'fastify'" },
    },
    'server routes do not import other route folders': {
      breach: { path: 'src/server/routes/auth/index.ts', text: "import { x } from '../me/public-user'" },
      allowed: {
        path: 'src/server/routes/auth/index.ts',
        text: "import { x } from '../../services/accounts/public-user'\nimport { y } from './helpers'",
      },
    },
    'services never import routes or plugins': {
      breach: { path: 'src/server/services/a/b.ts', text: "import { userOf } from '../../plugins/auth'" },
      allowed: {
        path: 'src/server/services/a/b.ts',
        text: "import type { Repositories } from '../../repositories'",
      },
    },
    'repositories and db never import services, routes or plugins': {
      breach: {
        path: 'src/server/db/seed.ts',
        text: "import { saveDebrief } from '../services/debriefs/save-debrief'",
      },
      allowed: { path: 'src/server/db/seed.ts', text: "import { migrations } from './migrations'" },
    },
    'e2e drives the app from outside: it imports nothing from src/': {
      breach: { path: 'e2e/a.spec.ts', text: "import { emptyDebrief } from '../src/domain/debrief'" },
      allowed: { path: 'e2e/a.spec.ts', text: "import { test } from './support/fixtures'" },
    },
    'eval/ imports only src/domain and itself': {
      breach: { path: 'eval/analysis/x.ts', text: "import { buildApp } from '../../src/server/app'" },
      allowed: {
        path: 'eval/analysis/x.ts',
        text: "import { analyzeAnswer } from '../../src/domain/analysis'",
      },
    },
    'nothing in src/ imports eval/': {
      breach: {
        path: 'src/domain/analysis/x.ts',
        text: "import { corpus } from '../../../eval/analysis/corpus'",
      },
      allowed: { path: 'src/domain/analysis/x.ts', text: "import { tokenize } from './tokenize'" },
    },
    'the web app calls fetch only in src/web/lib/api-client.ts': {
      breach: { path: 'src/web/features/home/api/home.ts', text: "const r = await fetch('/api/home')" },
      allowed: {
        path: 'src/web/lib/api-client.ts',
        text: 'const r = await fetch(path, init) // refetch() too',
      },
    },
    'browser storage is touched only in src/web/lib/device-storage.ts': {
      breach: { path: 'src/web/features/x/y.ts', text: "window.localStorage.setItem('k', 'v')" },
      allowed: { path: 'src/web/features/x/y.ts', text: '// never localStorage here\nconst a = 1' },
    },
  }

  it('names every rule in the table of breaches', () => {
    expect(Object.keys(breaches).sort()).toEqual([...IMPORT_RULES, ...TEXT_RULES].map((r) => r.name).sort())
  })

  it.each(Object.entries(breaches))('bites: %s', (rule, { breach, allowed }) => {
    expect(boundaryViolations([breach]).map((v) => v.rule)).toContain(rule)
    expect(boundaryViolations([allowed]).map((v) => v.rule)).not.toContain(rule)
  })
})

// The same boundaries as lint rules, met while editing. Each is shown to fail `biome lint` on a breach,
// and the same text to pass where the rule does not apply, in a scratch copy of the lint config.
describe('lint rules for the boundaries', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'rebond-lint-'))
  const config = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(
    path.join(scratch, 'biome.json'),
    JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
  )
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  const lintFails = (file: string, text: string): boolean => {
    const full = path.join(scratch, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, `${text}\n`)
    try {
      execFileSync(path.join(root, 'node_modules/.bin/biome'), ['lint', file], {
        cwd: scratch,
        stdio: 'pipe',
      })
      return false
    } catch {
      return true
    } finally {
      rmSync(full)
    }
  }

  it.each([
    [
      'src/domain/x.ts',
      'src/server/x.ts',
      "import { readFileSync } from 'node:fs'\nexport const a = readFileSync",
    ],
    [
      'src/shared/x.ts',
      'src/server/x.ts',
      "import { ApiError } from '../server/errors'\nexport const a = ApiError",
    ],
    [
      'src/web/lib/x.ts',
      'bench/x.ts',
      "import { buildApp } from '../../server/app'\nexport const a = buildApp",
    ],
    ['src/server/x.ts', 'src/web/x.ts', "import { App } from '../web/app/app'\nexport const a = App"],
    [
      'src/server/repositories/x.ts',
      'src/server/routes/x.ts',
      "import { saveDebrief } from '../services/debriefs/save-debrief'\nexport const a = saveDebrief",
    ],
    [
      'src/server/db/x.ts',
      'src/server/x.ts',
      "import { interviewsRoutes } from '../routes/interviews'\nexport const a = interviewsRoutes",
    ],
    [
      'src/server/services/x.ts',
      'src/server/routes/x.ts',
      "import { userOf } from '../plugins/auth'\nexport const a = userOf",
    ],
    [
      'e2e/x.spec.ts',
      'bench/x.ts',
      "import { emptyDebrief } from '../src/domain/debrief'\nexport const a = emptyDebrief",
    ],
    ['src/web/features/home/x.ts', 'src/web/lib/api-client.ts', "export const a = () => fetch('/api/home')"],
    [
      'src/web/features/home/x.ts',
      'src/web/lib/device-storage.ts',
      "export const a = () => localStorage.getItem('k')",
    ],
  ])(
    'biome lint refuses %s (and lets %s through) with %j',
    (file, control, text) => {
      expect(lintFails(file, text)).toBe(true)
      expect(lintFails(control, text)).toBe(false)
      // Two runs of biome each: seconds on a busy machine.
    },
    30_000,
  )
})

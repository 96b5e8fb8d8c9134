import path from 'node:path'

// The import boundaries of the codebase, as data: each rule names the files it governs and what
// they may not reach. Biome's noRestrictedImports catches most of them while editing (it matches
// import text); this checker resolves relative paths, so it also sees "another feature" or
// "another route folder", and it runs in the tests so that a loosened lint config cannot hide a breach.

export type SourceFile = { path: string; text: string }
export type Violation = { rule: string; file: string; detail: string }

const NODE_BUILTIN =
  /^(node:|fs$|fs\/|path$|os$|crypto$|http$|https$|net$|child_process$|stream$|url$|worker_threads$)/
const SERVER_PACKAGES = /^(fastify|@fastify\/|kysely$|pg$|better-sqlite3$|@node-rs\/)/
const WEB_PACKAGES = /^(react|react-dom|react-i18next|react-router|@tanstack\/|i18next|recharts)/

/** Import and export specifiers of a file, static and dynamic. */
export function importsOf(text: string): string[] {
  return [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '')
}

/** The repository-relative path an import reaches (`src/server/routes/me/index`), or the package name. */
function target(file: string, spec: string): { local: boolean; to: string } {
  if (!spec.startsWith('.')) return { local: false, to: spec }
  return { local: true, to: path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) }
}

const within = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`)
/** The first folder under `dir` that `p` lies in (`features/interviews/...` → `interviews`). */
const folderUnder = (p: string, dir: string) =>
  within(p, dir) ? p.slice(dir.length + 1).split('/')[0] : undefined
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file)

/** Code without comments, so that a comment naming `fetch(` or `localStorage` is no breach. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

type ImportRule = {
  name: string
  governs: (file: string) => boolean
  forbids: (file: string, reach: { local: boolean; to: string }) => boolean
}

type TextRule = { name: string; governs: (file: string) => boolean; forbidden: RegExp }

export const IMPORT_RULES: ImportRule[] = [
  {
    name: 'src/domain is pure: only src/domain, no Node built-ins, no framework or database code',
    governs: (f) => within(f, 'src/domain'),
    forbids: (f, r) =>
      r.local
        ? !within(r.to, 'src/domain')
        : NODE_BUILTIN.test(r.to) ||
          SERVER_PACKAGES.test(r.to) ||
          WEB_PACKAGES.test(r.to) ||
          (r.to === 'vitest' && !isTest(f)),
  },
  {
    name: 'src/shared imports only src/shared, src/domain and zod',
    governs: (f) => within(f, 'src/shared'),
    forbids: (f, r) =>
      r.local
        ? !within(r.to, 'src/shared') && !within(r.to, 'src/domain')
        : r.to !== 'zod' && !(r.to === 'vitest' && isTest(f)),
  },
  {
    name: 'src/web never imports server code or Node built-ins',
    governs: (f) => within(f, 'src/web'),
    forbids: (_f, r) =>
      r.local ? within(r.to, 'src/server') : NODE_BUILTIN.test(r.to) || SERVER_PACKAGES.test(r.to),
  },
  {
    name: 'web features do not import each other',
    governs: (f) => within(f, 'src/web/features'),
    forbids: (f, r) => {
      const other = r.local ? folderUnder(r.to, 'src/web/features') : undefined
      return other !== undefined && other !== folderUnder(f, 'src/web/features')
    },
  },
  {
    name: 'src/server never imports the web app',
    governs: (f) => within(f, 'src/server'),
    forbids: (_f, r) => (r.local ? within(r.to, 'src/web') : WEB_PACKAGES.test(r.to)),
  },
  {
    name: 'server routes do not import other route folders',
    governs: (f) => within(f, 'src/server/routes'),
    forbids: (f, r) => {
      const other = r.local ? folderUnder(r.to, 'src/server/routes') : undefined
      return other !== undefined && other !== folderUnder(f, 'src/server/routes')
    },
  },
  {
    name: 'services never import routes or plugins',
    governs: (f) => within(f, 'src/server/services'),
    forbids: (_f, r) => r.local && (within(r.to, 'src/server/routes') || within(r.to, 'src/server/plugins')),
  },
  {
    name: 'repositories and db never import services, routes or plugins',
    governs: (f) => within(f, 'src/server/repositories') || within(f, 'src/server/db'),
    forbids: (_f, r) =>
      r.local &&
      ['src/server/services', 'src/server/routes', 'src/server/plugins'].some((dir) => within(r.to, dir)),
  },
  {
    name: 'e2e drives the app from outside: it imports nothing from src/',
    governs: (f) => within(f, 'e2e'),
    forbids: (_f, r) => r.local && within(r.to, 'src'),
  },
  {
    name: 'eval/ imports only src/domain and itself',
    governs: (f) => within(f, 'eval'),
    // eval/voice makes its ground-truth audio with espeak-ng and sox: its files may use Node built-ins.
    forbids: (f, r) =>
      r.local
        ? !within(r.to, 'src/domain') && !within(r.to, 'eval')
        : !(r.to === 'vitest' && isTest(f)) && !(within(f, 'eval/voice') && NODE_BUILTIN.test(r.to)),
  },
  {
    name: 'nothing in src/ imports eval/',
    governs: (f) => within(f, 'src'),
    forbids: (_f, r) => r.local && within(r.to, 'eval'),
  },
]

export const TEXT_RULES: TextRule[] = [
  {
    name: 'the web app calls fetch only in src/web/lib/api-client.ts',
    governs: (f) => within(f, 'src/web') && f !== 'src/web/lib/api-client.ts' && !isTest(f),
    forbidden: /(^|[^\w.])fetch\s*\(|window\.fetch\b/m,
  },
  {
    name: 'browser storage is touched only in src/web/lib/device-storage.ts',
    governs: (f) => within(f, 'src/web') && f !== 'src/web/lib/device-storage.ts' && !isTest(f),
    forbidden: /\b(localStorage|sessionStorage|indexedDB)\b/,
  },
]

export function boundaryViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = []
  for (const file of files) {
    for (const rule of IMPORT_RULES) {
      if (!rule.governs(file.path)) continue
      for (const spec of importsOf(file.text)) {
        if (rule.forbids(file.path, target(file.path, spec)))
          violations.push({ rule: rule.name, file: file.path, detail: spec })
      }
    }
    for (const rule of TEXT_RULES) {
      if (!rule.governs(file.path)) continue
      const match = code(file.text).match(rule.forbidden)
      if (match) violations.push({ rule: rule.name, file: file.path, detail: match[0].trim() })
    }
  }
  return violations
}

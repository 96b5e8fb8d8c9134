// Run by `npm run build` after vite build. From Vite's manifest, it writes the first pages' preloads for the
// server (PRELOADED_PAGES), and sums the gzip size of the JavaScript each budgeted page needs on a first visit
// (the entry and its static imports, the interface language's texts, the page's own lazy chunk and its static
// imports); it fails the build when a page is over its budget or carries one of the heavy parts that belong to
// other pages (charts, analyzer, recorder, voice analysis, question bank, the interview and mock interview schemas).
// Every first page is checked for heavy parts; the first four also have a size budget.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

// `routes`: the lazy chunks the router loads for the page, named by their route module as Vite's manifest names
// it, from src/web (a signed-in page comes in the signed-in frame); `texts`: the namespaces of the interface
// language's texts it waits for (lib/i18n.ts, app/router.tsx); `uses`: the heavy parts (HEAVY_PARTS) it needs.
const FIRST_TEXTS = ['common', 'auth', 'pages']
const SIGNED_IN_FRAME = 'app/layout/app-shell.tsx'

/**
 * The pages opened most often by a first load (an address typed, a link, a bookmark), by path: the server
 * names their code and texts in a `Link: rel=modulepreload` header with index.html, so the browser fetches
 * them beside the entry instead of after it has run (plugins/web.ts). The first four have a budget.
 */
export const PRELOADED_PAGES = [
  { page: 'welcome', path: '^/$', routes: ['features/welcome/routes/welcome-page.tsx'], texts: FIRST_TEXTS },
  {
    page: 'sign-up',
    path: '^/signup$',
    routes: ['features/auth/routes/signup-page.tsx'],
    texts: FIRST_TEXTS,
  },
  { page: 'sign-in', path: '^/login$', routes: ['features/auth/routes/login-page.tsx'], texts: FIRST_TEXTS },
  {
    page: 'Home',
    path: '^/home$',
    routes: [SIGNED_IN_FRAME, 'features/home/routes/home-page.tsx'],
    texts: [...FIRST_TEXTS, 'home', 'feedback', 'preparation', 'rebound'],
  },
  // A debrief opened on a step loads that step's fields, a chunk of their own (features/interviews/debrief/
  // step-modules.ts); its address without a step, the page alone. `npm run bench:lighthouse` measures the replay step.
  ...['feelings', 'replay', 'diagnose', 'destabilizing', 'lessons', 'ratings', null].map((step) => ({
    page: step === null ? 'debrief' : `debrief: ${step}`,
    path: `^/interviews/[^/]+/debrief${step === null ? '' : `/${step}`}$`,
    routes: [
      SIGNED_IN_FRAME,
      'features/interviews/routes/debrief-page.tsx',
      ...(step === null ? [] : [`features/interviews/debrief/step-${step}.tsx`]),
    ],
    texts: [...FIRST_TEXTS, 'interviews', 'debrief'],
    uses: ['interview and debrief schemas'],
  })),
  {
    page: 'rehearsal',
    path: '^/rehearsal$',
    routes: [SIGNED_IN_FRAME, 'features/rehearsal/routes/rehearsal-page.tsx'],
    texts: [...FIRST_TEXTS, 'rehearsal', 'mock', 'recorder'],
  },
  {
    page: 'Progress',
    path: '^/progress$',
    routes: [SIGNED_IN_FRAME, 'features/progress/routes/progress-page.tsx'],
    // The recorder's texts: its voice trend's summary (app/router.tsx, PROGRESS).
    texts: [...FIRST_TEXTS, 'progress', 'recorder'],
    // Its charts, and the comfortable speaking pace its voice trend draws.
    uses: ['charts (recharts)', 'voice analysis'],
  },
]

// The sign-up and sign-in forms' zod schemas load after the first paint (lib/use-schema-form.ts), so zod is not
// counted there.
const MAX_KB = { welcome: 150, 'sign-up': 150, 'sign-in': 150, Home: 200 }

/** The first pages, checked: their first-load JavaScript at most `maxKB`, gzip (when they have one), and no heavy
 * part they do not use. */
export const BUDGETS = PRELOADED_PAGES.map(({ page, routes, texts, uses }) => ({
  page,
  routes,
  texts,
  uses: uses ?? [],
  maxKB: MAX_KB[page] ?? null,
}))

/** What every page loads first: the entry (with its static imports). */
export const ENTRY = 'index.html'

/** A visit loads its texts in one language: the larger is counted. */
export const LANGUAGES = ['fr', 'en']

/** Parts that must load only with the pages that use them, recognised by the modules in a chunk. */
export const HEAVY_PARTS = [
  { name: 'charts (recharts)', test: /node_modules\/recharts\// },
  { name: 'answer analyzer', test: /src\/domain\/analysis\// },
  { name: 'recorder', test: /components\/recorder\/(use-recorder|recorder-session|recording)\.ts$/ },
  { name: 'voice analysis', test: /src\/domain\/rehearsal\/speech\.ts$/ },
  {
    name: 'on-device delivery analysis',
    test: /src\/domain\/voice\/(frames|segments|delivery)\.ts$|node_modules\/(onnxruntime-web|@ricky0123\/vad-web|pitchy)\//,
  },
  // The bank's questions (its list of categories aside), for the bank, the mock interview and the cards.
  { name: 'question bank', test: /src\/domain\/rehearsal\/question-bank\/(?!types\.ts$)/ },
  // Schema files whose every schema a browser builds as it loads them (hundreds each): pages that read a small part
  // take it from a file of its own (interview-basics.ts, mock-progress.ts, delivery-summary.ts).
  { name: 'interview and debrief schemas', test: /src\/shared\/schemas\/interviews\.ts$/ },
  { name: 'mock interview schemas', test: /src\/shared\/schemas\/mock-interviews\.ts$/ },
]

/**
 * The JavaScript files a manifest entry needs at once: its own file and, recursively, its static imports
 * (dynamic imports load later, with what asks for them).
 * @param {Record<string, { file: string, imports?: string[] }>} manifest
 * @param {string} key
 * @returns {Set<string>}
 */
export function staticClosure(manifest, key) {
  const files = new Set()
  const visit = (k) => {
    const chunk = manifest[k]
    if (!chunk) throw new Error(`check-budgets: "${k}" is not in Vite's manifest`)
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(key)
  return files
}

/**
 * The manifest key of a module (a namespace's texts, a page's route): its own, or, when the build put it in a chunk
 * with others (the first texts' group in vite.config.ts, a lazy page merged into the common chunk its importers
 * share), the key of the chunk that holds it (the manifest then names only the chunk).
 * @param {Record<string, { file: string, imports?: string[] }>} manifest
 * @param {Record<string, string[]>} chunkModules
 * @param {string} key
 */
export function moduleKey(manifest, chunkModules, key) {
  if (manifest[key]) return key
  const holder = Object.entries(chunkModules).find(([, ids]) => ids.includes(`src/web/${key}`))?.[0]
  const grouped = holder && Object.keys(manifest).find((k) => manifest[k]?.file === holder)
  return grouped ?? key
}

/**
 * Each budgeted page's first-load JavaScript, and what is wrong with it.
 * @param {{
 *   manifest: Record<string, { file: string, imports?: string[] }>,
 *   chunkModules: Record<string, string[]>,
 *   gzipBytes: (file: string) => number,
 *   budgets?: typeof BUDGETS,
 * }} input
 */
export function checkBudgets({ manifest, chunkModules, gzipBytes, budgets = BUDGETS }) {
  const sum = (files) => [...files].reduce((total, file) => total + gzipBytes(file), 0)
  const closure = (keys) => new Set(keys.flatMap((key) => [...staticClosure(manifest, key)]))
  const rows = budgets.map(({ page, routes, texts, uses = [], maxKB }) => {
    const [language = new Set()] = LANGUAGES.map((lng) =>
      closure(texts.map((ns) => moduleKey(manifest, chunkModules, `locales/${lng}/${ns}.json`))),
    ).sort((a, b) => sum(b) - sum(a))
    const files = new Set([
      ...staticClosure(manifest, ENTRY),
      ...language,
      ...closure(routes.map((route) => moduleKey(manifest, chunkModules, route))),
    ])
    const bytes = sum(files)
    const heavy = HEAVY_PARTS.filter(
      ({ name, test }) =>
        !uses.includes(name) &&
        [...files].some((file) => (chunkModules[file] ?? []).some((id) => test.test(id))),
    ).map(({ name }) => name)
    const problems = []
    if (maxKB !== null && bytes > maxKB * 1024)
      problems.push(`${(bytes / 1024).toFixed(1)} KB is over its ${maxKB} KB budget`)
    for (const name of heavy) problems.push(`it loads the ${name}, which belongs to another page`)
    return { page, bytes, maxKB, files: files.size, problems }
  })
  return { rows, failures: rows.filter((row) => row.problems.length > 0) }
}

/**
 * The stylesheets of manifest entries and of their static imports, which Vite's helper adds, and awaits, as it
 * loads a lazy chunk.
 * @param {Record<string, { file: string, imports?: string[], css?: string[] }>} manifest
 * @param {string[]} keys
 * @returns {string[]}
 */
export function stylesheets(manifest, keys) {
  const files = new Set()
  const seen = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || seen.has(key)) return
    seen.add(key)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of keys) visit(key)
  return [...files]
}

/**
 * For each page of PRELOADED_PAGES, the files it loads first, in each language: the entry's (its
 * stylesheet and modules, first, so that the page's own do not hold the connections before them), then its
 * route chunks' stylesheets, the chunks with their static imports, and its texts.
 * @param {{ manifest: Record<string, { file: string, imports?: string[], css?: string[] }>, chunkModules: Record<string, string[]>, pages?: typeof PRELOADED_PAGES }} input
 * @returns {{ path: string, files: Record<string, string[]> }[]}
 */
export function pagePreloads({ manifest, chunkModules, pages = PRELOADED_PAGES }) {
  const entry = [...(manifest[ENTRY]?.css ?? []), ...staticClosure(manifest, ENTRY)]
  const closure = (keys) => keys.flatMap((key) => [...staticClosure(manifest, key)])
  return pages.map(({ path: pattern, routes, texts }) => {
    // The route chunks' stylesheets first: the page waits for them before it shows.
    const routeKeys = routes.map((route) => moduleKey(manifest, chunkModules, route))
    const code = [...stylesheets(manifest, routeKeys), ...closure(routeKeys)]
    const files = Object.fromEntries(
      LANGUAGES.map((lng) => {
        const words = closure(
          texts.map((ns) => moduleKey(manifest, chunkModules, `locales/${lng}/${ns}.json`)),
        )
        return [lng, [...new Set([...entry, ...code, ...words])]]
      }),
    )
    return { path: pattern, files }
  })
}

/** Where the build leaves the pages' preloads for the server, in dist/web (asset names only, public anyway). */
export const PRELOADS_FILE = 'page-preloads.json'

/** Reads dist/web's manifests, prints the table, and says whether every page is within its budget. */
export function checkBuiltBudgets(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'))
  const chunkModules = JSON.parse(readFileSync(path.join(distDir, '.vite/chunk-modules.json'), 'utf8'))
  const gzipBytes = (file) => gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length
  const { rows, failures } = checkBudgets({ manifest, chunkModules, gzipBytes })
  console.log('First-load JavaScript per page (gzip): page, size / budget, files')
  const width = Math.max(...rows.map((row) => row.page.length)) + 2
  for (const row of rows) {
    const figures = `${(row.bytes / 1024).toFixed(1)} / ${row.maxKB ?? '–'} KB`
    console.log(
      `  ${row.page.padEnd(width)}${figures.padEnd(18)}${row.files} files${row.problems.length ? '  ✗' : ''}`,
    )
  }
  for (const { page, problems } of failures)
    for (const problem of problems) console.error(`✗ ${page}: ${problem}`)
  return failures.length === 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const distDir = path.join(root, 'dist/web')
  const withinBudgets = checkBuiltBudgets(distDir)
  const read = (name) => JSON.parse(readFileSync(path.join(distDir, '.vite', name), 'utf8'))
  const preloads = pagePreloads({ manifest: read('manifest.json'), chunkModules: read('chunk-modules.json') })
  writeFileSync(path.join(distDir, PRELOADS_FILE), `${JSON.stringify(preloads, null, 1)}\n`)
  // The manifests served nothing to the app: they are not left where the server would send them.
  rmSync(path.join(distDir, '.vite'), { recursive: true, force: true })
  if (!withinBudgets) {
    console.error('A page is over its JavaScript budget (scripts/check-budgets.mjs): see above.')
    process.exit(1)
  }
}

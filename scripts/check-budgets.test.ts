import { describe, expect, it } from 'vitest'
import { DEBRIEF_STEPS } from '../src/domain/debrief'
import {
  BUDGETS,
  type Budget,
  checkBudgets,
  HEAVY_PARTS,
  moduleKey,
  PRELOADED_PAGES,
  pagePreloads,
  staticClosure,
} from './check-budgets.mjs'

// A small build: an entry with a library, the texts, a light page, and a page with the chart library.
const manifest = {
  'index.html': { file: 'assets/index.js', imports: ['_react.js'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  '_zod.js': { file: 'assets/zod.js' },
  '_recharts.js': { file: 'assets/recharts.js', imports: ['_react.js'], css: ['assets/recharts.css'] },
  'locales/fr/common.json': { file: 'assets/common-fr.js' },
  'locales/en/common.json': { file: 'assets/common-en.js' },
  'features/light-page.tsx': { file: 'assets/light-page.js', imports: ['_react.js'] },
  'features/heavy-page.tsx': { file: 'assets/heavy-page.js', imports: ['_zod.js'] },
  'features/chart-page.tsx': {
    file: 'assets/chart-page.js',
    imports: ['_recharts.js'],
    css: ['assets/chart-page.css'],
  },
}
const chunkModules = {
  'assets/recharts.js': ['node_modules/recharts/es6/index.js'],
  'assets/chart-page.js': ['src/web/features/progress/routes/progress-page.tsx'],
}
const KB = 1024
const sizes: Record<string, number> = {
  'assets/index.js': 10 * KB,
  'assets/react.js': 90 * KB,
  'assets/zod.js': 25 * KB,
  'assets/recharts.js': 5 * KB,
  'assets/common-fr.js': 2 * KB,
  'assets/common-en.js': 3 * KB,
  'assets/light-page.js': 4 * KB,
  'assets/heavy-page.js': 4 * KB,
  'assets/chart-page.js': 1 * KB,
}
const gzipBytes = (file: string) => sizes[file] ?? 0
const budget = (page: string, route: string, maxKB: number): Budget => ({
  page,
  routes: [route],
  texts: ['common'],
  maxKB,
})

describe('the first-load JavaScript budgets', () => {
  it('follows static imports, counted once, and not dynamic ones', () => {
    expect([...staticClosure(manifest, 'features/light-page.tsx')]).toEqual([
      'assets/light-page.js',
      'assets/react.js',
    ])
  })

  it('passes a page within its budget: entry, its imports, the larger language, the page', () => {
    const { rows, failures } = checkBudgets({
      manifest,
      chunkModules,
      gzipBytes,
      budgets: [budget('light', 'features/light-page.tsx', 110)],
    })
    // 10 + 90 + 3 (English, the larger) + 4
    expect(rows[0]?.bytes).toBe(107 * KB)
    expect(failures).toEqual([])
  })

  it('fails a page over its budget, saying by how much', () => {
    const { failures } = checkBudgets({
      manifest,
      chunkModules,
      gzipBytes,
      budgets: [
        budget('light', 'features/light-page.tsx', 110),
        budget('heavy', 'features/heavy-page.tsx', 110),
      ],
    })
    expect(failures.map((row) => row.page)).toEqual(['heavy'])
    expect(failures[0]?.problems).toEqual(['132.0 KB is over its 110 KB budget'])
  })

  it('fails a page that carries a heavy part of another page, even within its budget', () => {
    const { failures } = checkBudgets({
      manifest,
      chunkModules,
      gzipBytes,
      budgets: [budget('charts', 'features/chart-page.tsx', 500)],
    })
    expect(failures[0]?.problems).toEqual(['it loads the charts (recharts), which belongs to another page'])
  })

  it('lets a page load the heavy parts it uses, and checks a page without a size budget for the others', () => {
    const withBank = {
      ...chunkModules,
      'assets/chart-page.js': [
        'src/web/features/progress/routes/progress-page.tsx',
        'src/domain/rehearsal/question-bank/types.ts',
      ],
    }
    const charts: Budget = { ...budget('charts', 'features/chart-page.tsx', 0), maxKB: null }
    const allowed = checkBudgets({
      manifest,
      chunkModules: withBank,
      gzipBytes,
      budgets: [{ ...charts, uses: ['charts (recharts)'] }],
    })
    // No size budget, the charts it uses, and the bank's list of categories is not the bank.
    expect(allowed.failures).toEqual([])
    expect(allowed.rows[0]?.bytes).toBe(109 * KB)
    const { failures } = checkBudgets({
      manifest,
      chunkModules: {
        ...withBank,
        'assets/chart-page.js': [
          ...(withBank['assets/chart-page.js'] ?? []),
          'src/domain/rehearsal/question-bank/fr.ts',
        ],
      },
      gzipBytes,
      budgets: [{ ...charts, uses: ['charts (recharts)'] }],
    })
    expect(failures[0]?.problems).toEqual(['it loads the question bank, which belongs to another page'])
  })

  it('counts texts the build grouped in one chunk through the chunk that holds them', () => {
    const grouped = {
      ...manifest,
      'locales/fr/common.json': undefined,
      '_texts-fr.js': { file: 'assets/texts-fr.js' },
    } as unknown as typeof manifest
    const modules = { ...chunkModules, 'assets/texts-fr.js': ['src/web/locales/fr/common.json'] }
    expect(moduleKey(grouped, modules, 'locales/fr/common.json')).toBe('_texts-fr.js')
    expect(moduleKey(grouped, modules, 'locales/en/common.json')).toBe('locales/en/common.json')
    const { rows } = checkBudgets({
      manifest: grouped,
      chunkModules: modules,
      gzipBytes: (file) => (file === 'assets/texts-fr.js' ? 4 * KB : gzipBytes(file)),
      budgets: [budget('light', 'features/light-page.tsx', 110)],
    })
    // 10 + 90 + 4 (French, grouped, now the larger) + 4
    expect(rows[0]?.bytes).toBe(108 * KB)
  })

  it('counts a page the build merged into a shared chunk through that chunk, with its imports', () => {
    const merged = {
      ...manifest,
      'features/light-page.tsx': undefined,
      '_shared.js': { file: 'assets/shared.js', imports: ['_zod.js'] },
    } as unknown as typeof manifest
    const modules = { ...chunkModules, 'assets/shared.js': ['src/web/features/light-page.tsx'] }
    const { rows } = checkBudgets({
      manifest: merged,
      chunkModules: modules,
      gzipBytes: (file) => (file === 'assets/shared.js' ? 6 * KB : gzipBytes(file)),
      budgets: [budget('light', 'features/light-page.tsx', 150)],
    })
    // 10 + 90 + 3 (English, the larger) + 6 + 25
    expect(rows[0]?.bytes).toBe(134 * KB)
    expect(
      pagePreloads({
        manifest: merged,
        chunkModules: modules,
        pages: [{ page: 'light', path: '^/$', routes: ['features/light-page.tsx'], texts: [] }],
      })[0]?.files.fr,
    ).toEqual(['assets/index.css', 'assets/index.js', 'assets/react.js', 'assets/shared.js', 'assets/zod.js'])
  })

  it('refuses a route the build does not have, rather than counting nothing', () => {
    expect(() =>
      checkBudgets({
        manifest,
        chunkModules,
        gzipBytes,
        budgets: [budget('gone', 'features/gone.tsx', 150)],
      }),
    ).toThrow(/not in Vite's manifest/)
  })
})

describe('the first pages’ preloads', () => {
  it('names the entry’s files first, then each page’s stylesheets, chunks and texts in its language', () => {
    const pages = [
      { page: 'light', path: '^/$', routes: ['features/light-page.tsx'], texts: ['common'] },
      {
        page: 'charts',
        path: '^/progress$',
        routes: ['features/chart-page.tsx', 'features/heavy-page.tsx'],
        texts: [],
      },
    ]
    const entry = ['assets/index.css', 'assets/index.js', 'assets/react.js']
    expect(pagePreloads({ manifest, chunkModules, pages })).toEqual([
      {
        path: '^/$',
        files: {
          fr: [...entry, 'assets/light-page.js', 'assets/common-fr.js'],
          en: [...entry, 'assets/light-page.js', 'assets/common-en.js'],
        },
      },
      {
        path: '^/progress$',
        files: {
          fr: [
            ...entry,
            'assets/chart-page.css',
            'assets/recharts.css',
            'assets/chart-page.js',
            'assets/recharts.js',
            'assets/heavy-page.js',
            'assets/zod.js',
          ],
          en: [
            ...entry,
            'assets/chart-page.css',
            'assets/recharts.css',
            'assets/chart-page.js',
            'assets/recharts.js',
            'assets/heavy-page.js',
            'assets/zod.js',
          ],
        },
      },
    ])
  })

  it('fails the build when a page’s route is no longer in the manifest', () => {
    const pages = [{ page: 'gone', path: '^/gone$', routes: ['features/gone-page.tsx'], texts: [] }]
    expect(() => pagePreloads({ manifest, chunkModules, pages })).toThrow(/gone-page/)
  })

  it('checks every first page, from the same table: the first four with a size budget', () => {
    expect(BUDGETS.map(({ page, maxKB }) => [page, maxKB])).toEqual([
      ['welcome', 150],
      ['sign-up', 150],
      ['sign-in', 150],
      ['Home', 200],
      ['debrief: feelings', null],
      ['debrief: replay', null],
      ['debrief: diagnose', null],
      ['debrief: destabilizing', null],
      ['debrief: lessons', null],
      ['debrief: ratings', null],
      ['debrief', null],
      ['rehearsal', null],
      ['Progress', null],
    ])
    for (const budget of BUDGETS)
      expect(PRELOADED_PAGES.find(({ page }) => page === budget.page)?.routes).toEqual(budget.routes)
    // A page may only be allowed a heavy part that exists: a misspelt or removed name would allow nothing.
    const parts = HEAVY_PARTS.map(({ name }) => name)
    for (const { uses } of PRELOADED_PAGES) for (const name of uses ?? []) expect(parts).toContain(name)
  })

  it('names every debrief step, each with its own fields, and no step the debrief does not have', () => {
    const steps = PRELOADED_PAGES.flatMap(({ routes }) =>
      routes.flatMap((route) => /debrief\/step-([a-z]+)\.tsx$/.exec(route)?.[1] ?? []),
    )
    expect(steps).toEqual([...DEBRIEF_STEPS])
  })

  it('matches the addresses the router gives those pages', () => {
    const matching = (address: string) =>
      PRELOADED_PAGES.filter(({ path }) => new RegExp(path).test(address)).map(({ routes }) => routes.at(-1))
    expect(matching('/')).toEqual(['features/welcome/routes/welcome-page.tsx'])
    expect(matching('/login')).toEqual(['features/auth/routes/login-page.tsx'])
    // A debrief step with its own fields' chunk; the debrief's address without a step, the page alone.
    expect(matching('/interviews/abc/debrief/replay')).toEqual([
      'features/interviews/debrief/step-replay.tsx',
    ])
    expect(matching('/interviews/abc/debrief/lessons')).toEqual([
      'features/interviews/debrief/step-lessons.tsx',
    ])
    expect(matching('/interviews/abc/debrief')).toEqual(['features/interviews/routes/debrief-page.tsx'])
    expect(matching('/interviews/abc/debrief/unknown')).toEqual([])
    expect(matching('/interviews/abc/summary')).toEqual([])
    expect(matching('/progress/report')).toEqual([])
  })
})

import type { Page, Request } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { phone, sharedBrowser, watchProblems } from './support/browser'
import { gathered, signedInOnPhone } from './support/signed-in'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

// The French demo account made by the seed (src/server/seed/demo-fr.ts); this journey only reads it.
const CAMILLE = { email: 'camille.demo@example.org', password: 'rebond-demo-2026' }

/** What the signed-in frame asks on every page it opens with. */
const FRAME = ['/api/auth/session', '/api/sharing/links']

/** The API reads a page makes while it opens, in order, until the network is quiet. */
async function readsWhileOpening(page: Page, path: string, heading: RegExp): Promise<string[]> {
  const reads: string[] = []
  const listen = (request: Request) => {
    const url = new URL(request.url())
    if (request.method() === 'GET' && url.pathname.startsWith('/api/')) reads.push(url.pathname + url.search)
  }
  page.on('request', listen)
  await page.goto(`${baseURL}${path}`)
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  await page.waitForLoadState('networkidle')
  page.off('request', listen)
  return reads
}

describe('a signed-in page asks for its data as it opens', () => {
  it('opening Home, a debrief step, rehearsal and Progress asks each of their reads once, and nothing else', async () => {
    // Without the service worker, whose own requests for the page's reads would show here too.
    const { context, page, problems } = await signedInOnPhone(browser, baseURL, CAMILLE)
    const listed = await page.request.get(`${baseURL}/api/interviews`)
    const { interviews } = (await listed.json()) as { interviews: { id: string }[] }
    const id = interviews[0]?.id ?? ''

    // Asked ahead of the page's code (app/read-ahead.ts) and taken by the page's own queries: a read
    // asked twice, or a path the page does not read, would show here.
    const pages: [string, RegExp, string[]][] = [
      ['/home', /^Bonjour/, ['/api/home', '/api/feedback/follow-ups']],
      [
        `/interviews/${id}/debrief/replay`,
        /^Débrief/,
        [`/api/interviews/${id}`, `/api/interviews/${id}/debrief`],
      ],
      ['/rehearsal', /^Entraînement$/, ['/api/rehearsal/queue']],
      [
        '/progress',
        /^Vos progrès$/,
        ['/api/progress', '/api/insights', '/api/moods', '/api/mock-interviews/progress'],
      ],
    ]
    const files: string[] = []
    page.on('request', (request) => files.push(new URL(request.url()).pathname))
    for (const [path, heading, own] of pages) {
      const reads = await readsWhileOpening(page, path, heading)
      expect([...reads].sort(), path).toEqual([...FRAME, ...own].sort())
    }
    // No debrief edit waits on this device: the frame loads none of the code that would send one
    // (app/layout/app-shell.tsx), which the debrief step loads for itself.
    expect(files.filter((file) => file.includes('/waiting-debriefs-'))).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a signed-in page on a device where someone is signed in', () => {
  it('asks its reads beside the session, and what it does not need once it has painted', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
    const signIn = await context.newPage()
    await rebond(signIn, baseURL).signIn('fr', CAMILLE)
    await signIn.waitForURL(`${baseURL}/home`)
    await signIn.close()
    const page = await context.newPage()
    const problems = watchProblems(page)
    // The session's answer is held until Home's read has left (at most 5 s): a page that waited for it first
    // would ask its read only after.
    let homeAsked: () => void = () => undefined
    const homeLeft = new Promise<void>((resolve) => {
      homeAsked = resolve
    })
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/home') homeAsked()
    })
    let homeBeforeSession = false
    await page.route('**/api/auth/session', async (route) => {
      homeBeforeSession = await Promise.race([
        homeLeft.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
      ])
      await route.continue()
    })
    await page.addInitScript(`
      window.__paints = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__paints.push(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    `)
    // With a query string the server names no reads (src/shared/page-reads.ts): the page asks them itself.
    await page.goto(`${baseURL}/home?from=here`)
    await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(homeBeforeSession).toBe(true)
    // The service worker's registration and the navigation's "People I support" start after the page's largest
    // paint (lib/first-page-shown.ts), not in the queue before it.
    const { paint, starts } = await page.evaluate(() => ({
      paint: Math.max(...(globalThis as unknown as { __paints: number[] }).__paints),
      starts: performance
        .getEntriesByType('resource')
        .filter(({ name }) => /\/assets\/(virtual_pwa-register|people-nav-item)-/.test(name))
        .map(({ name, startTime }) => ({ name: name.replace(/^.*\/assets\//, ''), startTime })),
    }))
    expect(starts).toHaveLength(2)
    for (const { name, startTime } of starts) expect(startTime, name).toBeGreaterThanOrEqual(paint)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a signed-in first page’s reads leave with its code', () => {
  it('the server names Home’s and Progress’s reads in their Link header, and the page takes those answers', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
    const signIn = await context.newPage()
    await rebond(signIn, baseURL).signIn('fr', CAMILLE)
    await signIn.waitForURL(`${baseURL}/home`)
    await signIn.close()
    const cases: [string, RegExp, string[]][] = [
      ['/home', /^Bonjour/, ['/api/home', '/api/feedback/follow-ups']],
      [
        '/progress',
        /^Vos progrès$/,
        ['/api/progress', '/api/insights', '/api/moods', '/api/mock-interviews/progress'],
      ],
    ]
    for (const [path, heading, own] of cases) {
      const page = await context.newPage()
      const problems = watchProblems(page)
      const warnings: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'warning' && /preload/i.test(message.text())) warnings.push(message.text())
      })
      const asked = new Map<string, number>()
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.pathname.startsWith('/api/')) asked.set(url.pathname, (asked.get(url.pathname) ?? 0) + 1)
      })
      const response = await page.goto(`${baseURL}${path}`)
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      await page.waitForLoadState('networkidle')
      const reads = (response?.headers().link ?? '')
        .split(', ')
        .filter((entry) => entry.endsWith('rel=preload; as=fetch; crossorigin'))
        .map((entry) => entry.slice(1, entry.indexOf('>')))
      expect(reads, path).toEqual([...FRAME, ...own])
      // Each asked once: the app's own request took the preloaded answer.
      expect(Object.fromEntries(asked), path).toEqual(Object.fromEntries(reads.map((read) => [read, 1])))
      // A preload the page did not take would show as a warning a few seconds later.
      await page.waitForTimeout(3_500)
      expect(warnings, path).toEqual([])
      expect(problems, path).toEqual([])
      await page.close()
    }
    // Signed out, an address names no reads.
    const anonymous = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
    const answer = await anonymous.request.get(`${baseURL}/home`)
    expect(answer.headers().link ?? '').not.toContain('/api/')
    await anonymous.close()
    await context.close()
  })
})

describe('a first page’s files leave with the entry', () => {
  it('the welcome, sign-in, Home and debrief step pages name their files in a Link header, and each is fetched once', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
    const signIn = await context.newPage()
    await rebond(signIn, baseURL).signIn('fr', CAMILLE)
    await signIn.waitForURL(`${baseURL}/home`)
    await signIn.close()
    const { interviews } = (await (await context.request.get(`${baseURL}/api/interviews`)).json()) as {
      interviews: { id: string }[]
    }
    const replay = `/interviews/${interviews[0]?.id}/debrief/replay`
    // Welcome and sign-in signed out (their own context), Home and a debrief step signed in: each in a fresh cache.
    const cases: [string, RegExp, boolean][] = [
      ['/', /^Un entretien s’est mal passé/, false],
      ['/login', /^Vous revoilà$/, false],
      ['/home', /^Bonjour/, true],
      [replay, /^Débrief/, true],
    ]
    for (const [path, heading, signedIn] of cases) {
      const fresh = signedIn
        ? await browser.newContext({
            ...phone,
            locale: 'fr-FR',
            serviceWorkers: 'block',
            storageState: await context.storageState(),
          })
        : await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
      const page = await fresh.newPage()
      const problems = watchProblems(page)
      const asked = new Map<string, number>()
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.pathname.startsWith('/assets/')) asked.set(url.pathname, (asked.get(url.pathname) ?? 0) + 1)
      })
      const response = await page.goto(`${baseURL}${path}`)
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
      await page.waitForLoadState('networkidle')
      const named = (response?.headers().link ?? '')
        .split(', ')
        .map((entry) => entry.slice(1, entry.indexOf('>')))
      // The entry's stylesheet first, then modules: the page's own chunk among them, and a debrief step's fields.
      expect(named[0], path).toMatch(/^\/assets\/index-.*\.css$/)
      expect(named.length, path).toBeGreaterThan(5)
      if (path === replay)
        expect(named.filter((file) => /\/step-replay-[\w-]+\.js$/.test(file)).length).toBe(1)
      // Its files (its API reads are the next test's).
      for (const file of named.filter((entry) => entry.startsWith('/assets/')))
        expect(asked.get(file), `${path}: ${file}`).toBe(1)
      expect(
        [...asked].filter(([, count]) => count > 1),
        path,
      ).toEqual([])
      expect(problems, path).toEqual([])
      await fresh.close()
    }
    await context.close()
  })
})

describe('the dates and numbers a page writes', () => {
  it('have their language’s data loaded by a worker that ends once done, and are written in French', async () => {
    const { context, page, problems } = await signedInOnPhone(browser, baseURL, CAMILLE)
    // lib/dates.ts, loadIntlData: started as the app starts, off the page's thread, ended once it has answered.
    const started: string[] = []
    const ended: string[] = []
    page.on('worker', (worker) => {
      started.push(worker.url())
      worker.on('close', () => ended.push(worker.url()))
    })
    await page.goto(`${baseURL}/interviews`)
    await page.getByRole('heading', { level: 1, name: 'Vos entretiens' }).waitFor()
    const intlData = (urls: string[]) =>
      urls.filter((url) => /\/assets\/intl-data\.worker-[\w-]+\.js$/.test(url))
    expect(intlData(started)).toHaveLength(1)
    await expect.poll(() => intlData(ended).length).toBe(1)
    // The page's own formats, made on its thread once the worker has loaded the data: a French month.
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toMatch(
        /\d{1,2}\s(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.|janvier|février|avril|juillet|septembre|octobre|novembre|décembre)\s\d{4}/,
      )
    expect(problems).toEqual([])
    await context.close()
  })

  it('start loading as the app’s code starts to run, before the app asks who is signed in', async () => {
    const { context, page, problems } = await signedInOnPhone(browser, baseURL, CAMILLE)
    // What the page's scripts start, in the order they start it: the dates' data is main.tsx's first step, so the
    // worker leaves before the session is asked (it used to leave after the first page's reads).
    await page.addInitScript(`
      window.__started = [];
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        constructor(url, options) {
          super(url, options);
          window.__started.push('worker ' + (options && options.name));
        }
      };
      const nativeFetch = window.fetch;
      window.fetch = function (input, init) {
        window.__started.push('fetch ' + new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
        return nativeFetch.call(this, input, init);
      };
    `)
    await page.goto(`${baseURL}/home?from=here`)
    await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor()
    const started = await gathered(page, '__started')
    const worker = started.indexOf('worker intl-data')
    const firstRead = started.findIndex((entry) => entry.startsWith('fetch /api/'))
    expect(worker, started.join(', ')).toBeGreaterThanOrEqual(0)
    expect(firstRead, started.join(', ')).toBeGreaterThan(worker)
    expect(problems).toEqual([])
    await context.close()
  })
})

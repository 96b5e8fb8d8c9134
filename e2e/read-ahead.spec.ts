import type { Page, Request } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { phone, sharedBrowser, watchProblems } from './support/browser'

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
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    await rebond(page, baseURL).signIn('fr', CAMILLE)
    await page.waitForURL(`${baseURL}/home`)
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
    for (const [path, heading, own] of pages) {
      const reads = await readsWhileOpening(page, path, heading)
      expect([...reads].sort(), path).toEqual([...FRAME, ...own].sort())
    }
    expect(problems).toEqual([])
    await context.close()
  })
})

import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { FR } from './pages/interviews.page'
import { rebond } from './pages/rebond.page'
import { type A11yViolation, describeViolations, seriousA11yViolations } from './support/axe'
import { phone, screenshot, sharedBrowser } from './support/browser'

// axe as an outside judge: every main page, on a phone, in the light and the dark theme (the app
// follows the system's setting; each page is opened once and checked in both, the system switching
// between them as a phone does at dusk), must show no serious or critical violation. A new account gives the
// pages of someone starting out (an empty Home, a capture, a rebound plan); the French demo account
// (seeded by global-setup) gives the pages full of data, which this journey only reads.

const baseURL = inject('baseURL')
const CAMILLE = { email: 'camille.demo@example.org', password: 'rebond-demo-2026' }
const DEBRIEF_STEPS = ['feelings', 'replay', 'diagnose', 'destabilizing', 'lessons', 'ratings']
const browser = sharedBrowser()

const SCHEMES = ['light', 'dark'] as const

/** Waits until the page has its heading and nothing is loading any more. */
async function settled(page: Page) {
  await page.locator('main h1').first().waitFor()
  await page.waitForLoadState('networkidle')
  // Progress draws its charts once their chunk has loaded: slow on a busy machine.
  await page.locator('.page-loading, .spinner').first().waitFor({ state: 'detached', timeout: 30_000 })
}

/** Checks the page on screen in the light theme, then in the dark one; the dark pages are kept as screenshots. */
function checker(found: A11yViolation[]) {
  return async (page: Page, name: string) => {
    await settled(page)
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      // Buttons fade to their new colours: axe measures contrast once they are there. Only the fades (CSS
      // transitions) are awaited: a looping animation (a recording dot) never finishes.
      await page.evaluate(
        'Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished)).then(() => true)',
      )
      found.push(...(await seriousA11yViolations(page, `${name} (${scheme})`)))
      if (scheme === 'dark') await screenshot(page, `a11y-${name.replaceAll(' ', '-')}-dark-fr-phone`)
    }
    await page.emulateMedia({ colorScheme: 'light' })
  }
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ ...phone, locale: 'fr-FR', colorScheme: 'light' })
}

/** Welcome, sign-in, sign-up; then a new account: empty Home, a capture, the rebound plan after a refusal. */
async function startingOut(check: (page: Page, name: string) => Promise<void>) {
  const context = await newContext()
  const page = await context.newPage()
  const app = rebond(page, baseURL)
  await app.openWelcome()
  await check(page, 'welcome')
  await page.goto(`${baseURL}/login`)
  await check(page, 'sign-in')
  await page.goto(`${baseURL}/signup`)
  await check(page, 'sign-up')

  await app.signUp('fr', {
    name: 'Inès',
    email: `ines-a11y-${Date.now()}@example.fr`,
    password: 'un long mot de passe',
  })
  await page.waitForURL(`${baseURL}/home`)
  await check(page, 'home empty')

  await page.getByRole('link', { name: FR.capture }).first().click()
  await page.waitForURL(`${baseURL}/interviews/new`)
  await check(page, 'capture')
  await page.getByLabel(FR.company, { exact: true }).fill('Lumen Énergie')
  await page.getByLabel(FR.role, { exact: true }).fill('Cheffe de projet')
  await page.getByRole('radio', { name: 'Entretien RH' }).check()
  await page.getByRole('radio', { name: /Plutôt mal/ }).check()
  await page.getByRole('button', { name: FR.submitCapture }).click()
  await page.waitForURL(/\/interviews\/[^/]+\/debrief\/feelings$/)
  await check(page, 'debrief feelings new')

  await app.goTo('fr', 'interviews')
  await page.waitForURL(`${baseURL}/interviews`)
  await page.getByRole('button', { name: 'Refus : rebondir (Lumen Énergie)' }).click()
  await page.waitForURL(/\/rebound\/[^/]+#plan$/)
  await check(page, 'rebound plan')
  await context.close()
}

/** The pages of an account full of data (the French demo account), read only. */
async function withData(check: (page: Page, name: string) => Promise<void>, part: 'interviews' | 'the rest') {
  const context = await newContext()
  const page = await context.newPage()
  await rebond(page, baseURL).signIn('fr', CAMILLE)
  await page.waitForURL(`${baseURL}/home`)
  const pages = part === 'interviews' ? await interviewPages(page) : await otherPages(page)
  if (part === 'interviews') await check(page, 'home')
  for (const [name, path] of pages) {
    await page.goto(`${baseURL}${path}`)
    await check(page, name)
  }
  await context.close()
}

/** The interviews list, the most advanced debrief's interview, its steps, summary, feedback and preparation. */
async function interviewPages(page: Page): Promise<[string, string][]> {
  const { interviews } = (await (await page.request.get(`${baseURL}/api/interviews`)).json()) as {
    interviews: { id: string; debrief: { progress: number } | null }[]
  }
  const debriefed = [...interviews]
    .filter((interview) => interview.debrief !== null)
    .sort((a, b) => (b.debrief?.progress ?? 0) - (a.debrief?.progress ?? 0))[0]
  if (!debriefed) throw new Error('the demo account has no debrief')
  const at = `/interviews/${debriefed.id}`
  return [
    ['interviews', '/interviews'],
    ['interview', at],
    ...DEBRIEF_STEPS.map((step): [string, string] => [`debrief ${step}`, `${at}/debrief/${step}`]),
    ['debrief summary', `${at}/summary`],
    ['feedback', `${at}/feedback`],
    ['preparation', `${at}/prep`],
  ]
}

/** Rehearsal (deck, bank, one card), the mock interview's set-up, Progress and Account. */
async function otherPages(page: Page): Promise<[string, string][]> {
  const { cards } = (await (await page.request.get(`${baseURL}/api/rehearsal/cards`)).json()) as {
    cards: { id: string }[]
  }
  if (!cards[0]) throw new Error('the demo account has no rehearsal card')
  return [
    ['rehearsal', '/rehearsal'],
    ['rehearsal deck', '/rehearsal/deck'],
    ['rehearsal bank', '/rehearsal/bank'],
    ['rehearse card', `/rehearsal/cards/${cards[0].id}`],
    ['mock interview set-up', '/mock-interview'],
    ['progress', '/progress'],
    ['account', '/account'],
  ]
}

describe('accessibility: axe on every main page, on a phone, light and dark', () => {
  it('starting out: no serious or critical violation', async () => {
    const found: A11yViolation[] = []
    await startingOut(checker(found))
    expect(found, describeViolations(found)).toEqual([])
  }, 240_000)

  for (const part of ['interviews', 'the rest'] as const) {
    it(`an account full of data (${part}): no serious or critical violation`, async () => {
      const found: A11yViolation[] = []
      await withData(checker(found), part)
      expect(found, describeViolations(found)).toEqual([])
    }, 300_000)
  }
})

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { rebond } from '../pages/rebond.page'
import { desktop, phone, watchProblems } from './browser'

/**
 * The two sides of sharing, each in its own browser: Camille, who shares, in French (on a phone unless
 * told otherwise), signed up and on Home; and the coach's empty browser, in English on a wide screen.
 * `label` keeps Camille's address apart from other journeys'.
 */
export async function ownerAndCoach(
  browser: Pick<Browser, 'newContext'>,
  baseURL: string,
  label: string,
  ownerDevice: BrowserContextOptions = phone,
) {
  const stamp = Date.now()
  const owner = await browser.newContext({ ...ownerDevice, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
  const coach = await browser.newContext({ ...desktop, locale: 'en-GB', timezoneId: 'Europe/London' })
  const page = await owner.newPage()
  const coachPage = await coach.newPage()
  const problems = watchProblems(page)
  const coachProblems = watchProblems(coachPage)
  await rebond(page, baseURL).signUp('fr', {
    name: 'Camille',
    email: `camille-${label}-${stamp}@example.fr`,
    password: 'partager avec soin',
  })
  await page.waitForURL(`${baseURL}/home`)
  return { stamp, owner, coach, page, coachPage, problems, coachProblems }
}

/**
 * Camille invites through the API; in the coach's browser, Sam signs up (in English) and accepts. The link's
 * id, for the coach's pages. `label` keeps Sam's address apart from other journeys'.
 */
export async function shareWithSam(
  sides: { stamp: number; owner: BrowserContext; coach: BrowserContext; coachPage: Page },
  baseURL: string,
  label: string,
  invitation: { role: 'coach' | 'partner'; shares: Record<string, string | boolean> },
): Promise<string> {
  const invited = await sides.owner.request.post(`${baseURL}/api/sharing/invitations`, { data: invitation })
  expect(invited.status(), await invited.text()).toBe(201)
  const { url } = (await invited.json()) as { url: string }
  await rebond(sides.coachPage, baseURL).signUp('en', {
    name: 'Sam',
    email: `sam-${label}-${sides.stamp}@example.org`,
    password: 'coaching with care',
  })
  await sides.coachPage.waitForURL(`${baseURL}/home`)
  const accepted = await sides.coach.request.post(`${baseURL}/api/sharing/accept`, {
    data: { token: url.split('#')[1] },
  })
  expect(accepted.status(), await accepted.text()).toBe(200)
  // Accepted outside the open page (as from another device): its Home may have asked for the links just before,
  // and a page mounting meanwhile shares that answer. The page is opened again, as the coach would.
  await sides.coachPage.reload()
  return ((await accepted.json()) as { link: { id: string } }).link.id
}

import type { Browser, BrowserContextOptions } from 'playwright-core'
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

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { rebond } from '../pages/rebond.page'
import { phone, watchProblems } from './browser'

/**
 * A French phone signed in as `account`, on Home, in a context without the service worker (whose own requests and
 * cached answers would show in what a journey watches). Close `context` at the end.
 */
export async function signedInOnPhone(
  browser: Pick<Browser, 'newContext'>,
  baseURL: string,
  account: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ ...phone, locale: 'fr-FR', serviceWorkers: 'block' })
  const page = await context.newPage()
  const problems = watchProblems(page)
  await rebond(page, baseURL).signIn('fr', account)
  await page.waitForURL(`${baseURL}/home`)
  return { context, page, problems }
}

/** What a script installed with `addInitScript` gathered in the page under `window[name]`. */
export function gathered(page: Page, name: string): Promise<string[]> {
  return page.evaluate((key) => (globalThis as unknown as Record<string, string[]>)[key] ?? [], name)
}

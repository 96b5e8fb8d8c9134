import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Waits until every section of the page says its changes are on the server. */
export async function waitAllSaved(page: Page, timeout = 10_000): Promise<void> {
  // Polled from here with locators: the app's CSP forbids evaluating strings in the page.
  await expect
    .poll(
      async () => {
        const all = await page.locator('.save-indicator').count()
        const waiting = await page.locator('.save-indicator:not(.save-indicator--saved)').count()
        return all > 0 && waiting === 0
      },
      { timeout, interval: 100, message: `sections still saving after ${timeout} ms` },
    )
    .toBe(true)
}

import type { Page } from 'playwright-core'
import { LABELS } from './rebond.page'

/** The invitee's side of sharing: the invitation page and the read-only shared pages, by accessible names. */
export function sharing(page: Page, baseURL: string) {
  return {
    page,
    async openInvitation(url: string) {
      await page.goto(url)
    },
    /** From the invitation page: create an account, and come back to the invitation. */
    async signUpFromInvitation(user: { name: string; email: string; password: string }) {
      const l = LABELS.en
      await page.getByRole('link', { name: 'Create an account' }).click()
      await page.waitForURL(/\/signup\?next=/)
      await page.getByLabel(l.displayName, { exact: true }).fill(user.name)
      await page.getByLabel(l.email, { exact: true }).fill(user.email)
      await page.getByLabel(l.password, { exact: true }).fill(user.password)
      await page.getByRole('button', { name: l.createAccount }).click()
      await page.waitForURL(`${baseURL}/invitation`)
    },
    async accept() {
      await page.getByRole('button', { name: 'Accept the invitation' }).click()
      await page.waitForURL(/\/shared\/[^/]+$/)
    },
    /** "Supporting" in the navigation: the people who share with this person. */
    async openPeople() {
      await page.getByRole('link', { name: 'Supporting', exact: true }).first().click()
      await page.getByRole('heading', { name: 'People I support' }).waitFor()
    },
    async openPerson(name: string) {
      await page.getByRole('link', { name, exact: true }).click()
      await page.getByRole('heading', { name: `${name}’s space` }).waitFor()
    },
    /** From a person's space: what else they share ("Practice answers", "Progress"…). */
    async openSection(name: string) {
      await page.getByRole('link', { name, exact: true }).click()
      await page.getByRole('heading', { name, level: 1 }).waitFor()
    },
    async openDebrief(title: string) {
      await page.getByRole('link', { name: title }).click()
      await page.waitForURL(/\/shared\/[^/]+\/debriefs\//)
    },
  }
}

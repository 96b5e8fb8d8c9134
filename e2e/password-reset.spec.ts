import { describe, expect, inject, it } from 'vitest'
import { passwordReset } from './pages/password-reset.page'
import { rebond } from './pages/rebond.page'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'
import { linkIn, mailsTo, waitForMail } from './support/mailbox'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

describe('a forgotten password, reset by mail', () => {
  it('asks for a link on a phone, follows it from the mail, sets a new password and signs in; the other device is signed out', async () => {
    const user = {
      name: 'Camille',
      email: `camille-reset-${Date.now()}@example.fr`,
      password: 'le mot de passe oublié',
    }
    const newPassword = 'un tout nouveau départ'

    // Signed in on a laptop, then forgotten on the phone.
    const laptop = await browser.newContext({ ...desktop, locale: 'fr-FR' })
    const laptopPage = await laptop.newPage()
    await rebond(laptopPage, baseURL).signUp('fr', user)
    await laptopPage.waitForURL(`${baseURL}/home`)

    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const reset = passwordReset(page, baseURL, 'fr')

    await page.goto(`${baseURL}/login`)
    await page.getByRole('link', { name: reset.labels.forgot }).waitFor()
    await screenshot(page, 'password-reset-01-login-fr-phone')
    await reset.askForLink(user.email)
    await page.getByText(`Si un compte Rebond utilise ${user.email}`).waitFor()
    await screenshot(page, 'password-reset-02-sent-fr-phone')

    const mail = await waitForMail(user.email)
    expect(mail.subject).toBe(reset.labels.subject)
    expect(mail.text).toContain('Bonjour Camille,')
    const link = linkIn(mail, '/reset-password')
    expect(link.startsWith(`${baseURL}/reset-password#`)).toBe(true)
    expect(mail.html).toContain(`href="${link}"`)

    await page.goto(link)
    await reset.heading(reset.labels.chooseHeading).waitFor()
    await expect.poll(() => page.getByText(user.email).count()).toBeGreaterThan(0)
    // The token leaves the address bar once read.
    expect(page.url()).toBe(`${baseURL}/reset-password`)
    await screenshot(page, 'password-reset-03-choose-fr-phone')
    await reset.chooseNewPassword(newPassword)
    await screenshot(page, 'password-reset-04-done-fr-phone')

    await reset.goToSignIn()
    await rebond(page, baseURL).signIn('fr', { email: user.email, password: newPassword })
    await page.waitForURL(`${baseURL}/home`)
    await page.getByRole('heading', { level: 1, name: /Camille/ }).waitFor()

    // The laptop's session ended with the reset: it is sent to sign in.
    await laptopPage.goto(`${baseURL}/account`)
    await laptopPage.waitForURL(/\/login/)

    // The same link a second time: it has been used.
    const again = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const againPage = await again.newPage()
    await againPage.goto(link)
    await againPage.getByRole('heading', { level: 1, name: reset.labels.brokenHeading }).waitFor()
    await againPage.getByRole('alert').getByText(reset.labels.used).waitFor()
    await againPage.getByRole('link', { name: reset.labels.newLink }).waitFor()
    await screenshot(againPage, 'password-reset-05-used-fr-phone')

    expect(await mailsTo(user.email)).toHaveLength(1)
    expect(problems).toEqual([])
    await Promise.all([laptop.close(), context.close(), again.close()])
  })

  it('says plainly, in English, that a forged link is not recognised, and sends no mail for an unknown address', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB' })
    const page = await context.newPage()
    const reset = passwordReset(page, baseURL, 'en')

    await page.goto(`${baseURL}/reset-password#not-a-real-token`)
    await page.getByRole('heading', { level: 1, name: reset.labels.brokenHeading }).waitFor()
    await page.getByRole('alert').getByText(reset.labels.invalid).waitFor()
    await screenshot(page, 'password-reset-06-forged-en-desktop')

    const nobody = `nobody-${Date.now()}@example.org`
    await reset.askForLink(nobody)
    await screenshot(page, 'password-reset-07-sent-unknown-en-desktop')
    // The answer is the same as for an account; nothing leaves.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await mailsTo(nobody)).toEqual([])
    await context.close()
  })
})

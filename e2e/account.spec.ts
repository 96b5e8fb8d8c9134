import { describe, expect, inject, it } from 'vitest'
import { LABELS, rebond } from './pages/rebond.page'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

describe('an account, end to end', () => {
  it('anonymous pages log nothing in the console: no 401 for the session, no error', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })
    for (const path of ['/', '/login', '/signup', '/home', '/page-that-does-not-exist']) {
      await page.goto(`${baseURL}${path}`)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
    }
    expect(failed.filter((f) => f.includes('/api/'))).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('sign-up → shell in French → switch to English → sign-out → sign-in on a fresh browser → delete account', async () => {
    // A browser set to Martinique: the account starts in that zone.
    const context = await browser.newContext({ ...phone, locale: 'fr-FR', timezoneId: 'America/Martinique' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const user = {
      name: 'Camille',
      email: `camille-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    }

    await app.openWelcome()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await screenshot(page, '01-welcome-fr-phone')

    await app.signUp('fr', user)
    await page.waitForURL(`${baseURL}/home`)
    await page.getByRole('heading', { level: 1, name: /Camille/ }).waitFor()
    for (const key of ['home', 'interviews', 'rehearsal', 'progress', 'account'] as const) {
      expect(await app.navLink('fr', key).isVisible(), key).toBe(true)
    }
    await screenshot(page, '02-home-fr-phone')

    // Features not built yet say so honestly.
    await app.goTo('fr', 'interviews')
    await page.waitForURL(`${baseURL}/interviews`)
    await screenshot(page, '03-interviews-empty-fr-phone')

    await app.goTo('fr', 'account')
    await page.waitForURL(`${baseURL}/account`)
    await page.getByLabel(LABELS.fr.language).first().waitFor()
    const zone = page.getByLabel('Fuseau horaire')
    expect(await zone.inputValue()).toBe('America/Martinique')
    await zone.selectOption('Europe/Paris')
    await page.getByRole('button', { name: LABELS.fr.save }).first().click()
    await page.getByText('Modifications enregistrées.').waitFor()
    // Saved on the account; the hint says the device is set elsewhere.
    expect((await (await page.request.get(`${baseURL}/api/me`)).json()).user.timeZone).toBe('Europe/Paris')
    await page.getByText(/Cet appareil est réglé sur/).waitFor()
    await zone.scrollIntoViewIfNeeded()
    await screenshot(page, '04-account-fr-phone')
    // Deleting asks for the password; a wrong one is said on its field. Cancelled here.
    // The whole account can be downloaded from its own section and again before deleting.
    expect(await page.getByRole('button', { name: 'Télécharger toutes mes données' }).count()).toBe(2)
    await page.getByRole('button', { name: LABELS.fr.deleteAccount }).click()
    const frDialog = page.getByRole('dialog')
    await frDialog.getByLabel('Votre mot de passe').fill('pas le mien')
    await frDialog.getByRole('button', { name: LABELS.fr.deletePermanently }).click()
    await frDialog.getByText('Ce mot de passe ne correspond pas à votre compte.').waitFor()
    await screenshot(page, '04b-delete-dialog-fr-phone')
    await frDialog.getByRole('button', { name: 'Annuler' }).click()
    await frDialog.waitFor({ state: 'hidden' })
    const languageField = page.getByLabel(LABELS.fr.language).first()
    if ((await languageField.evaluate((el) => el.tagName)) === 'SELECT') {
      await languageField.selectOption({ label: 'English' })
    } else {
      await page.getByRole('radio', { name: 'English' }).check()
    }
    const save = page.getByRole('button', { name: LABELS.fr.save }).first()
    if (await save.isVisible()) await save.click()
    await app.navLink('en', 'home').waitFor()
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('en')
    await screenshot(page, '05-account-en-phone')

    await app.signOut('en')
    await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/login')
    expect((await page.request.get(`${baseURL}/api/me`)).status()).toBe(401)

    // The wrong password typed on purpose above (400) is the only refusal.
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([])
    await context.close()

    // The saved language follows the person, not the browser: in a fresh French browser, with nothing
    // stored from before, the sign-in page speaks French and, once signed in, the app speaks English.
    const fresh = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const freshPage = await fresh.newPage()
    const freshProblems = watchProblems(freshPage)
    const again = rebond(freshPage, baseURL)
    await freshPage.goto(`${baseURL}/login`)
    await expect.poll(() => freshPage.locator('html').getAttribute('lang')).toBe('fr')
    const stored = (await fresh.storageState()).origins.flatMap((o) =>
      o.localStorage.map((item) => item.name),
    )
    expect(stored).not.toContain('rebond.language')
    await again.signIn('fr', user)
    await freshPage.waitForURL(`${baseURL}/home`)
    await again.navLink('en', 'account').waitFor()
    await expect.poll(() => freshPage.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('en')
    await screenshot(freshPage, '06-home-en-phone')

    await again.goTo('en', 'account')
    // What can be kept is offered before the button.
    await freshPage.getByRole('button', { name: 'Download all my data' }).first().waitFor()
    await freshPage.getByRole('button', { name: LABELS.en.deleteAccount }).click()
    const dialog = freshPage.getByRole('dialog')
    await dialog.waitFor()
    // No password, then a wrong one: the field says so and nothing is deleted.
    await dialog.getByRole('button', { name: LABELS.en.deletePermanently }).click()
    await dialog.getByText('This field is required.').waitFor()
    await dialog.getByLabel('Your password').fill('not my password at all')
    await dialog.getByRole('button', { name: LABELS.en.deletePermanently }).click()
    await dialog.getByText('This password does not match your account.').waitFor()
    await screenshot(freshPage, '07-delete-dialog-en-phone')
    expect((await freshPage.request.get(`${baseURL}/api/me`)).status()).toBe(200)
    await dialog.getByLabel('Your password').fill(user.password)
    await dialog.getByLabel('Your password').press('Enter')
    await freshPage.waitForURL(`${baseURL}/`)
    expect((await freshPage.request.get(`${baseURL}/api/me`)).status()).toBe(401)

    // The account is really gone.
    const login = await freshPage.request.post(`${baseURL}/api/auth/login`, {
      data: { email: user.email, password: user.password },
      headers: { origin: baseURL },
    })
    expect(login.status()).toBe(401)

    // The wrong password was refused on purpose (400): nothing else went wrong.
    expect(freshProblems.filter((p) => !/status of 400/.test(p))).toEqual([])
    await fresh.close()
  })

  it('shows field-level errors a person understands, and the layout holds on a wide screen', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'fr-FR', colorScheme: 'dark' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    await app.signUp('fr', { name: 'Lou', email: 'pas-un-email', password: 'court' })
    // Nothing sent; the form says what to fix, next to each field.
    await page
      .getByText(/adresse e-mail valide/i)
      .first()
      .waitFor()
    await page
      .getByText(/10 caractères/)
      .first()
      .waitFor()
    expect(page.url()).toBe(`${baseURL}/signup`)
    await screenshot(page, '08-signup-errors-fr-desktop-dark')

    await app.signIn('fr', { email: 'nobody@example.fr', password: 'pas le bon mot de passe' })
    await page
      .getByText(/E-mail ou mot de passe incorrect/)
      .first()
      .waitFor()
    await screenshot(page, '09-login-error-fr-desktop-dark')
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([])
    await context.close()
  })

  it('offers to install on a small phone beside the logo and the way out, none over another', async () => {
    const context = await browser.newContext({
      ...phone,
      viewport: { width: 360, height: 740 },
      locale: 'fr-FR',
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    const problems = watchProblems(page)
    await rebond(page, baseURL).signUp('fr', {
      name: 'Maëlle',
      email: `maelle-install-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    })
    await page.waitForURL(`${baseURL}/home`)
    // Chromium makes the offer when it judges the app installable (offline.spec.ts); here it is made at once.
    await page.evaluate("window.dispatchEvent(new Event('beforeinstallprompt', { cancelable: true }))")
    const install = page.getByRole('button', { name: 'Installer Rebond' })
    await install.waitFor()
    const signOut = page.getByRole('button', { name: 'Se déconnecter' })
    const boxes = await Promise.all(
      [page.getByRole('link', { name: 'Rebond' }).first(), install, signOut].map(async (part) => {
        const box = await part.boundingBox()
        if (!box) throw new Error('a part of the header is not shown')
        return box
      }),
    )
    for (const [i, box] of boxes.entries()) {
      expect(box.x, `part ${i} starts on the screen`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `part ${i} ends on the screen`).toBeLessThanOrEqual(360)
      const next = boxes[i + 1]
      if (next) expect(box.x + box.width, `part ${i} ends before part ${i + 1}`).toBeLessThanOrEqual(next.x)
    }
    await screenshot(page, 'account-install-offer-fr-360')
    expect(problems).toEqual([])
    await context.close()
  })

  it('lists signed-in devices and signs out one of them', async () => {
    const user = {
      name: 'Sam',
      email: `sam-${Date.now()}@example.fr`,
      password: 'encore un long mot de passe',
    }
    const laptop = await browser.newContext({ ...desktop, locale: 'fr-FR' })
    const phoneContext = await browser.newContext({ ...phone, locale: 'fr-FR' })
    const onLaptop = rebond(await laptop.newPage(), baseURL)
    const onPhone = rebond(await phoneContext.newPage(), baseURL)
    await onLaptop.signUp('fr', user)
    await onLaptop.page.waitForURL(`${baseURL}/home`)
    await onPhone.signIn('fr', user)
    await onPhone.page.waitForURL(`${baseURL}/home`)

    await onLaptop.goTo('fr', 'account')
    const devices = onLaptop.page.getByRole('region', { name: 'Appareils connectés' })
    await devices.getByText('cet appareil').waitFor()
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(2)
    await screenshot(onLaptop.page, '10-devices-fr-desktop')
    await devices.getByRole('button', { name: /^Déconnecter/ }).click()
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(1)

    expect((await onPhone.page.request.get(`${baseURL}/api/me`)).status()).toBe(401)
    expect((await onLaptop.page.request.get(`${baseURL}/api/me`)).status()).toBe(200)
    await laptop.close()
    await phoneContext.close()
  })
})

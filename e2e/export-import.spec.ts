import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { FR } from './pages/interviews.page'
import { LABELS, rebond } from './pages/rebond.page'
import { desktop, phone, screenshot, sharedBrowser, watchProblems } from './support/browser'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

const COMPANY = 'Ateliers Lumière'
const WENT_WELL = 'J’ai bien expliqué mon projet de migration.'
/** What the Account page says of the coach's comment and Camille's reply, which stay in feedback.json. */
const FEEDBACK_KEPT =
  'Ce fichier contient aussi 2 retours échangés par des liens de partage (2 commentaires et réponses). ' +
  'Ils restent dans le fichier, dans feedback.json, et ne sont pas importés\u00a0: ils appartiennent à des liens ' +
  'de partage avec d’autres personnes, et ces liens n’existent pas ici.'

/** The same screen on a wide screen, then on a phone. */
async function bothSizes(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`)
  await page.setViewportSize(phone.viewport ?? { width: 390, height: 844 })
  await screenshot(page, `${name}-phone`)
  await page.setViewportSize(desktop.viewport ?? { width: 1280, height: 800 })
}

describe('taking one’s data away and bringing it back', () => {
  it('export → delete the account (with its password) → sign up anew → import → the data is back, a coach’s feedback said to stay in the file', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    const app = rebond(page, baseURL)
    const user = {
      name: 'Camille',
      email: `camille-export-${Date.now()}@example.fr`,
      password: 'un long mot de passe',
    }

    await app.openWelcome()
    await app.signUp('fr', user)
    await page.waitForURL(`${baseURL}/home`)
    // One interview and the start of its debrief.
    await page.getByRole('link', { name: FR.capture }).first().click()
    await page.getByLabel(FR.company, { exact: true }).fill(COMPANY)
    await page.getByLabel(FR.role, { exact: true }).fill('Cheffe de projet')
    await page.getByRole('radio', { name: 'Entretien RH' }).check()
    await page.getByRole('button', { name: FR.submitCapture }).click()
    await page.waitForURL(/\/debrief\/feelings$/)
    await page.getByLabel(FR.wentWell).fill(WENT_WELL)
    await page
      .locator('.save-status [role="status"]')
      .filter({ hasText: /Enregistré$/ })
      .waitFor()
    const interviewId = new URL(page.url()).pathname.split('/')[2] ?? ''

    // A coach comments on the debrief and Camille replies (the coach's side through its requests).
    const coach = await browser.newContext({ ...desktop, locale: 'en-GB' })
    const invited = await context.request.post(`${baseURL}/api/sharing/invitations`, {
      data: {
        role: 'coach',
        shares: { debriefs: 'all', rehearsal: false, mockInterviews: false, progress: false },
      },
    })
    expect(invited.status()).toBe(201)
    const signedUp = await coach.request.post(`${baseURL}/api/auth/signup`, {
      data: {
        email: `sam-export-${Date.now()}@example.org`,
        password: 'coaching with care',
        displayName: 'Sam',
        language: 'en',
      },
    })
    expect(signedUp.status()).toBe(201)
    const { url } = (await invited.json()) as { url: string }
    const accepted = await coach.request.post(`${baseURL}/api/sharing/accept`, {
      data: { token: url.split('#')[1] },
    })
    const linkId = ((await accepted.json()) as { link: { id: string } }).link.id
    const commented = await coach.request.post(`${baseURL}/api/sharing/received/${linkId}/comments`, {
      data: {
        anchor: { kind: 'debrief_step', id: interviewId, step: 'feelings' },
        body: 'Bien vu, gardez cet exemple.',
      },
    })
    expect(commented.status()).toBe(201)
    const replied = await context.request.post(`${baseURL}/api/sharing/feedback/replies`, {
      data: {
        parentId: ((await commented.json()) as { comment: { id: string } }).comment.id,
        body: 'Merci, je le garde.',
      },
    })
    expect(replied.status()).toBe(201)
    await coach.close()

    // ---- Export from Account ----
    await app.goTo('fr', 'account')
    const data = page.getByRole('region', { name: 'Vos données' })
    await data.scrollIntoViewIfNeeded()
    await bothSizes(page, 'export-01-data-section-fr')
    const downloading = page.waitForEvent('download')
    await data.getByRole('button', { name: 'Télécharger toutes mes données' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^rebond-export-\d{4}-\d{2}-\d{2}\.zip$/)
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rebond-export-')), download.suggestedFilename())
    await download.saveAs(file)
    await data.getByText('Export prêt\u00a0: le fichier est dans vos téléchargements.').waitFor()
    await bothSizes(page, 'export-02-exported-fr')

    // ---- Delete: the export is offered first, the password is asked ----
    const leaving = page.getByRole('region', { name: 'Supprimer le compte' })
    await leaving.scrollIntoViewIfNeeded()
    await leaving.getByRole('button', { name: 'Télécharger toutes mes données' }).waitFor()
    await bothSizes(page, 'export-03-delete-section-fr')
    await leaving.getByRole('button', { name: LABELS.fr.deleteAccount }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Votre mot de passe').fill('pas le mien')
    await dialog.getByRole('button', { name: LABELS.fr.deletePermanently }).click()
    await dialog.getByText('Ce mot de passe ne correspond pas à votre compte.').waitFor()
    await bothSizes(page, 'export-04-delete-wrong-password-fr')
    await dialog.getByLabel('Votre mot de passe').fill(user.password)
    await dialog.getByRole('button', { name: LABELS.fr.deletePermanently }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/account'))

    // ---- A new account with the same address, then the import ----
    await app.openWelcome()
    await app.signUp('fr', user)
    await page.waitForURL(`${baseURL}/home`)
    await app.goTo('fr', 'interviews')
    await page.getByRole('link', { name: FR.capture }).first().waitFor()
    expect(await page.getByText(COMPANY).count()).toBe(0)

    await app.goTo('fr', 'account')
    const importing = page.getByRole('region', { name: 'Vos données' })
    await importing.getByLabel('Fichier d’export (.zip)').setInputFiles(file)
    await importing.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await importing.getByText(/éléments? seront? ajoutés? à votre compte/).waitFor()
    const interviewsRow = importing.locator('.import-counts dt', { hasText: 'Entretiens' })
    await interviewsRow.waitFor()
    await importing.getByText('1 à ajouter').first().waitFor()
    // The feedback is in the file, said to stay there: not imported, since its link is not here.
    await importing.getByText(FEEDBACK_KEPT).waitFor()
    await importing.scrollIntoViewIfNeeded()
    await bothSizes(page, 'export-05-import-preview-fr')
    await importing.getByRole('button', { name: 'Importer', exact: true }).click()
    await importing.getByText(/^Import terminé\u00a0: \d+ éléments? ajoutés?\.$/).waitFor()
    await importing.getByText(FEEDBACK_KEPT).waitFor()
    await bothSizes(page, 'export-06-imported-fr')

    // The interview and its debrief are back.
    await app.goTo('fr', 'interviews')
    await page
      .getByRole('link', { name: new RegExp(COMPANY) })
      .first()
      .click()
    await page.waitForURL(/\/interviews\/[^/]+$/)
    await page.goto(`${page.url()}/debrief/feelings`)
    await expect.poll(() => page.getByLabel(FR.wentWell).inputValue()).toBe(WENT_WELL)

    // The same file again adds nothing.
    await app.goTo('fr', 'account')
    await importing.getByLabel('Fichier d’export (.zip)').setInputFiles(file)
    await importing.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await importing
      .getByText('Tout ce que contient ce fichier est déjà dans votre compte\u00a0: rien à ajouter.')
      .waitFor()
    // The one refusal provoked on purpose: the wrong password at deletion.
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request) (/api/me)',
    ])
    await context.close()
  }, 150_000)
})

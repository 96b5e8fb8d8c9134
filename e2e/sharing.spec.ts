import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { sharing } from './pages/sharing.page'
import { captureInterview } from './support/api'
import { expectNoSeriousA11yViolations } from './support/axe'
import { screenshot, sharedBrowser } from './support/browser'
import { linkIn, waitForMail } from './support/mailbox'
import { ownerAndCoach } from './support/owner-and-coach'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

describe('who sees what, from Account', () => {
  it('invites a coach, who accepts; the owner sees who and since when, ends it, and the coach loses sight of it', async () => {
    const { stamp, owner, coach, page, coachPage, problems, coachProblems } = await ownerAndCoach(
      browser,
      baseURL,
      'share',
    )
    const camille = rebond(page, baseURL)
    const sam = rebond(coachPage, baseURL)
    await camille.goTo('fr', 'account')
    const section = page.getByRole('region', { name: 'Qui voit quoi' })
    await section.getByText('Vous ne partagez rien pour l’instant.').waitFor()
    // The mood log and rebound plans are left out unless ticked; the account is never shared.
    expect(await section.getByLabel('Votre journal d’humeur').isChecked()).toBe(false)
    expect(await section.getByLabel('Vos plans de rebond').isChecked()).toBe(false)
    expect(await section.getByLabel('Vos débriefs d’entretien').isChecked()).toBe(true)
    await section.getByLabel('Vos progrès').uncheck()
    await section.getByLabel('Pour qui (facultatif)').fill('Sam, APEC')
    // This server sends mail: Rebond mails the invitation too.
    const samEmail = `sam-coach-${stamp}@example.org`
    await section.getByLabel('Son adresse e-mail (facultatif)').fill(samEmail)
    await section.getByRole('button', { name: 'Créer le lien d’invitation' }).click()
    const field = section.getByLabel('Lien d’invitation')
    await field.waitFor()
    const url = await field.inputValue()
    expect(url).toMatch(new RegExp(`^${baseURL}/invitation#[A-Za-z0-9_-]{43}$`))
    await section.getByText(`Invitation envoyée à ${samEmail}.`).waitFor()
    const mail = await waitForMail(samEmail)
    expect(mail.subject).toBe('Camille vous invite sur Rebond')
    expect(linkIn(mail, '/invitation')).toBe(url)
    expect(await section.getByLabel('Son adresse e-mail (facultatif)').inputValue()).toBe('')
    const invited = section.getByRole('list', { name: 'Vos partages' }).getByRole('listitem')
    await invited.getByText('Sam, APEC').waitFor()
    await invited.getByText(/Invitation valable jusqu’au/).waitFor()
    expect(await invited.textContent()).toContain(
      'tous les débriefs · réponses d’entraînement et enregistrements · bilans d’entretiens simulés',
    )
    expect(await invited.textContent()).not.toContain('progrès')
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, 'sharing-01-invitation-fr-phone')

    // The coach signs up and accepts (the invitation page itself is still to come: its request, as that page will send it).
    await sam.signUp('en', {
      name: 'Sam',
      email: samEmail,
      password: 'coaching with care',
    })
    await coachPage.waitForURL(`${baseURL}/home`)
    const token = url.split('#')[1] ?? ''
    const accepted = await coach.request.post(`${baseURL}/api/sharing/accept`, { data: { token } })
    expect(accepted.status()).toBe(200)
    const linkId = ((await accepted.json()) as { link: { id: string } }).link.id
    // Accepted outside the open page (as from another device): Home may have read the links before, so the page is
    // opened again, as the coach would, rather than trusting that read to have come after the acceptance.
    await coachPage.reload()
    await sam.goTo('en', 'account')
    const supported = coachPage.getByRole('list', { name: 'People you support' }).getByRole('listitem')
    await supported.getByText('Camille').waitFor()
    await supported.getByText('you are their coach').waitFor()
    expect(await supported.textContent()).not.toContain('APEC')
    await supported.getByRole('button', { name: 'Stop supporting Camille' }).waitFor()
    await coachPage.getByRole('region', { name: 'Who sees what' }).scrollIntoViewIfNeeded()
    await screenshot(coachPage, 'sharing-02-supporting-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'account of a coach')
    expect((await coach.request.get(`${baseURL}/api/sharing/received/${linkId}`)).status()).toBe(200)

    await page.reload()
    await invited.getByText('Sam', { exact: true }).waitFor()
    await invited.getByText(/depuis le .* · dernière consultation le/).waitFor()
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, 'sharing-03-active-fr-phone')
    await expectNoSeriousA11yViolations(page, 'account with an active link')

    await section.getByRole('button', { name: 'Arrêter le partage avec Sam' }).click()
    await invited.getByText(/Arrêté par vous le/).waitFor()
    expect(await section.getByRole('button', { name: 'Arrêter le partage avec Sam' }).count()).toBe(0)
    await screenshot(page, 'sharing-04-ended-fr-phone')

    // From the next request on, the coach gets nothing.
    expect((await coach.request.get(`${baseURL}/api/sharing/received/${linkId}`)).status()).toBe(404)
    await coachPage.reload()
    await coachPage
      .getByRole('region', { name: 'Who sees what' })
      .getByText('You are not sharing anything yet.')
      .waitFor()
    expect(await coachPage.getByRole('list', { name: 'People you support' }).count()).toBe(0)

    expect(problems).toEqual([])
    expect(coachProblems).toEqual([])
    await Promise.all([owner.close(), coach.close()])
  }, 180_000)

  it('the invitee opens the invitation, signs up, accepts and reads the one debrief shared; the owner sees it in the access log, ends the link, and the invitee finds nothing', async () => {
    const { stamp, owner, coach, page, coachPage, problems, coachProblems } = await ownerAndCoach(
      browser,
      baseURL,
      'invite',
    )
    const camille = rebond(page, baseURL)
    const sam = sharing(coachPage, baseURL)
    // Two debriefed interviews (through the API, as the pages would save them): only one is shared.
    for (const [company, note] of [
      ['Decathlon', 'Trop long sur mon parcours, pas assez sur les résultats.'],
      ['Leroy Merlin', 'Question salaire mal préparée.'],
    ] as const) {
      const interviewId = await captureInterview(owner.request, baseURL, {
        company,
        role: 'Cheffe de projet',
        stage: 'hr',
        date: '2026-11-27T10:00:00.000Z',
      })
      const saved = await owner.request.put(`${baseURL}/api/interviews/${interviewId}/debrief`, {
        data: {
          version: 0,
          debrief: {
            currentStep: 'summary',
            skipped: [],
            feelings: { emotions: [], wentWell: '', note },
            questions: [],
            causes: [],
            destabilizing: [],
            lessons: [],
            ratings: { serenity: null, confidence: null, oralEase: null, preparation: null },
          },
        },
      })
      expect(saved.status()).toBe(200)
    }

    await camille.goTo('fr', 'account')
    const section = page.getByRole('region', { name: 'Qui voit quoi' })
    await section.getByLabel('Seulement ceux que je choisis').check()
    await section.getByLabel(/Decathlon — Cheffe de projet/).check()
    await section.getByRole('button', { name: 'Créer le lien d’invitation' }).click()
    const url = await section.getByLabel('Lien d’invitation').inputValue()

    // The invitee, signed out, opens the invitation: who invites, as what, and what is shared.
    await sam.openInvitation(url)
    await coachPage.getByRole('heading', { name: 'Camille is inviting you' }).waitFor()
    await coachPage.getByText('1 chosen interview debrief').waitFor()
    expect(coachPage.url()).toBe(`${baseURL}/invitation`)
    await screenshot(coachPage, 'sharing-05-invitation-page-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'invitation page')
    await sam.signUpFromInvitation({
      name: 'Sam',
      email: `sam-invited-${stamp}@example.org`,
      password: 'coaching with care',
    })
    await sam.accept()
    await coachPage.getByRole('heading', { name: 'Camille’s space' }).waitFor()
    expect(await coachPage.getByText('Leroy Merlin').count()).toBe(0)
    await screenshot(coachPage, 'sharing-06a-shared-space-en-desktop')
    await sam.openDebrief('Decathlon — Cheffe de projet')
    const debriefUrl = coachPage.url()
    const note = coachPage.getByText('Trop long sur mon parcours, pas assez sur les résultats.')
    await note.waitFor()
    // Camille's words keep her language on Sam's English page (screen readers read them in French).
    expect(await note.getAttribute('lang')).toBe('fr')
    // Read-only: nothing to type in, nothing to save.
    expect(await coachPage.getByRole('textbox').count()).toBe(0)
    await screenshot(coachPage, 'sharing-06-shared-debrief-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'shared debrief')
    await coachPage.setViewportSize({ width: 390, height: 844 })
    await screenshot(coachPage, 'sharing-07-shared-debrief-en-phone')
    await coachPage.setViewportSize({ width: 1280, height: 800 })
    await coachPage.getByRole('link', { name: 'Supporting', exact: true }).first().click()
    await coachPage.getByRole('heading', { name: 'People I support' }).waitFor()
    await coachPage.getByRole('link', { name: 'Camille' }).waitFor()
    await screenshot(coachPage, 'sharing-07a-people-en-desktop')

    // The owner sees what Sam opened.
    await page.reload()
    const log = section.getByText('Ce que Sam a ouvert')
    await log.click()
    await section.getByText('le débrief Decathlon — Cheffe de projet').waitFor()
    await section.getByText('la liste de vos débriefs').waitFor()
    await log.scrollIntoViewIfNeeded()
    await screenshot(page, 'sharing-08-access-log-fr-phone')
    await expectNoSeriousA11yViolations(page, 'access log')
    await page.setViewportSize({ width: 1280, height: 800 })
    await screenshot(page, 'sharing-09-access-log-fr-desktop')

    await section.getByRole('button', { name: 'Arrêter le partage avec Sam' }).click()
    await section.getByText(/Arrêté par vous le/).waitFor()

    // The invitee's next request finds nothing.
    await coachPage.goto(debriefUrl)
    await coachPage.getByRole('heading', { name: 'This is not shared with you' }).waitFor()
    expect(await coachPage.getByText('Trop long sur mon parcours').count()).toBe(0)
    await screenshot(coachPage, 'sharing-10-not-shared-en-desktop')
    await coachPage.setViewportSize({ width: 390, height: 844 })
    await screenshot(coachPage, 'sharing-11-not-shared-en-phone')

    // The invitation worked once: opened again, it says so.
    await sam.openInvitation(url)
    await coachPage.getByRole('heading', { name: 'This invitation does not work' }).waitFor()
    await coachPage.getByText(/already been used, or it was withdrawn/).waitFor()
    await screenshot(coachPage, 'sharing-12-invitation-used-en-phone')

    expect(problems).toEqual([])
    // The refusals after the end (404) and of the spent invitation (410) are the point of the journey.
    expect(coachProblems.filter((p) => !/\b(404|410)\b/.test(p))).toEqual([])
    await Promise.all([owner.close(), coach.close()])
  }, 180_000)
})

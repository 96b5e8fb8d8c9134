import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { sharing } from './pages/sharing.page'
import { captureInterview } from './support/api'
import { expectNoSeriousA11yViolations } from './support/axe'
import { screenshot, sharedBrowser } from './support/browser'
import { ownerAndCoach } from './support/owner-and-coach'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

const BETTER = 'J’ai repris le planning avec le client, livré en six semaines, et la marge a gagné 4 points.'
const ON_QUESTION = 'This is where the reworked answer shines: practise it out loud.'
const ENGLISH_QUESTION = 'Tell me about a time you changed your mind.'
const ENGLISH_ANSWER = 'I switched suppliers after the pilot and cut delays by a third.'
const COMMENT = 'Bon résultat chiffré. Dites d’abord le contexte en une phrase, puis votre décision.'

/** Half a second of silence as a WAV file: a recording any browser plays, made without tools. */
function silentWav(seconds = 0.5): Buffer {
  const rate = 8000
  const bytes = Math.round(rate * seconds) * 2
  const wav = Buffer.alloc(44 + bytes)
  wav.write('RIFF', 0)
  wav.writeUInt32LE(36 + bytes, 4)
  wav.write('WAVEfmt ', 8)
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20) // PCM
  wav.writeUInt16LE(1, 22) // mono
  wav.writeUInt32LE(rate, 24)
  wav.writeUInt32LE(rate * 2, 28)
  wav.writeUInt16LE(2, 32)
  wav.writeUInt16LE(16, 34)
  wav.write('data', 36)
  wav.writeUInt32LE(bytes, 40)
  return wav
}

describe('a coach reviews a better answer, from invitation to the end of the link', () => {
  it('invite → accept → the coach comments and rates the answer → the owner sees it on Home and makes it an action → ends the link → the coach gets a 404', async () => {
    const { stamp, owner, coach, page, coachPage, problems, coachProblems } = await ownerAndCoach(
      browser,
      baseURL,
      'journey',
    )
    const camille = rebond(page, baseURL)
    const sam = sharing(coachPage, baseURL)

    // Not under test, seeded as the pages save it: a debrief whose destabilizing question got a better
    // answer (which makes a card, tied to the interview), a lesson, and the answer practised once.
    const interviewId = await captureInterview(owner.request, baseURL, {
      company: 'Decathlon',
      role: 'Cheffe de projet',
      stage: 'manager',
      date: '2026-11-27T10:00:00Z',
    })
    const question = 'Parlez-moi d’un projet en retard.'
    const saved = await owner.request.put(`${baseURL}/api/interviews/${interviewId}/debrief`, {
      data: {
        version: 0,
        debrief: {
          currentStep: 'summary',
          skipped: [],
          feelings: { emotions: [], wentWell: '', note: '' },
          questions: [
            { id: 'q1', question, answer: 'J’ai hésité.', feeling: 'destabilized', recruiterReaction: '' },
          ],
          causes: [],
          destabilizing: [
            {
              questionId: 'q1',
              reasons: ['not_prepared'],
              reasonOther: '',
              betterAnswer: BETTER,
              rehearse: true,
            },
          ],
          lessons: [{ id: 'l1', text: 'Préparer deux exemples chiffrés', actions: [] }],
          ratings: { serenity: null, confidence: null, oralEase: null, preparation: null },
        },
      },
    })
    expect(saved.status(), await saved.text()).toBe(200)
    const cards = await owner.request.get(`${baseURL}/api/rehearsal/cards?source=debrief`)
    const cardId = ((await cards.json()) as { cards: { id: string }[] }).cards[0]?.id
    const tried = await owner.request.post(`${baseURL}/api/rehearsal/cards/${cardId}/attempts`, {
      data: { text: BETTER, grade: 'good' },
    })
    expect(tried.status()).toBe(201)
    const attemptId = ((await tried.json()) as { attempt: { id: string } }).attempt.id
    const recorded = await owner.request.put(`${baseURL}/api/rehearsal/attempts/${attemptId}/audio`, {
      headers: { 'content-type': 'audio/wav' },
      data: silentWav(),
    })
    expect(recorded.status()).toBe(204)
    // A question Camille practises in English, though she uses Rebond in French.
    const english = await owner.request.post(`${baseURL}/api/rehearsal/cards`, {
      data: { question: ENGLISH_QUESTION, lang: 'en', hint: '' },
    })
    expect(english.status(), await english.text()).toBe(201)
    const englishId = ((await english.json()) as { card: { id: string } }).card.id
    const englishTry = await owner.request.post(`${baseURL}/api/rehearsal/cards/${englishId}/attempts`, {
      data: { text: ENGLISH_ANSWER, grade: 'good' },
    })
    expect(englishTry.status(), await englishTry.text()).toBe(201)

    // The owner invites from Account, "Qui voit quoi".
    await camille.goTo('fr', 'account')
    const section = page.getByRole('region', { name: 'Qui voit quoi' })
    await section.getByLabel('Vos plans de rebond').check()
    await section.getByRole('button', { name: 'Créer le lien d’invitation' }).click()
    const url = await section.getByLabel('Lien d’invitation').inputValue()

    // The coach opens it, signs up, accepts, and finds the answer from the people they support.
    await sam.openInvitation(url)
    await coachPage.getByRole('heading', { name: 'Camille is inviting you' }).waitFor()
    await sam.signUpFromInvitation({
      name: 'Sam',
      email: `sam-journey-${stamp}@example.org`,
      password: 'coaching with care',
    })
    await sam.accept()
    const linkId = new URL(coachPage.url()).pathname.split('/')[2] ?? ''
    await sam.openPeople()
    await sam.openPerson('Camille')

    // On the shared debrief, a comment sits beside the question it is about.
    await sam.openDebrief('Decathlon — Cheffe de projet')
    await coachPage.getByText(BETTER).waitFor()
    expect(await coachPage.getByRole('button', { name: 'Comment on this part' }).count()).toBe(4)
    const replayed = coachPage.getByRole('listitem').filter({ hasText: question })
    await replayed.getByRole('button', { name: 'Comment on this question' }).click()
    await replayed.getByLabel('Your comment').fill(ON_QUESTION)
    await replayed.getByRole('button', { name: 'Send comment' }).click()
    await replayed.getByRole('list', { name: 'Comments here' }).getByText(ON_QUESTION).waitFor()
    await screenshot(coachPage, 'coach-journey-00-shared-debrief-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'shared debrief with a comment')
    await coachPage.getByRole('link', { name: 'Back to Camille’s space' }).click()
    await sam.openSection('Practice answers')
    const card = coachPage.getByRole('listitem').filter({ hasText: question })
    await card.getByText(BETTER).waitFor()
    // Each answer is marked with its own language for screen readers: Camille's French, her English question's English.
    expect(await card.getByRole('heading', { name: question }).locator('[lang]').getAttribute('lang')).toBe(
      'fr',
    )
    expect(await card.getByText(BETTER).first().getAttribute('lang')).toBe('fr')
    const englishCard = coachPage.getByRole('listitem').filter({ hasText: ENGLISH_QUESTION })
    expect(await englishCard.getByRole('heading').locator('[lang]').getAttribute('lang')).toBe('en')
    expect(await englishCard.getByText(ENGLISH_ANSWER).first().getAttribute('lang')).toBe('en')

    // The answer was practised out loud: its recording plays here too, from the link.
    await card.getByRole('button', { name: /^Listen to the recording/ }).click()
    const player = card.locator('audio')
    await player.waitFor()
    expect(await player.getAttribute('aria-label')).toMatch(new RegExp(`^Recording: ${question} — `))
    // A working source: the browser reads the recording's length from it.
    await expect
      .poll(() => player.evaluate((element) => (element as unknown as { duration: number }).duration))
      .toBeCloseTo(0.5, 1)
    expect(await player.getAttribute('src')).toMatch(/^blob:/)

    // A comment, beside the answer.
    await card.getByRole('button', { name: 'Comment on this answer' }).click()
    const commentBox = card.getByLabel('Your comment')
    expect(await commentBox.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await commentBox.fill(COMMENT)
    await card.getByRole('button', { name: 'Send comment' }).click()
    await card.getByRole('list', { name: 'Comments here' }).getByText(COMMENT).waitFor()

    // A rating on the rubric, by keyboard for one criterion.
    await card.getByRole('button', { name: 'Rate this answer' }).click()
    expect(await card.getByLabel('Your comment').count()).toBe(0)
    await card.getByRole('button', { name: 'Save rating' }).click()
    expect(await card.getByText('Choose a rating from 1 to 5.').count()).toBe(4)
    await coachPage.setViewportSize({ width: 390, height: 844 })
    await card.getByRole('group', { name: 'Structure' }).scrollIntoViewIfNeeded()
    await screenshot(coachPage, 'coach-journey-01-rating-form-en-phone')
    await coachPage.setViewportSize({ width: 1280, height: 800 })
    await card.getByRole('group', { name: 'Structure' }).getByLabel('3', { exact: true }).focus()
    await coachPage.keyboard.press('ArrowRight')
    expect(
      await card.getByRole('group', { name: 'Structure' }).getByLabel('4', { exact: true }).isChecked(),
    ).toBe(true)
    for (const [criterion, score] of [
      ['Clarity', '3'],
      ['Results', '4'],
      ['Assertiveness', '3'],
    ] as const) {
      await card.getByRole('group', { name: criterion }).getByLabel(score, { exact: true }).check()
    }
    await card
      .getByLabel('One sentence to go with the rating')
      .fill('Open with the context, then the figure.')
    await screenshot(coachPage, 'coach-journey-02-rating-form-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'shared rehearsal, rating open')
    await card.getByRole('button', { name: 'Save rating' }).click()
    await card.getByText('Rating saved.').waitFor()
    const rating = card.getByRole('article', { name: 'Your rating' })
    await rating.getByText('average 3.5/5').waitFor()
    await rating.getByText('Open with the context, then the figure.').waitFor()
    await card.getByRole('button', { name: 'Rate this answer' }).click()
    await screenshot(coachPage, 'coach-journey-03-reviewed-answer-en-desktop')
    await coachPage.setViewportSize({ width: 390, height: 844 })
    await screenshot(coachPage, 'coach-journey-04-reviewed-answer-en-phone')
    await coachPage.setViewportSize({ width: 1280, height: 800 })

    // The owner sees it on Home, opens it, and makes the comment an action of the debrief's lesson.
    await camille.goTo('fr', 'home')
    const news = page.getByRole('region', { name: 'Nouveaux retours' })
    await news.getByText('3 retours de vos soutiens attendent votre lecture.').waitFor()
    await news.getByText('Sam a noté une réponse').waitFor()
    await news.scrollIntoViewIfNeeded()
    await screenshot(page, 'coach-journey-05-home-new-feedback-fr-phone')
    await expectNoSeriousA11yViolations(page, 'Home with new feedback')
    await news
      .getByRole('listitem')
      .filter({ hasText: 'Bon résultat chiffré' })
      .getByRole('link', { name: 'Voir' })
      .click()
    await page.waitForURL(`${baseURL}/rehearsal/cards/${cardId}#feedback`)
    const thread = page.getByRole('region', { name: 'Retours de vos soutiens' })
    await thread.getByText(COMMENT).waitFor()
    await thread.getByText(/moyenne 3,5/).waitFor()
    expect(await thread.getByLabel('Leçon à compléter').inputValue()).toBe('l1')
    await thread.getByRole('button', { name: 'En faire une action' }).click()
    await thread.getByText('Devenu une action de ce débrief.').waitFor()
    await thread.scrollIntoViewIfNeeded()
    await screenshot(page, 'coach-journey-06-made-an-action-fr-phone')
    await expectNoSeriousA11yViolations(page, 'card with feedback made an action')
    await page.setViewportSize({ width: 1280, height: 800 })
    await screenshot(page, 'coach-journey-07-made-an-action-fr-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    const debrief = await owner.request.get(`${baseURL}/api/interviews/${interviewId}/debrief`)
    const lessons = (
      (await debrief.json()) as { debrief: { lessons: { id: string; actions: { text: string }[] }[] } }
    ).debrief.lessons
    expect(lessons.find((l) => l.id === 'l1')?.actions.map((a) => a.text)).toEqual([COMMENT])

    // After another interview's rejection, Camille starts a rebound; Sam reads its plan through the link.
    const otherId = await captureInterview(owner.request, baseURL, {
      company: 'Leroy Merlin',
      role: 'Cheffe de rayon',
      stage: 'hr',
      date: '2026-11-20T10:00:00Z',
    })
    const rebound = await owner.request.post(`${baseURL}/api/rebounds`, {
      data: { interviewId: otherId, markRejected: true },
    })
    expect(rebound.status(), await rebound.text()).toBe(201)
    await coachPage.goto(`${baseURL}/shared/${linkId}`)
    await sam.openSection('Rebound plans')
    await coachPage.getByRole('heading', { name: 'After Leroy Merlin — Cheffe de rayon' }).waitFor()
    await coachPage.getByText(/^Steps done: 0 of \d$/).waitFor()
    await coachPage.getByText('Do something that restores you').waitFor()
    expect(await coachPage.getByRole('textbox').count()).toBe(0)
    await screenshot(coachPage, 'coach-journey-07a-shared-rebounds-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'shared rebound plans')

    // The owner ends the link; the coach's next load finds nothing, and the API says 404.
    await camille.goTo('fr', 'account')
    await section.getByRole('button', { name: 'Arrêter le partage avec Sam' }).click()
    await section.getByText(/Arrêté par vous le/).waitFor()
    await coachPage.reload()
    await coachPage.getByRole('heading', { name: 'This is not shared with you' }).waitFor()
    expect(await coachPage.getByText(BETTER).count()).toBe(0)
    expect((await coach.request.get(`${baseURL}/api/sharing/received/${linkId}/rehearsal`)).status()).toBe(
      404,
    )
    await screenshot(coachPage, 'coach-journey-08-not-shared-en-desktop')

    expect(problems).toEqual([])
    // The refusals after the end of the link (404) are the point of the journey's last step.
    expect(coachProblems.filter((p) => !/\b404\b/.test(p))).toEqual([])
    await Promise.all([owner.close(), coach.close()])
  }, 180_000)
})

import { describe, expect, inject, it } from 'vitest'
import { rebond } from './pages/rebond.page'
import { captureInterview } from './support/api'
import { expectNoSeriousA11yViolations } from './support/axe'
import { desktop, screenshot, sharedBrowser } from './support/browser'
import { ownerAndCoach, shareWithSam } from './support/owner-and-coach'

const baseURL = inject('baseURL')
const browser = sharedBrowser()

describe('feedback from a coach, on the owner’s side', () => {
  it('a coach comments and assigns a question; the owner sees it on Home, reads it as text, replies and makes it a lesson', async () => {
    const { stamp, owner, coach, page, coachPage, problems } = await ownerAndCoach(browser, baseURL, 'review')
    // The owner's interview and debrief, as the capture and the debrief send them.
    const interviewId = await captureInterview(owner.request, baseURL, {
      company: 'Decathlon',
      role: 'Cheffe de projet',
      stage: 'manager',
      date: '2026-03-09T14:00:00Z',
    })
    const debrief = await owner.request.put(`${baseURL}/api/interviews/${interviewId}/debrief`, {
      data: {
        version: 0,
        debrief: {
          currentStep: 'summary',
          skipped: [],
          feelings: { emotions: [], wentWell: '', note: '' },
          questions: [
            {
              id: 'q1',
              question: 'Parlez-moi d’un échec.',
              answer: 'J’ai raconté un projet en retard.',
              feeling: 'destabilized',
              recruiterReaction: '',
            },
          ],
          causes: [],
          destabilizing: [],
          lessons: [{ id: 'l1', text: 'Préparer un exemple chiffré', actions: [] }],
          ratings: { serenity: null, confidence: null, oralEase: null, preparation: null },
        },
      },
    })
    expect(debrief.status(), await debrief.text()).toBe(200)
    const linkId = await shareWithSam({ stamp, owner, coach, coachPage }, baseURL, 'review', {
      role: 'coach',
      shares: { debriefs: 'all', rehearsal: true, mockInterviews: false, progress: false },
    })
    // The coach's pages are still to come: their requests, as those pages will send them.
    const commented = await coach.request.post(`${baseURL}/api/sharing/received/${linkId}/comments`, {
      data: {
        anchor: { kind: 'question', id: interviewId, step: 'q1' },
        body: '<b>Bonne</b> reprise. Dites ce que vous avez appris, avec un chiffre.',
      },
    })
    expect(commented.status()).toBe(201)
    const assigned = await coach.request.post(`${baseURL}/api/sharing/received/${linkId}/assignments`, {
      data: { question: 'Quel résultat chiffré mettriez-vous en avant ?' },
    })
    expect(assigned.status()).toBe(201)

    await page.reload()
    const card = page.getByRole('region', { name: 'Nouveaux retours' })
    await card.getByText('2 retours de vos soutiens attendent votre lecture.').waitFor()
    await card.getByText('Sam a commenté').waitFor()
    await card.getByText('Sam vous a confié une question').waitFor()
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'coaching-01-home-new-feedback-fr-phone')

    await card
      .getByRole('listitem')
      .filter({ hasText: 'Sam a commenté' })
      .getByRole('link', { name: 'Voir' })
      .click()
    await page.waitForURL(new RegExp(`/interviews/${interviewId}/summary#feedback$`))
    const thread = page.getByRole('region', { name: 'Retours de vos soutiens' })
    // Shown as typed: text, never markup.
    await thread.getByText('<b>Bonne</b> reprise. Dites ce que vous avez appris, avec un chiffre.').waitFor()
    expect(await thread.locator('b').count()).toBe(0)
    await thread.getByText('Question « Parlez-moi d’un échec. »').waitFor()
    await thread.getByText('Nouveau').waitFor()

    await thread.getByRole('button', { name: 'Répondre' }).click()
    await thread.getByLabel('Votre réponse').fill('Merci Sam, je prépare un chiffre.')
    await thread.getByRole('button', { name: 'Envoyer la réponse' }).click()
    await thread.getByText('Merci Sam, je prépare un chiffre.').waitFor()

    await thread.getByRole('button', { name: 'En faire une leçon' }).click()
    await thread.getByText('Devenu une leçon de ce débrief.').waitFor()
    await thread.getByRole('button', { name: 'Marquer comme lu' }).click()
    await thread.getByText('Nouveau').waitFor({ state: 'detached' })
    await thread.scrollIntoViewIfNeeded()
    await screenshot(page, 'coaching-02-thread-on-debrief-fr-phone')
    await expectNoSeriousA11yViolations(page, 'debrief summary with feedback')

    // The coach reads the owner's reply through the link.
    const seen = await coach.request.get(`${baseURL}/api/sharing/received/${linkId}/feedback`)
    const bodies = ((await seen.json()) as { comments: { body: string }[] }).comments.map((c) => c.body)
    expect(bodies).toContain('Merci Sam, je prépare un chiffre.')
    // The lesson is in the debrief.
    const saved = await owner.request.get(`${baseURL}/api/interviews/${interviewId}/debrief`)
    const lessons = ((await saved.json()) as { debrief: { lessons: { text: string }[] } }).debrief.lessons
    expect(lessons.map((l) => l.text)).toContain(
      '<b>Bonne</b> reprise. Dites ce que vous avez appris, avec un chiffre.',
    )

    expect(problems).toEqual([])
    await owner.close()
    await coach.close()
  })

  it('the coach leaves a question, a comment and a rating from their page; the owner finds them on the card', async () => {
    const {
      stamp,
      owner,
      coach,
      page,
      coachPage,
      coachProblems: problems,
    } = await ownerAndCoach(browser, baseURL, 'rate', desktop)
    const sam = rebond(coachPage, baseURL)
    const created = await owner.request.post(`${baseURL}/api/rehearsal/cards`, {
      data: { lang: 'fr', question: 'Pourquoi ce poste ?', hint: '' },
    })
    const cardId = ((await created.json()) as { card: { id: string } }).card.id
    const tried = await owner.request.post(`${baseURL}/api/rehearsal/cards/${cardId}/attempts`, {
      data: { text: 'J’ai mené la refonte du site en quatre mois, avec une équipe de six.', grade: 'good' },
    })
    const attemptId = ((await tried.json()) as { attempt: { id: string } }).attempt.id
    const linkId = await shareWithSam({ stamp, owner, coach, coachPage }, baseURL, 'rate', {
      role: 'coach',
      shares: { debriefs: 'none', rehearsal: true, mockInterviews: false, progress: false },
    })

    await sam.goTo('en', 'account')
    await coachPage.getByRole('link', { name: 'Leave feedback for Camille' }).click()
    await coachPage.getByRole('heading', { name: 'Your feedback for Camille' }).waitFor()
    await coachPage.getByLabel('A question to work on').fill('Which figure would you lead with?')
    await coachPage.getByRole('button', { name: 'Give the question' }).click()
    await coachPage.getByText('Question added to their deck.').waitFor()

    // As the pages of what is shared will link here for one answer.
    await coachPage.goto(`${baseURL}/coaching/${linkId}?card=${cardId}&attempt=${attemptId}`)
    const answer = coachPage.getByRole('region', { name: 'On this answer' })
    await answer.getByRole('button', { name: 'Save rating' }).click()
    expect(await answer.getByText('Choose a rating from 1 to 5.').count()).toBe(4)
    for (const [criterion, score] of [
      ['Structure', '4'],
      ['Clarity', '3'],
      ['Results', '2'],
      ['Assertiveness', '4'],
    ] as const) {
      await answer.getByRole('group', { name: criterion }).getByLabel(score, { exact: true }).check()
    }
    await answer.getByLabel('One sentence to go with the rating').fill('Give the result as a figure.')
    await answer.getByRole('button', { name: 'Save rating' }).click()
    await answer.getByText('Rating saved.').waitFor()
    await answer.getByLabel('Your comment').fill('Strong start; end on what changed for the team.')
    await answer.getByRole('button', { name: 'Send comment' }).click()
    const thread = coachPage.getByRole('region', { name: 'Your thread with Camille' })
    await thread.getByText('Strong start; end on what changed for the team.').waitFor()
    await screenshot(coachPage, 'coaching-03-coach-review-page-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'coach review page')

    await page.goto(`${baseURL}/rehearsal/cards/${cardId}#feedback`)
    const onCard = page.getByRole('region', { name: 'Retours de vos soutiens' })
    await onCard.getByText('Strong start; end on what changed for the team.').waitFor()
    await onCard.getByText(/moyenne 3,3/).waitFor()
    await onCard.getByText('Give the result as a figure.').waitFor()
    await onCard.scrollIntoViewIfNeeded()
    await screenshot(page, 'coaching-04-rating-on-card-fr-desktop')

    expect(problems).toEqual([])
    await owner.close()
    await coach.close()
  })
})

describe('a link that shares the mood log alone', () => {
  it('the partner reads the moods on a page of their own, and nothing else of the person’s', async () => {
    const { stamp, owner, coach, coachPage, problems, coachProblems } = await ownerAndCoach(
      browser,
      baseURL,
      'moods',
    )
    const noted = await owner.request.post(`${baseURL}/api/moods`, {
      data: { mood: 4, note: 'Plus serein après la simulation' },
    })
    expect(noted.status(), await noted.text()).toBe(201)
    const linkId = await shareWithSam({ stamp, owner, coach, coachPage }, baseURL, 'moods', {
      role: 'partner',
      shares: { debriefs: 'none', rehearsal: false, mockInterviews: false, progress: false, moods: true },
    })

    await coachPage.goto(`${baseURL}/shared/${linkId}`)
    await coachPage.getByRole('link', { name: 'Mood log' }).click()
    await coachPage.waitForURL(`${baseURL}/shared/${linkId}/moods`)
    await coachPage.getByRole('heading', { level: 1, name: 'Mood log' }).waitFor()
    await coachPage.getByText('4/5 — Plus serein après la simulation').waitFor()
    // Camille's words are marked French on Sam's English page, for screen readers.
    expect(await coachPage.locator('html').getAttribute('lang')).toBe('en')
    expect(
      await coachPage.getByText('Plus serein après la simulation', { exact: true }).getAttribute('lang'),
    ).toBe('fr')
    await screenshot(coachPage, 'coaching-05-moods-only-en-desktop')
    await expectNoSeriousA11yViolations(coachPage, 'shared mood log')
    // Nothing else is offered, and the Progress figures stay closed.
    await coachPage.goto(`${baseURL}/shared/${linkId}`)
    await coachPage.getByRole('main').getByRole('link', { name: 'Mood log' }).waitFor()
    const space = coachPage.getByRole('main')
    expect(await space.getByRole('link').allInnerTexts()).toEqual(['People I support', 'Mood log'])
    expect((await coach.request.get(`${baseURL}/api/sharing/received/${linkId}/progress`)).status()).toBe(404)

    expect(problems).toEqual([])
    expect(coachProblems).toEqual([])
    await owner.close()
    await coach.close()
  })
})

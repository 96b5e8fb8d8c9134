import { beforeEach, describe, expect, it } from 'vitest'
import { type DebriefContent, emptyDebrief } from '../../../domain/debrief'
import { testDatabases } from '../../test-support/databases'
import {
  insertApplication,
  insertInterview,
  insertUsers,
  migratedPerTest,
} from '../../test-support/repositories'
import { createServiceContext, type ServiceContext } from '../context'
import { saveDebrief } from './save-debrief'

const T0 = '2026-03-02T09:00:00.000Z'
const author = { id: 'u1', language: 'fr' as const }

/** A debrief whose one replayed question is flagged "rehearse this". */
const flagged = (question: string, betterAnswer = ''): DebriefContent => ({
  ...emptyDebrief(),
  questions: [{ id: 'q1', question, answer: '', feeling: 'destabilized', recruiterReaction: '' }],
  destabilizing: [{ questionId: 'q1', reasons: [], reasonOther: '', betterAnswer, rehearse: true }],
})

describe.each(testDatabases)('saving a debrief on $kind', (database) => {
  const ctx = migratedPerTest(database)
  let context: ServiceContext

  beforeEach(async () => {
    context = createServiceContext(ctx.handle.db, () => new Date(T0))
    await insertUsers(ctx.repos, ['u1'], T0)
    for (const id of ['A', 'B']) {
      await insertApplication(ctx.repos, 'u1', {
        id: `app-${id}`,
        company: `Company ${id}`,
        role: 'Role',
        createdAt: T0,
      })
      await insertInterview(ctx.repos, 'u1', {
        id,
        applicationId: `app-${id}`,
        date: T0,
        stage: 'hr',
        createdAt: T0,
      })
    }
  })

  const debriefCards = async () =>
    (await ctx.repos.cards.list('u1', { source: 'debrief' })).map((c) => ({
      question: c.question,
      hint: c.hint,
    }))

  it('writes the debrief and the card of its flagged question together', async () => {
    const result = await saveDebrief(context, author, 'A', 0, flagged('Pourquoi nous ?', 'Parce que…'))
    expect(result.saved).toBe(true)
    expect(await debriefCards()).toEqual([{ question: 'Pourquoi nous ?', hint: 'Parce que…' }])
  })

  it('keeps nothing of a save whose cards could not be written', async () => {
    const failing: ServiceContext = {
      ...context,
      transaction: (work) =>
        context.transaction((tx) =>
          work({
            ...tx,
            cards: {
              ...tx.cards,
              insert: async () => {
                throw new Error('the process died here')
              },
            },
          }),
        ),
    }
    await expect(saveDebrief(failing, author, 'A', 0, flagged('Pourquoi nous ?'))).rejects.toThrow(
      'the process died here',
    )
    expect(await ctx.repos.debriefs.find('u1', 'A')).toBeUndefined()
    expect(await debriefCards()).toEqual([])
  })

  it('gives the same question id in two interviews two cards, each kept in step with its own debrief', async () => {
    await saveDebrief(context, author, 'A', 0, flagged('Question chez A'))
    await saveDebrief(context, author, 'B', 0, flagged('Question chez B'))
    await saveDebrief(context, author, 'B', 1, flagged('Question chez B, reformulée', 'Ma réponse'))
    const cards = await debriefCards()
    expect(cards).toHaveLength(2)
    expect(cards).toEqual(
      expect.arrayContaining([
        { question: 'Question chez A', hint: '' },
        { question: 'Question chez B, reformulée', hint: 'Ma réponse' },
      ]),
    )
  })
})

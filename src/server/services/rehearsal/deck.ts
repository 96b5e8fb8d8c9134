import type { z } from 'zod'
import { attemptFigures } from '../../../domain/rehearsal/cards'
import { bankQuestion, QUESTION_BANK } from '../../../domain/rehearsal/question-bank'
import { dailyQueue } from '../../../domain/rehearsal/queue'
import { newSchedule, previewIntervals, reschedule } from '../../../domain/rehearsal/scheduling'
import { wordsPerMinute } from '../../../domain/rehearsal/speech'
import type {
  createAttemptBodySchema,
  createCardBodySchema,
  updateCardBodySchema,
} from '../../../shared/schemas/rehearsal'
import { validationMessage } from '../../../shared/validation-messages'
import { ApiError } from '../../errors'
import { loadAnalyzer } from '../../lib/analyzer'
import type { Repositories } from '../../repositories'
import { matchesAll } from '../../repositories/text-search'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'

type Lang = 'fr' | 'en'
type CreateCardBody = z.infer<typeof createCardBodySchema>
type UpdateCardBody = z.infer<typeof updateCardBodySchema>
type CreateAttemptBody = z.infer<typeof createAttemptBodySchema>

/** How many due cards the queue returns at once. */
export const QUEUE_PAGE = 50

/** The bank's questions matching the filters, each marked when it is already in the person's deck. */
export async function bankWithDeck(
  repositories: Repositories,
  userId: string,
  { lang, category, q }: { lang?: string | undefined; category?: string | undefined; q?: string | undefined },
) {
  const inDeck = await repositories.cards.bankKeys(userId)
  return QUESTION_BANK.filter(
    (b) =>
      (!lang || b.lang === lang) && (!category || b.category === category) && matchesAll([b.text, b.hint], q),
  ).map((b) => ({ ...b, stages: b.stages ?? [], inDeck: inDeck.has(b.key) }))
}

/** Today's queue: the cards due now, in the domain's order, a session's worth at a time. */
export async function dueQueue({ repositories, now }: ServiceContext, userId: string) {
  const at = now()
  const [dueKeys, summary] = await Promise.all([
    repositories.cards.listDueKeys(userId, at.toISOString()),
    repositories.cards.deckSummary(userId, at.toISOString()),
  ])
  const ordered = dailyQueue(dueKeys, at)
  // The rest stays counted and comes next.
  const due = await repositories.cards.findMany(
    userId,
    ordered.slice(0, QUEUE_PAGE).map((c) => c.id),
  )
  return { due, dueCount: ordered.length, nextDue: summary.nextDue, deckSize: summary.size }
}

/** The card, or a 404 whether it does not exist or is someone else's. */
export async function ownedCard(repositories: Repositories, userId: string, id: string) {
  const card = await repositories.cards.find(userId, id)
  if (!card) throw new ApiError('not_found')
  return card
}

/** Adds a bank question (by its key) or the person's own question to the deck, due now. */
export async function addCard(
  { repositories, now }: ServiceContext,
  userId: string,
  body: CreateCardBody,
  lang: Lang,
) {
  const at = now()
  const common = {
    id: newId(),
    interviewId: null,
    debriefQuestionId: null,
    schedule: newSchedule(at),
    createdAt: at.toISOString(),
  }
  let card: Parameters<Repositories['cards']['insert']>[1]
  if ('bankKey' in body) {
    const question = bankQuestion(body.bankKey)
    if (!question) throw new ApiError('validation_failed', { bankKey: validationMessage('invalid', lang) })
    card = {
      ...common,
      source: 'bank',
      bankKey: question.key,
      lang: question.lang,
      category: question.category,
      question: question.text,
      hint: question.hint,
    }
  } else {
    card = {
      ...common,
      source: 'own',
      bankKey: null,
      lang: body.lang,
      category: body.category ?? 'situational',
      question: body.question,
      hint: body.hint,
    }
  }
  const created = await repositories.cards.insert(userId, card)
  if (!created) throw new ApiError('conflict')
  return created
}

/** A card with every attempt and when each grade would bring it back. */
export async function cardDetail({ repositories, now }: ServiceContext, userId: string, id: string) {
  const card = await ownedCard(repositories, userId, id)
  const [attempts, schedule] = await Promise.all([
    repositories.attempts.listForCard(userId, card.id),
    repositories.cards.schedule(userId, card.id),
  ])
  if (!schedule) throw new ApiError('not_found')
  return { card, attempts, nextIntervals: previewIntervals(schedule, now()) }
}

/** Edits a card; a reference answer must be one of this card's own attempts. */
export async function updateCard(
  { repositories, now }: ServiceContext,
  userId: string,
  id: string,
  changes: UpdateCardBody,
  lang: Lang,
) {
  const card = await ownedCard(repositories, userId, id)
  const { referenceAttemptId } = changes
  if (referenceAttemptId) {
    const attempt = await repositories.attempts.find(userId, referenceAttemptId)
    if (!attempt || attempt.cardId !== card.id) {
      throw new ApiError('validation_failed', { referenceAttemptId: validationMessage('invalid', lang) })
    }
  }
  const updated = await repositories.cards.update(userId, card.id, changes, now().toISOString())
  if (!updated) throw new ApiError('not_found')
  return updated
}

/**
 * Records an attempt with its analysis; in review mode (where a grade is required) its grade
 * reschedules the card, in the same transaction. Returns the attempt and the card as it now is.
 */
export async function recordAttempt(
  context: ServiceContext,
  userId: string,
  cardId: string,
  body: CreateAttemptBody,
  lang: Lang,
) {
  const card = await ownedCard(context.repositories, userId, cardId)
  if (body.mode === 'review' && !body.grade) {
    throw new ApiError('validation_failed', { grade: validationMessage('required', lang) })
  }
  const at = context.now()
  const { analyzeAnswer } = await loadAnalyzer()
  const analysis = analyzeAnswer(body.text, {
    lang: body.lang ?? card.lang,
    ...(body.transcript !== undefined ? { transcript: body.transcript } : {}),
  })
  const attempt = await context.transaction(async (tx) => {
    const inserted = await tx.attempts.insert(userId, {
      id: newId(),
      cardId: card.id,
      mode: body.mode,
      grade: body.grade ?? null,
      text: body.text,
      figures: attemptFigures(analysis),
      spokenSeconds: body.spokenSeconds ?? null,
      longPauses: body.longPauses ?? null,
      wordsPerMinute: wordsPerMinute(analysis.wordCount, body.spokenSeconds),
      delivery: body.delivery ?? null,
      createdAt: at.toISOString(),
    })
    // The card went (deleted in another tab) between the check and the write.
    if (!inserted) throw new ApiError('not_found')
    if (body.mode === 'review' && body.grade) {
      const schedule = await tx.cards.schedule(userId, card.id)
      if (schedule) {
        await tx.cards.saveSchedule(userId, card.id, reschedule(schedule, body.grade, at), at.toISOString())
      }
    }
    return inserted
  })
  return { attempt, card: await ownedCard(context.repositories, userId, card.id) }
}

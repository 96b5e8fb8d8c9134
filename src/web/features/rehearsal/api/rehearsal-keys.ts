import type { Language } from '../../../../shared/schemas/common'

export type CardsQuery = { category?: string; q?: string }
export type BankQuery = { lang: Language; category?: string; q?: string }

/** The rehearsal's query keys, under one prefix: a change to the deck refreshes all of them. */
export const rehearsalKeys = {
  all: ['rehearsal'] as const,
  queue: ['rehearsal', 'queue'] as const,
  cards: (query: CardsQuery) => ['rehearsal', 'cards', query] as const,
  card: (id: string) => ['rehearsal', 'card', id] as const,
  bank: (query: BankQuery) => ['rehearsal', 'bank', query] as const,
  cram: (interviewId: string) => ['rehearsal', 'cram', interviewId] as const,
}

export const cardPath = (id: string) => `/api/rehearsal/cards/${encodeURIComponent(id)}`

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { cardsResponseSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { type CardsQuery, rehearsalKeys } from './rehearsal-keys'

export type { CardsQuery } from './rehearsal-keys'

export function getCards(query: CardsQuery, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/rehearsal/cards', query), cardsResponseSchema, { signal })
}

/** The deck, filtered by category and search. */
export function useCards(query: CardsQuery) {
  return useQuery({
    queryKey: rehearsalKeys.cards(query),
    queryFn: ({ signal }) => getCards(query, signal),
    placeholderData: keepPreviousData,
  })
}

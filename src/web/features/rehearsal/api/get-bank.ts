import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { bankResponseSchema } from '../../../../shared/schemas/rehearsal'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { type BankQuery, rehearsalKeys } from './rehearsal-keys'

export type { BankQuery } from './rehearsal-keys'

export function getBank(query: BankQuery, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/rehearsal/bank', query), bankResponseSchema, { signal })
}

/** The shipped question bank in one language, filtered by category and search. */
export function useBank(query: BankQuery) {
  return useQuery({
    queryKey: rehearsalKeys.bank(query),
    queryFn: ({ signal }) => getBank(query, signal),
    placeholderData: keepPreviousData,
  })
}

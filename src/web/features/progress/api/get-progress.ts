import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { progressResponseSchema } from '../../../../shared/schemas/progress'
import { apiRequest, withQuery } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

/** A period of whole days, both ends included; a missing end means "from the start" or "up to today". */
export type Period = { from?: string | undefined; to?: string | undefined }

export const progressKey = (period: Period) =>
  [...queryKeys.progress, 'series', period.from ?? '', period.to ?? ''] as const

export function getProgress(period: Period, signal?: AbortSignal) {
  return apiRequest(withQuery('/api/progress', period), progressResponseSchema, { signal })
}

/** Every series behind the Progress charts, for a period. */
export function useProgress(period: Period) {
  return useQuery({ ...progressQuery(period), placeholderData: keepPreviousData })
}

export const progressQuery = (period: Period) =>
  queryOptions({
    queryKey: progressKey(period),
    queryFn: ({ signal }) => getProgress(period, signal),
  })

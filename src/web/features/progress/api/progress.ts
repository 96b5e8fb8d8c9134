import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Language } from '../../../../shared/schemas/common'
import {
  insightsResponseSchema,
  moodEntrySchema,
  moodsResponseSchema,
  progressResponseSchema,
} from '../../../../shared/schemas/progress'
import { apiRequest, apiRequestNoContent } from '../../../lib/api-client'

/** A period of whole days, both ends included; a missing end means "from the start" or "up to today". */
export type Period = { from?: string | undefined; to?: string | undefined }

export const progressKeys = {
  all: ['progress'] as const,
  series: (period: Period) => ['progress', 'series', period.from ?? '', period.to ?? ''] as const,
  insights: ['progress', 'insights'] as const,
  moods: ['progress', 'moods'] as const,
}

function periodQuery(period: Period, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams()
  if (period.from) search.set('from', period.from)
  if (period.to) search.set('to', period.to)
  for (const [key, value] of Object.entries(extra)) search.set(key, value)
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

/** Every series behind the Progress charts, for a period. */
export function useProgress(period: Period) {
  return useQuery({
    queryKey: progressKeys.series(period),
    queryFn: ({ signal }) =>
      apiRequest(`/api/progress${periodQuery(period)}`, progressResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}

/** Statements the whole history supports (not only the chosen period). */
export function useInsights() {
  return useQuery({
    queryKey: progressKeys.insights,
    queryFn: ({ signal }) => apiRequest('/api/insights', insightsResponseSchema, { signal }),
  })
}

/** The Markdown report's address, for a link the browser downloads. */
export function reportMarkdownUrl(period: Period, lang: Language): string {
  return `/api/progress/report.md${periodQuery(period, { lang })}`
}

/** Every mood check-in, oldest first. */
export function useMoods() {
  return useQuery({
    queryKey: progressKeys.moods,
    queryFn: ({ signal }) => apiRequest('/api/moods', moodsResponseSchema, { signal }),
  })
}

export type NewMood = { mood: number; note: string }

export function useAddMood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewMood) => apiRequest('/api/moods', moodEntrySchema, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: progressKeys.all })
    },
  })
}

export function useDeleteMood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiRequestNoContent(`/api/moods/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: progressKeys.all })
    },
  })
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  type Application,
  applicationResponseSchema,
  applicationsResponseSchema,
  type CreateInterviewBody,
  type InterviewResponse,
  type InterviewsQuery,
  interviewResponseSchema,
  interviewsResponseSchema,
  type UpdateApplicationBody,
  type UpdateInterviewBody,
} from '../../../../shared/schemas/interviews'
import { apiRequest, apiRequestNoContent } from '../../../lib/api-client'

export const interviewKeys = {
  all: ['interviews'] as const,
  list: (query: InterviewsQuery) => ['interviews', 'list', query] as const,
  one: (id: string) => ['interviews', 'one', id] as const,
  applications: (q: string) => ['applications', 'list', q] as const,
}

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

export function useInterviews(query: InterviewsQuery) {
  return useQuery({
    queryKey: interviewKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest(`/api/interviews${queryString(query)}`, interviewsResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}

export function useInterview(id: string) {
  return useQuery({
    queryKey: interviewKeys.one(id),
    queryFn: ({ signal }) =>
      apiRequest(`/api/interviews/${encodeURIComponent(id)}`, interviewResponseSchema, { signal }),
  })
}

/** Applications matching what is typed in the company field (empty text: none asked). */
export function useApplicationSuggestions(q: string) {
  return useQuery({
    queryKey: interviewKeys.applications(q),
    queryFn: ({ signal }) =>
      apiRequest(`/api/applications${queryString({ q })}`, applicationsResponseSchema, { signal }),
    enabled: q.trim() !== '',
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  })
}

/** Every application, for the company filter. */
export function useApplications() {
  return useQuery({
    queryKey: interviewKeys.applications(''),
    queryFn: ({ signal }) => apiRequest('/api/applications', applicationsResponseSchema, { signal }),
    staleTime: 30_000,
  })
}

export function useCreateInterview() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateInterviewBody) =>
      apiRequest('/api/interviews', interviewResponseSchema, { method: 'POST', body }),
    onSuccess: (data) => {
      queryClient.setQueryData(interviewKeys.one(data.interview.id), data)
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all })
      void queryClient.invalidateQueries({ queryKey: ['applications'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

export function useUpdateInterview(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateInterviewBody) =>
      apiRequest(`/api/interviews/${encodeURIComponent(id)}`, interviewResponseSchema, {
        method: 'PATCH',
        body,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(interviewKeys.one(id), data)
      void queryClient.invalidateQueries({ queryKey: ['interviews', 'list'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

export function useDeleteInterview(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiRequestNoContent(`/api/interviews/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: interviewKeys.one(id) })
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all })
      void queryClient.invalidateQueries({ queryKey: ['applications'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

export function useUpdateApplication(interviewId: string, applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateApplicationBody) =>
      apiRequest(`/api/applications/${encodeURIComponent(applicationId)}`, applicationResponseSchema, {
        method: 'PATCH',
        body,
      }),
    onSuccess: ({ application }) => {
      queryClient.setQueryData<InterviewResponse>(interviewKeys.one(interviewId), (old) =>
        old ? { ...old, application } : old,
      )
      void queryClient.invalidateQueries({ queryKey: ['interviews', 'list'] })
      void queryClient.invalidateQueries({ queryKey: ['applications'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

export function useDeleteApplication(application: Application) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiRequestNoContent(`/api/applications/${encodeURIComponent(application.id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['interviews', 'one'] })
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all })
      void queryClient.invalidateQueries({ queryKey: ['applications'] })
      void queryClient.invalidateQueries({ queryKey: ['home'] })
    },
  })
}

/** How many interviews an application holds (said before deleting it). */
export function useApplicationInterviews(applicationId: string | undefined) {
  return useQuery({
    queryKey: ['interviews', 'list', { applicationId }] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/interviews${queryString({ applicationId })}`, interviewsResponseSchema, { signal }),
    enabled: applicationId !== undefined,
  })
}

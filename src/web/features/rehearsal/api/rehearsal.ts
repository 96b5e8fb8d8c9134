import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Language } from '../../../../shared/schemas/common'
import { interviewsResponseSchema } from '../../../../shared/schemas/interviews'
import {
  attemptResultSchema,
  bankResponseSchema,
  cardDetailSchema,
  cardResponseSchema,
  cardsResponseSchema,
  cramResponseSchema,
  queueResponseSchema,
} from '../../../../shared/schemas/rehearsal'
import { apiRequest, apiRequestNoContent, NetworkError, toApiError } from '../../../lib/api-client'
import { currentLanguage } from '../../../lib/i18n'

export type Grade = 'again' | 'hard' | 'good' | 'easy'
export const GRADE_NAMES: readonly Grade[] = ['again', 'hard', 'good', 'easy']

export type CardsQuery = { category?: string; q?: string }
export type BankQuery = { lang: Language; category?: string; q?: string }

export const rehearsalKeys = {
  all: ['rehearsal'] as const,
  queue: ['rehearsal', 'queue'] as const,
  cards: (query: CardsQuery) => ['rehearsal', 'cards', query] as const,
  card: (id: string) => ['rehearsal', 'card', id] as const,
  bank: (query: BankQuery) => ['rehearsal', 'bank', query] as const,
  cram: (interviewId: string) => ['rehearsal', 'cram', interviewId] as const,
}

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

const cardPath = (id: string) => `/api/rehearsal/cards/${encodeURIComponent(id)}`

export function useQueue(enabled = true) {
  return useQuery({
    enabled,
    queryKey: rehearsalKeys.queue,
    queryFn: ({ signal }) => apiRequest('/api/rehearsal/queue', queueResponseSchema, { signal }),
  })
}

export function useCards(query: CardsQuery) {
  return useQuery({
    queryKey: rehearsalKeys.cards(query),
    queryFn: ({ signal }) =>
      apiRequest(`/api/rehearsal/cards${queryString(query)}`, cardsResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}

export function useCard(id: string) {
  return useQuery({
    queryKey: rehearsalKeys.card(id),
    queryFn: ({ signal }) => apiRequest(cardPath(id), cardDetailSchema, { signal }),
  })
}

export function useBank(query: BankQuery) {
  return useQuery({
    queryKey: rehearsalKeys.bank(query),
    queryFn: ({ signal }) =>
      apiRequest(`/api/rehearsal/bank${queryString(query)}`, bankResponseSchema, { signal }),
    placeholderData: keepPreviousData,
  })
}

export function useCram(interviewId: string) {
  return useQuery({
    queryKey: rehearsalKeys.cram(interviewId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/rehearsal/cram${queryString({ interviewId })}`, cramResponseSchema, { signal }),
  })
}

/** Interviews still to come, soonest first, for the pre-interview review. */
export function useUpcomingInterviews() {
  return useQuery({
    queryKey: ['interviews', 'list', {}] as const,
    queryFn: ({ signal }) => apiRequest('/api/interviews', interviewsResponseSchema, { signal }),
    select: (data) => {
      const now = Date.now()
      return data.interviews
        .filter((item) => new Date(item.date).getTime() > now)
        .sort((a, b) => a.date.localeCompare(b.date))
    },
  })
}

export type NewCard =
  | { bankKey: string }
  | { question: string; lang: Language; category?: string; hint: string }

export function useAddCard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewCard) =>
      apiRequest('/api/rehearsal/cards', cardResponseSchema, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}

export function useDeleteCard() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiRequestNoContent(cardPath(id), { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: rehearsalKeys.card(id) })
      void queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}

export function useMarkBest(cardId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (referenceAttemptId: string | null) =>
      apiRequest(cardPath(cardId), cardResponseSchema, { method: 'PATCH', body: { referenceAttemptId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}

export type NewAttempt = {
  text: string
  lang?: Language
  mode: 'review' | 'cram'
  grade?: Grade
  /** For a spoken attempt: the length of the recording, and its silences of 2 s or more. */
  spokenSeconds?: number
  longPauses?: number
}

export function useCreateAttempt(cardId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewAttempt) =>
      apiRequest(`${cardPath(cardId)}/attempts`, attemptResultSchema, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}

const audioPath = (attemptId: string) => `/api/rehearsal/attempts/${encodeURIComponent(attemptId)}/audio`

/**
 * A request whose body or answer is audio, not JSON: same origin, session cookie, the
 * interface language, and the server's errors read as for every other request.
 */
async function sendAudioRequest(path: string, init: RequestInit): Promise<Response> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': currentLanguage(), ...init.headers },
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new NetworkError(error)
  }
  if (!response.ok) throw await toApiError(response)
  return response
}

export type AudioUpload = { attemptId: string; audio: Blob; contentType: string }

/** Stores the recording of an attempt: the raw audio as the body, its type as Content-Type. */
export async function uploadAttemptAudio({ attemptId, audio, contentType }: AudioUpload): Promise<void> {
  await sendAudioRequest(audioPath(attemptId), {
    method: 'PUT',
    headers: { 'Content-Type': contentType },
    body: audio,
  })
}

/** The recording of an attempt, to play through an object URL (the CSP allows blob: media). */
export async function fetchAttemptAudio(attemptId: string, signal?: AbortSignal): Promise<Blob> {
  const response = await sendAudioRequest(audioPath(attemptId), signal ? { signal } : {})
  return response.blob()
}

export function useUploadAttemptAudio() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: uploadAttemptAudio,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}

export function useDeleteAttemptAudio() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (attemptId: string) => apiRequestNoContent(audioPath(attemptId), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rehearsalKeys.all })
    },
  })
}

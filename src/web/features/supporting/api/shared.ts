import { useQuery } from '@tanstack/react-query'
import {
  sharedDebriefResponseSchema,
  sharedInterviewsResponseSchema,
  sharedMockInterviewsResponseSchema,
  sharedMoodsResponseSchema,
  sharedProgressResponseSchema,
  sharedReboundsResponseSchema,
  sharedRehearsalResponseSchema,
} from '../../../../shared/schemas/shared-with-me'
import { receivedLinkResponseSchema } from '../../../../shared/schemas/sharing'
import { apiRequest, apiRequestBlob, isApiError } from '../../../lib/api-client'
import { queryKeys } from '../../../lib/query-keys'

/**
 * What others share with the signed-in person, read live: an ended link must hide at once, so nothing
 * here is kept offline, and a 404 is an answer (not shared any more), not something to retry.
 */
const sharedKey = (...parts: string[]) => [...queryKeys.me, 'shared-with-me', ...parts] as const
const retry = (count: number, error: unknown) =>
  !isApiError(error, 404) && !isApiError(error, 401) && count < 2

const at = (linkId: string, path = '') => `/api/sharing/received/${encodeURIComponent(linkId)}${path}`

export function useSharedLink(linkId: string) {
  return useQuery({
    queryKey: sharedKey(linkId),
    queryFn: () => apiRequest(at(linkId), receivedLinkResponseSchema),
    retry,
  })
}

export function useSharedInterviews(linkId: string, enabled: boolean) {
  return useQuery({
    queryKey: sharedKey(linkId, 'interviews'),
    queryFn: () => apiRequest(at(linkId, '/interviews'), sharedInterviewsResponseSchema),
    enabled,
    retry,
  })
}

export function useSharedDebrief(linkId: string, interviewId: string) {
  return useQuery({
    queryKey: sharedKey(linkId, 'interviews', interviewId),
    queryFn: () =>
      apiRequest(at(linkId, `/interviews/${encodeURIComponent(interviewId)}`), sharedDebriefResponseSchema),
    retry,
  })
}

export function useSharedRehearsal(linkId: string) {
  return useQuery({
    queryKey: sharedKey(linkId, 'rehearsal'),
    queryFn: () => apiRequest(at(linkId, '/rehearsal'), sharedRehearsalResponseSchema),
    retry,
  })
}

export function useSharedMockInterviews(linkId: string) {
  return useQuery({
    queryKey: sharedKey(linkId, 'mock-interviews'),
    queryFn: () => apiRequest(at(linkId, '/mock-interviews'), sharedMockInterviewsResponseSchema),
    retry,
  })
}

export function useSharedProgress(linkId: string) {
  return useQuery({
    queryKey: sharedKey(linkId, 'progress'),
    queryFn: () => apiRequest(at(linkId, '/progress'), sharedProgressResponseSchema),
    retry,
  })
}

/** The recording of a shared practice attempt, to play through an object URL (fetched when asked for). */
export function fetchSharedAttemptAudio(
  linkId: string,
  attemptId: string,
  signal?: AbortSignal,
): Promise<Blob> {
  return apiRequestBlob(at(linkId, `/rehearsal/attempts/${encodeURIComponent(attemptId)}/audio`), { signal })
}

export function useSharedRebounds(linkId: string) {
  return useQuery({
    queryKey: sharedKey(linkId, 'rebounds'),
    queryFn: () => apiRequest(at(linkId, '/rebounds'), sharedReboundsResponseSchema),
    retry,
  })
}

export function useSharedMoods(linkId: string) {
  return useQuery({
    queryKey: sharedKey(linkId, 'moods'),
    queryFn: () => apiRequest(at(linkId, '/moods'), sharedMoodsResponseSchema),
    retry,
  })
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestBlob, apiRequestNoContent } from '../../../lib/api-client'
import { rehearsalKeys } from './rehearsal-keys'

/** The recording kept with a spoken attempt: stored, played back, deleted. */
const audioPath = (attemptId: string) => `/api/rehearsal/attempts/${encodeURIComponent(attemptId)}/audio`

export type AudioUpload = { attemptId: string; audio: Blob; contentType: string }

/** Stores the recording of an attempt: the raw audio as the body, its type as Content-Type. */
export async function uploadAttemptAudio({ attemptId, audio, contentType }: AudioUpload): Promise<void> {
  await apiRequestNoContent(audioPath(attemptId), {
    method: 'PUT',
    rawBody: { data: audio, contentType },
  })
}

/** The recording of an attempt, to play through an object URL (the CSP allows blob: media). */
export function fetchAttemptAudio(attemptId: string, signal?: AbortSignal): Promise<Blob> {
  return apiRequestBlob(audioPath(attemptId), { signal })
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

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequestBlob, apiRequestNoContent } from '../../../lib/api-client'
import { mockKeys, mockPath } from './mock-keys'

export type AnswerTurn = { questionIndex: number; followUp: number }

/** The recording kept with a spoken answer of a session. */
const audioPath = (id: string, turn: AnswerTurn) =>
  `${mockPath(id)}/answers/${turn.questionIndex}/${turn.followUp}/audio`

export type AnswerAudioUpload = AnswerTurn & { audio: Blob; contentType: string }

/** Stores the recording of an answer already saved: the raw audio as the body, its type as Content-Type. */
export async function uploadAnswerAudio(id: string, upload: AnswerAudioUpload): Promise<void> {
  await apiRequestNoContent(audioPath(id, upload), {
    method: 'PUT',
    rawBody: { data: upload.audio, contentType: upload.contentType },
  })
}

/** The recording of an answer, to play through an object URL. */
export function fetchAnswerAudio(id: string, turn: AnswerTurn, signal?: AbortSignal): Promise<Blob> {
  return apiRequestBlob(audioPath(id, turn), { signal })
}

export function useUploadAnswerAudio(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (upload: AnswerAudioUpload) => uploadAnswerAudio(id, upload),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mockKeys.one(id) }),
  })
}

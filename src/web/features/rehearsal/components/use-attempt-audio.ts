import { useState } from 'react'
import type { Take } from '../../../components/recorder/recorder-session'
import { type AudioUpload, useUploadAttemptAudio } from '../api/attempt-recording'

/** Why a saved spoken attempt has no recording kept with it. */
export type AudioLeftOut = 'tooLarge' | 'format' | null

/** Where the recording of the attempt just saved stands. */
export type AudioStatus = { pending: boolean; done: boolean; error: unknown; leftOut: AudioLeftOut }

/**
 * The recording that follows a saved attempt: sent once the attempt is saved (so a recording
 * that cannot follow never costs the attempt), sent again on demand, or left out, and why.
 */
export function useAttemptAudio() {
  const upload = useUploadAttemptAudio()
  const [job, setJob] = useState<AudioUpload | null>(null)
  const [leftOut, setLeftOut] = useState<AudioLeftOut>(null)

  function send(next: AudioUpload) {
    setJob(next)
    upload.mutate(next, { onSuccess: () => setJob(null) })
  }

  /** Sends the take of the attempt just saved, or says why it stays out. */
  function follow(attemptId: string, take: Take | null) {
    upload.reset()
    setJob(null)
    setLeftOut(take?.tooLarge ? 'tooLarge' : take && !take.contentType ? 'format' : null)
    if (take?.contentType && !take.tooLarge) {
      send({ attemptId, audio: take.audio, contentType: take.contentType })
    }
  }

  const status: AudioStatus = {
    pending: upload.isPending,
    done: upload.isSuccess,
    error: upload.isError ? upload.error : null,
    leftOut,
  }
  return { status, retry: job ? () => send(job) : null, follow, forget: () => setLeftOut(null) }
}

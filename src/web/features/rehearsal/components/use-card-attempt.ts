import { useEffect, useState } from 'react'
import type { CardView } from '../../../../shared/schemas/rehearsal'
import type { Take } from '../../../components/recorder/recorder-session'
import { deliveryView, useDelivery } from '../../../components/recorder/use-delivery'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useTabDraft } from '../../../lib/use-tab-draft'
import { type Grade, useCreateAttempt } from '../api/create-attempt'
import type { SavedAttempt } from './attempt-result'
import { useAttemptAudio } from './use-attempt-audio'

/** The recording about to be saved; its object URL lives as long as it does (released when replaced, sent or left). */
function useTake() {
  const [take, setTake] = useState<Take | null>(null)
  useEffect(() => {
    if (!take) return
    const url = take.url
    return () => URL.revokeObjectURL(url)
  }, [take])
  return [take, setTake] as const
}

/**
 * An attempt at one card: the answer's draft (kept for the tab), the recording that goes with
 * it, and saving both, graded or (before an interview) not.
 */
export function useCardAttempt(card: CardView, cram: boolean, answerId: string) {
  const user = useCurrentUser()
  const [text, setText] = useTabDraft(`rehearsal.${user.id}.${card.id}`, '')
  const [missing, setMissing] = useState(false)
  const [saved, setSaved] = useState<SavedAttempt | null>(null)
  const [take, setTake] = useTake()
  const [recording, setRecording] = useState(false)
  const delivery = useDelivery(take, recording)
  const [transcribed, setTranscribed] = useState(false)
  const [stopFirst, setStopFirst] = useState(false)
  const attempt = useCreateAttempt(card.id)
  const audio = useAttemptAudio()

  useEffect(() => {
    if (!recording) setStopFirst(false)
  }, [recording])

  function changeText(value: string) {
    setText(value)
    if (missing && value.trim() !== '') setMissing(false)
  }

  function submit(grade?: Grade) {
    if (recording) {
      setStopFirst(true)
      return
    }
    if (text.trim() === '') {
      setMissing(true)
      document.getElementById(answerId)?.focus()
      return
    }
    setMissing(false)
    const measured = deliveryView(delivery.state)
    const spoken = take
      ? {
          spokenSeconds: take.spokenSeconds,
          ...(take.longPauses !== null ? { longPauses: take.longPauses } : {}),
          ...(measured ? { delivery: measured } : {}),
        }
      : {}
    attempt.mutate(
      {
        text,
        lang: card.lang,
        mode: cram ? 'cram' : 'review',
        ...(grade && !cram ? { grade } : {}),
        ...spoken,
        // The browser's recognizer wrote it: analysed as speech (lower case, little punctuation).
        ...(take && transcribed ? { transcript: true } : {}),
      },
      {
        onSuccess: (result) => {
          setText('')
          setSaved(result)
          audio.follow(result.attempt.id, take)
          setTake(null)
        },
      },
    )
  }

  function tryAgain() {
    setSaved(null)
    audio.forget()
  }

  return {
    text,
    changeText,
    missing,
    saved,
    take,
    setTake,
    delivery,
    transcribed: take !== null && transcribed,
    setTranscribed,
    setRecording,
    stopFirst,
    attempt,
    audio,
    submit,
    tryAgain,
  }
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tone } from '../../../../domain/feedback'
import type { Language } from '../../../../shared/schemas/common'
import type { FeedbackResponse } from '../../../../shared/schemas/feedback'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { useLanguage } from '../../../lib/use-language'
import { useSaveFeedback } from '../api/save-feedback'
import { composeMessage, type Message } from './compose-message'
import { EMAIL } from './mailto'
import { useCopy } from './use-copy'

/**
 * The request being written: its tone and language, the words the template still needs, the
 * person's own edit of it, and the recipient. What is saved of it goes out a pause after typing,
 * or at once for a choice.
 */
export function useFeedbackMessage(
  interviewId: string,
  data: FeedbackResponse,
  excluded: ReadonlySet<number>,
) {
  const { t } = useTranslation('feedback')
  const uiLang = useLanguage()
  const { request, values } = data
  const save = useSaveFeedback(interviewId)
  const copier = useCopy()

  const [tone, setTone] = useState<Tone>(request.tone)
  const [lang, setLang] = useState<Language>(request.updatedAt ? request.lang : uiLang)
  const [askInterviewer] = useState(values.interviewer.trim() === '')
  const [askName] = useState(values.name.trim() === '')
  const [interviewer, setInterviewer] = useState(values.interviewer)
  const [name, setName] = useState(values.name)
  const [ownPoints, setOwnPoints] = useState('')
  const [custom, setCustom] = useState<Message | null>(
    request.subject !== '' || request.body !== '' ? { subject: request.subject, body: request.body } : null,
  )
  const [customBase, setCustomBase] = useState(() => ({ tone: request.tone, lang: request.lang }))
  const [recipient, setRecipient] = useState(request.recipient)
  const [recipientError, setRecipientError] = useState<string | undefined>(undefined)
  const [savedRecipient, setSavedRecipient] = useState(request.recipient)
  // What is saved of the message: typing waits for a pause, a choice goes out at once (saveNow).
  const autosave = useAutosave(
    { tone, lang, subject: custom?.subject ?? '', body: custom?.body ?? '', recipient: savedRecipient },
    (body, delivery) => save.mutateAsync({ ...body, ...delivery }),
    800,
  )

  const message = composeMessage(data, excluded, custom, { tone, lang, interviewer, name, ownPoints })

  return {
    ...message,
    tone,
    lang,
    custom,
    /** The message was edited in another tone or language than the one chosen now. */
    toneChanged: custom !== null && (customBase.tone !== tone || customBase.lang !== lang),
    words: {
      askInterviewer,
      interviewer,
      setInterviewer,
      name,
      setName,
      ownPoints,
      setOwnPoints,
      showInterviewer: askInterviewer || message.missing.includes('interviewer'),
      showName: askName || message.missing.includes('name'),
      showPoints: message.askPoints || message.missing.includes('points'),
    },
    recipient,
    recipientError,
    autosave,
    copier,
    chooseTone(next: Tone) {
      setTone(next)
      autosave.saveNow()
    },
    chooseLang(next: Language) {
      setLang(next)
      autosave.saveNow()
    },
    edit(next: Message) {
      if (custom === null) setCustomBase({ tone, lang })
      setCustom(next)
      copier.reset()
    },
    backToTemplate() {
      setCustom(null)
      copier.reset()
      autosave.saveNow()
    },
    typeRecipient(value: string) {
      setRecipient(value)
      setRecipientError(undefined)
    },
    saveRecipient() {
      const value = recipient.trim()
      if (value !== '' && !EMAIL.test(value)) {
        setRecipientError(t('message.recipientInvalid'))
        return
      }
      setRecipientError(undefined)
      if (value !== savedRecipient) {
        setSavedRecipient(value)
        autosave.saveNow()
      }
    },
  }
}

export type FeedbackMessage = ReturnType<typeof useFeedbackMessage>

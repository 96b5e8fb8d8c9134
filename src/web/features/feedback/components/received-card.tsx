import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FEEDBACK_LIMITS, type FeedbackResponse } from '../../../../shared/schemas/feedback'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextAreaField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import { useSaveFeedback } from '../api/save-feedback'
import { TurnIntoLesson } from './turn-into-lesson'

type Props = { interviewId: string; data: FeedbackResponse }

/** The recruiter's words, pasted in, and the passages turned into lessons or actions. */
export function ReceivedCard({ interviewId, data }: Props) {
  const { t } = useTranslation('feedback')
  const describe = useDescribeError()
  const { request } = data
  const save = useSaveFeedback(interviewId)
  const [text, setText] = useState(request.feedbackText)
  const [savedNow, setSavedNow] = useState(false)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const [passage, setPassage] = useState<string | null>(null)
  const [noSelection, setNoSelection] = useState(false)

  function saveText() {
    setSavedNow(false)
    save.mutate(
      { feedbackText: text, ...(request.status === 'declined' ? {} : { status: 'received' as const }) },
      { onSuccess: () => setSavedNow(true) },
    )
  }

  function takeSelection() {
    const field = fieldRef.current
    if (!field) return
    const chosen = field.value.slice(field.selectionStart, field.selectionEnd).trim()
    if (chosen === '') {
      setNoSelection(true)
      field.focus()
      return
    }
    setNoSelection(false)
    setPassage(chosen)
  }

  return (
    <section className="card" aria-labelledby="fb-received-title">
      <h2 className="section-title" id="fb-received-title">
        {t('received.title')}
      </h2>
      <TextAreaField
        id="fb-feedback-text"
        ref={fieldRef}
        label={t('received.label')}
        hint={
          <>
            {t('received.intro')} {text.trim() !== '' ? t('received.turnIntro') : null}
          </>
        }
        className="fb-textarea"
        rows={7}
        value={text}
        maxLength={FEEDBACK_LIMITS.feedbackText}
        onChange={(event) => {
          setText(event.target.value)
          setSavedNow(false)
        }}
      />
      <div className="fb-actions">
        <Button
          variant={text !== request.feedbackText ? 'primary' : 'secondary'}
          pending={save.isPending}
          disabled={text.trim() === '' || (text === request.feedbackText && request.status === 'received')}
          onClick={saveText}
        >
          {t('received.save')}
        </Button>
        {text.trim() !== '' ? (
          // Keeps the textarea's selection: the button does not take focus on mouse down.
          <Button variant="secondary" onMouseDown={(event) => event.preventDefault()} onClick={takeSelection}>
            {t('received.useSelection')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{savedNow ? t('received.saved') : null}</StatusMessage>
      {save.isError ? <FormAlert>{describe(save.error)}</FormAlert> : null}
      {noSelection ? <p className="alert alert--info">{t('received.noSelection')}</p> : null}
      {passage !== null ? <TurnIntoLesson key={passage} interviewId={interviewId} initial={passage} /> : null}
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../domain/debrief'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextAreaField, TextField } from '../../../components/ui/fields'
import { useSaveInterviewer } from '../api/save-interviewer'
import type { FeedbackMessage } from './use-feedback-message'

type MissingWordsProps = {
  interviewId: string
  /** What the template still needs, said once above the fields. */
  missing: readonly string[]
  words: FeedbackMessage['words']
}

/** The words the message needs and Rebond does not know: the interviewer, the person's name, the points. */
export function MissingWords({ interviewId, missing, words }: MissingWordsProps) {
  const { t } = useTranslation('feedback')
  if (!words.showInterviewer && !words.showName && !words.showPoints) return null
  return (
    <div className="fb-missing">
      {missing.length > 0 ? (
        <>
          <p className="fb-missing__title">{t('message.missingTitle')}</p>
          <p className="muted">{t('message.missingBody')}</p>
        </>
      ) : null}
      {words.showInterviewer ? (
        <InterviewerField
          interviewId={interviewId}
          value={words.interviewer}
          onChange={words.setInterviewer}
          canSave={words.askInterviewer}
        />
      ) : null}
      {words.showName ? (
        <TextField
          id="fb-name"
          label={t('message.name')}
          value={words.name}
          maxLength={120}
          autoComplete="name"
          onChange={(event) => words.setName(event.target.value)}
        />
      ) : null}
      {words.showPoints ? (
        <TextAreaField
          id="fb-own-points"
          label={t('message.points')}
          hint={t('message.pointsHint')}
          className="fb-textarea"
          rows={3}
          value={words.ownPoints}
          onChange={(event) => words.setOwnPoints(event.target.value)}
        />
      ) : null}
    </div>
  )
}

type InterviewerFieldProps = {
  interviewId: string
  value: string
  onChange: (value: string) => void
  /** The interview has no interviewer yet: the name typed here can be kept with it. */
  canSave: boolean
}

/** The interviewer's name for the message, and the button to keep it with the interview. */
function InterviewerField({ interviewId, value, onChange, canSave }: InterviewerFieldProps) {
  const { t } = useTranslation('feedback')
  const saveInterviewer = useSaveInterviewer(interviewId)
  return (
    <div className="fb-missing__field">
      <TextField
        id="fb-interviewer"
        label={t('message.interviewer')}
        hint={t('message.interviewerHint')}
        value={value}
        maxLength={LIMITS.interviewerName}
        autoComplete="off"
        onChange={(event) => {
          onChange(event.target.value)
          saveInterviewer.reset()
        }}
      />
      {canSave && value.trim() !== '' ? (
        <Button
          variant="secondary"
          className="fb-small align-start"
          pending={saveInterviewer.isPending}
          disabled={saveInterviewer.isSuccess}
          onClick={() => saveInterviewer.mutate(value)}
        >
          {t('message.saveInterviewer')}
        </Button>
      ) : null}
      <StatusMessage>{saveInterviewer.isSuccess ? t('message.interviewerSaved') : null}</StatusMessage>
      {saveInterviewer.isError ? <FormAlert>{t('message.interviewerError')}</FormAlert> : null}
    </div>
  )
}

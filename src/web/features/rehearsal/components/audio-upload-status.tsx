import { useTranslation } from 'react-i18next'
import { uploadProblem } from '../../../components/recorder/recording'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import type { AudioStatus } from './use-attempt-audio'

type AudioUploadStatusProps = AudioStatus & { onRetry: (() => void) | null }

/** Where the recording of the attempt just saved stands: on its way, kept, or why not. */
export function AudioUploadStatus({ pending, done, error, leftOut, onRetry }: AudioUploadStatusProps) {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  if (leftOut) {
    return (
      <Notice tone="warning">{t(leftOut === 'tooLarge' ? 'spoken.tooLarge' : 'spoken.formatRefused')}</Notice>
    )
  }
  if (error) {
    const problem = uploadProblem(error)
    return (
      <div className="r-stack">
        <FormAlert>
          {problem ? t(`spoken.upload.${problem}`) : `${t('spoken.upload.failed')} ${describe(error)}`}
        </FormAlert>
        {onRetry && !problem ? (
          <Button variant="secondary" className="r-start r-button-small" onClick={onRetry}>
            {t('spoken.upload.retry')}
          </Button>
        ) : null}
      </div>
    )
  }
  return (
    <p className="muted r-small" role="status">
      {pending ? t('spoken.upload.pending') : done ? t('spoken.upload.done') : null}
    </p>
  )
}

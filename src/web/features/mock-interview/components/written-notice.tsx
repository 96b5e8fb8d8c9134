import { useTranslation } from 'react-i18next'
import { Notice } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { WrittenReason } from './spoken-answer'

/** Said plainly: this spoken session goes on in writing, and why; speaking again is one tap away. */
export function WrittenNotice({ reason, onSpeakAgain }: { reason: WrittenReason; onSpeakAgain: () => void }) {
  const { t } = useTranslation('mock')
  const known = reason === 'choice' || reason === 'denied' || reason === 'noMicrophone'
  const key = known ? reason : reason === 'unsupported' || reason === 'insecure' ? 'noRecording' : 'choice'
  return (
    <Notice tone={reason === 'choice' ? 'info' : 'warning'}>
      <p>{t(`writtenFor.${key}`)}</p>
      <Button variant="ghost" onClick={onSpeakAgain}>
        {t('speakAgain')}
      </Button>
    </Notice>
  )
}

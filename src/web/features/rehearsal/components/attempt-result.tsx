import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { AttemptView, CardView } from '../../../../shared/schemas/rehearsal'
import { DeliveryFigures } from '../../../components/recorder/delivery-figures'
import { SpokenFigures } from '../../../components/recorder/spoken-figures'
import { Button, buttonClass } from '../../../components/ui/button'
import { AttemptFigures } from './attempt-history'
import { AudioUploadStatus } from './audio-upload-status'
import type { CardMode } from './card-mode'
import { useDuration, useWhen } from './time-words'
import type { AudioStatus } from './use-attempt-audio'

export type SavedAttempt = { attempt: AttemptView; card: CardView }

type AttemptResultProps = {
  saved: SavedAttempt
  mode: CardMode
  /** In the queue: the next card due, if any is left. */
  next: { id: string } | undefined
  audio: AudioStatus
  onRetryAudio: (() => void) | null
  onTryAgain: () => void
}

/** The attempt just saved: its figures, when the card comes back, and where to go next. */
export function AttemptResult({ saved, mode, next, audio, onRetryAudio, onTryAgain }: AttemptResultProps) {
  const { t } = useTranslation('rehearsal')
  const when = useWhen()
  const duration = useDuration()
  const titleRef = useRef<HTMLHeadingElement>(null)

  // The result replaces the form the focus was in: it goes to the result's title.
  useEffect(() => {
    titleRef.current?.focus()
  }, [])

  return (
    <section className="card r-result" aria-labelledby="result-title">
      <h2 className="section-title" id="result-title" tabIndex={-1} ref={titleRef}>
        ✓ {t('card.savedTitle')}
      </h2>
      <AttemptFigures attempt={saved.attempt} duration={duration} />
      {saved.attempt.spokenSeconds !== null ? (
        <>
          <SpokenFigures
            spokenSeconds={saved.attempt.spokenSeconds}
            wordsPerMinute={saved.attempt.wordsPerMinute}
            longPauses={saved.attempt.longPauses}
          />
          {saved.attempt.delivery ? <DeliveryFigures delivery={saved.attempt.delivery} /> : null}
          <AudioUploadStatus {...audio} onRetry={onRetryAudio} />
        </>
      ) : null}
      <p>
        {saved.attempt.mode === 'cram'
          ? t('card.savedCram')
          : t('card.savedBack', { when: when(saved.card.due) })}
      </p>
      {mode.kind === 'queue' && !next ? <p className="muted">{t('card.lastOne')}</p> : null}
      <div className="r-result__actions">
        <OnwardAction mode={mode} next={next} />
        <Button variant="secondary" onClick={onTryAgain}>
          {t('card.tryAgain')}
        </Button>
      </div>
    </section>
  )
}

/** Where to go after a saved attempt: the next card of the queue, or back to the list it came from. */
function OnwardAction({ mode, next }: { mode: CardMode; next: { id: string } | undefined }) {
  const { t } = useTranslation('rehearsal')
  const navigate = useNavigate()
  if (mode.kind === 'queue') {
    return next ? (
      <Button onClick={() => navigate(`/rehearsal/cards/${next.id}?queue=1`)}>{t('card.next')} →</Button>
    ) : (
      <Button onClick={() => navigate('/rehearsal?done=1')}>{t('card.finish')}</Button>
    )
  }
  if (mode.kind === 'cram') {
    return (
      <Link to={`/rehearsal/cram/${mode.interviewId}`} className={buttonClass('primary')}>
        {t('card.backToCram')}
      </Link>
    )
  }
  return (
    <Link to="/rehearsal/deck" className={buttonClass('primary')}>
      {t('card.backToDeck')}
    </Link>
  )
}

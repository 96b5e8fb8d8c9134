import { type RefObject, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Notice } from '../ui/alert'
import { Button } from '../ui/button'
import { DeliveryFigures } from './delivery-figures'
import { useMeasuredDuration } from './measured-duration'
import type { Take } from './recorder-session'
import { type Delivery, deliveryView } from './use-delivery'
import { useSeekableAudio } from './use-seekable-audio'

type TakeReviewProps = {
  take: Take
  headingRef: RefObject<HTMLHeadingElement | null>
  answerId: string
  transcribed: boolean
  /** What to do once the words are in the answer (grade it, save it, send it). */
  nextStep: string
  onDiscard: () => void
  delivery?: Delivery | undefined
}

/** The recording just made: listen to it, keep it for the attempt, or throw it away. */
export function TakeReview({
  take,
  headingRef,
  answerId,
  transcribed,
  nextStep,
  onDiscard,
  delivery,
}: TakeReviewProps) {
  const { t } = useTranslation('recorder')
  const duration = useMeasuredDuration()
  const headingId = useId()
  const audioRef = useRef<HTMLAudioElement>(null)
  useSeekableAudio(audioRef, take.url)
  return (
    <div className="r-take">
      <h3 className="r-take__title" id={headingId} tabIndex={-1} ref={headingRef}>
        {t('spoken.takeTitle', { time: duration(take.spokenSeconds) })}
      </h3>
      {/* biome-ignore lint/a11y/useMediaCaption: the person's own voice, whose words are in the answer box */}
      <audio
        ref={audioRef}
        className="r-audio"
        controls
        preload="metadata"
        src={take.url}
        aria-labelledby={headingId}
      />
      {delivery ? (
        <TakeDelivery
          delivery={delivery}
          onListen={(ms) => {
            const audio = audioRef.current
            if (!audio) return
            audio.currentTime = ms / 1000
            void audio.play().catch(() => {})
          }}
        />
      ) : null}
      {take.stoppedBy === 'duration' ? <Notice tone="info">{t('spoken.stoppedDuration')}</Notice> : null}
      {take.stoppedBy === 'size' ? <Notice tone="info">{t('spoken.stoppedSize')}</Notice> : null}
      {take.tooLarge ? (
        <Notice tone="warning">{t('spoken.tooLarge')}</Notice>
      ) : take.contentType === null ? (
        <Notice tone="warning">{t('spoken.formatRefused')}</Notice>
      ) : null}
      <p className="r-small">
        {transcribed ? t('spoken.nextReview') : t('spoken.nextType')} {nextStep}
      </p>
      <div className="r-spoken__actions">
        <Button
          variant="secondary"
          className="r-button-small"
          onClick={() => document.getElementById(answerId)?.focus()}
        >
          {t('spoken.toAnswer')}
        </Button>
        <Button variant="ghost" className="r-button-small" onClick={onDiscard}>
          {t('spoken.discard')}
        </Button>
      </div>
    </div>
  )
}

/** The delivery figures of the take, once the device has measured them; the fillers to confirm or dismiss. */
function TakeDelivery({ delivery, onListen }: { delivery: Delivery; onListen: (ms: number) => void }) {
  const { t } = useTranslation('recorder')
  const { state } = delivery
  if (state.status === 'analysing') {
    return (
      <p className="muted r-small" role="status">
        {t('delivery.analysing')}
      </p>
    )
  }
  if (state.status === 'failed') return <Notice tone="info">{t('delivery.failed')}</Notice>
  const view = deliveryView(state)
  if (!view) return null
  return <DeliveryFigures delivery={view} onReview={delivery.review} onListen={onListen} />
}

import './recorder.css'
import { useTranslation } from 'react-i18next'
import { COMFORTABLE_WPM } from '../../../domain/rehearsal/speech'
import { paceAgainstBand } from '../../../domain/voice/pace'
import type { DeliveryView, FillerReview } from '../../../shared/schemas/delivery'
import { numberFormat } from '../../lib/numbers'
import { useLanguage } from '../../lib/use-language'
import { formatClock } from './recording'

type DeliveryFiguresProps = {
  delivery: DeliveryView
  /** Before saving: the person confirms or dismisses each probable filler, and can listen to it. */
  onReview?: (index: number, verdict: FillerReview) => void
  onListen?: (ms: number) => void
  /** The explanation under the figures; a list of attempts gives it once instead (DeliveryExplanation). */
  explain?: boolean
}

/**
 * What the recording itself says about the delivery, measured on the device: the pace as a range against
 * the comfortable band, where the pauses fall, whether the voice moves, phrases that fade, probable fillers.
 */
export function DeliveryFigures({ delivery, onReview, onListen, explain = true }: DeliveryFiguresProps) {
  const { t } = useTranslation('recorder')
  const lang = useLanguage()
  const seconds = numberFormat(lang, { max: 1, min: 1 })
  const pace =
    delivery.wpmLow === null || delivery.wpmHigh === null
      ? null
      : {
          low: delivery.wpmLow,
          high: delivery.wpmHigh,
          verdict: paceAgainstBand(delivery.wpmLow, delivery.wpmHigh),
        }
  const longest = delivery.pauses.reduce((max, p) => Math.max(max, p.durationMs), 0)
  const confirmed = delivery.probableFillers.filter((f) => f.review === 'confirmed').length
  const open = delivery.probableFillers.filter((f) => f.review === 'probable').length
  return (
    <div className="r-spoken-figures r-delivery" data-source={delivery.source}>
      <h4 className="r-delivery__title">{t('delivery.title')}</h4>
      <dl className="r-figures r-figures--spoken">
        <div className={`r-pace r-pace--${pace?.verdict ?? 'unknown'}`}>
          <dt>{t('delivery.pace')}</dt>
          <dd>
            {pace ? (
              <>
                {t('delivery.paceRange', { low: pace.low, high: pace.high })}
                <span className="r-pace__verdict">{t(`spoken.verdict.${pace.verdict}`)}</span>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('delivery.voice')}</dt>
          <dd>{delivery.pitchVerdict ? t(`delivery.pitch.${delivery.pitchVerdict}`) : '—'}</dd>
        </div>
        <div>
          <dt>{t('delivery.pauses')}</dt>
          <dd>
            {t('delivery.pausesValue', { count: delivery.pauses.length })}
            {longest > 0 ? (
              <span className="r-delivery__aside">
                {t('delivery.longest', { s: seconds.format(longest / 1000) })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('delivery.endings')}</dt>
          <dd>
            {delivery.phrases === 0
              ? '—'
              : delivery.fadingPhrases === 0
                ? t('delivery.endingsSteady')
                : t('delivery.endingsFading', { count: delivery.fadingPhrases, total: delivery.phrases })}
          </dd>
        </div>
      </dl>
      <PauseMap delivery={delivery} />
      {delivery.probableFillers.length > 0 ? (
        <div className="r-delivery__fillers">
          <p className="r-small">
            {onReview
              ? t('delivery.fillersAsk', { count: delivery.probableFillers.length })
              : t('delivery.fillersSaved', { confirmed, open })}
          </p>
          {onReview ? (
            <ul className="r-delivery__filler-list">
              {delivery.probableFillers.map((filler, i) => (
                <li key={filler.startMs} className="r-delivery__filler">
                  <span className="r-delivery__at">
                    {t('delivery.at', { time: formatClock(filler.startMs) })}
                  </span>
                  {onListen ? (
                    <button type="button" className="r-chip" onClick={() => onListen(filler.startMs)}>
                      {t('delivery.listen')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="r-chip"
                    aria-pressed={filler.review === 'confirmed'}
                    onClick={() => onReview(i, filler.review === 'confirmed' ? 'probable' : 'confirmed')}
                  >
                    {t('delivery.confirm')}
                  </button>
                  <button
                    type="button"
                    className="r-chip"
                    aria-pressed={filler.review === 'dismissed'}
                    onClick={() => onReview(i, filler.review === 'dismissed' ? 'probable' : 'dismissed')}
                  >
                    {t('delivery.dismiss')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {explain ? <DeliveryExplanation deliveries={[delivery]} /> : null}
    </div>
  )
}

/**
 * How the delivery figures are made, said once for a list of them (a card's attempts, a mock interview's
 * answers): the pace is an estimate against the comfortable band, measured on the device; the loudness
 * fallback is named when one of them used it.
 */
export function DeliveryExplanation({ deliveries }: { deliveries: readonly Pick<DeliveryView, 'source'>[] }) {
  const { t } = useTranslation('recorder')
  if (deliveries.length === 0) return null
  const loudness = deliveries.some((delivery) => delivery.source !== 'vad')
  return (
    <p className="muted r-small">
      {t('delivery.explain', { min: COMFORTABLE_WPM.min, max: COMFORTABLE_WPM.max })}{' '}
      {loudness ? t('delivery.onDeviceLoudness') : t('delivery.onDevice')}
    </p>
  )
}

/** The recording as a line, the pauses marked on it where they fall: a picture of the list above. */
function PauseMap({ delivery }: { delivery: DeliveryView }) {
  const { t } = useTranslation('recorder')
  if (delivery.durationMs <= 0) return null
  const percent = (ms: number) => `${Math.min(100, (ms / delivery.durationMs) * 100).toFixed(2)}%`
  return (
    <figure className="r-pause-map">
      <div className="r-pause-map__line" aria-hidden="true">
        {delivery.pauses.map((pause) => (
          <span
            key={pause.startMs}
            className={`r-pause-map__pause${pause.durationMs >= 2000 ? ' r-pause-map__pause--long' : ''}`}
            style={{ left: percent(pause.startMs), width: percent(pause.durationMs) }}
          />
        ))}
        {delivery.probableFillers.map((filler) => (
          <span
            key={`f${filler.startMs}`}
            className="r-pause-map__filler"
            style={{ left: percent(filler.startMs) }}
          />
        ))}
      </div>
      <figcaption className="muted r-small">
        {delivery.pauses.length === 0
          ? t('delivery.mapNone')
          : t('delivery.mapAt', {
              times: delivery.pauses.map((p) => formatClock(p.startMs)).join(', '),
            })}
      </figcaption>
    </figure>
  )
}

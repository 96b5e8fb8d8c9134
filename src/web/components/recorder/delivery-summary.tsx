import './recorder.css'
import { useTranslation } from 'react-i18next'
import { COMFORTABLE_WPM } from '../../../domain/rehearsal/speech'
import type { DeliverySummaryView } from '../../../shared/schemas/delivery'
import { numberFormat } from '../../lib/numbers'
import { useLanguage } from '../../lib/use-language'

type DeliverySummaryProps = {
  summary: DeliverySummaryView
  /** The heading: what the recordings taken together are (a session's answers, say). */
  title: string
}

/**
 * Several recordings' delivery figures taken together, measured on the device: the pace range against the
 * comfortable band, long pauses per minute, how much the voice moves, the "um"s confirmed.
 */
export function DeliverySummary({ summary, title }: DeliverySummaryProps) {
  const { t } = useTranslation('recorder')
  const lang = useLanguage()
  const one = numberFormat(lang, { max: 1 })
  const pace = summary.wpmLow !== null && summary.wpmHigh !== null ? summary : null
  return (
    <div className="r-spoken-figures r-delivery" data-testid="delivery-summary">
      <h3 className="r-delivery__title">{title}</h3>
      <dl className="r-figures r-figures--spoken">
        <div className={`r-pace r-pace--${summary.paceVerdict ?? 'unknown'}`}>
          <dt>{t('delivery.pace')}</dt>
          <dd>
            {pace ? (
              <>
                {t('delivery.paceRange', { low: pace.wpmLow, high: pace.wpmHigh })}
                {summary.paceVerdict ? (
                  <span className="r-pace__verdict">{t(`spoken.verdict.${summary.paceVerdict}`)}</span>
                ) : null}
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('summary.longPauses')}</dt>
          <dd>
            {t('summary.longPausesValue', { count: summary.longPauses })}
            {summary.longPausesPerMinute !== null ? (
              <span className="r-delivery__aside">
                {t('summary.perMinute', { value: one.format(summary.longPausesPerMinute) })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('delivery.voice')}</dt>
          <dd>
            {summary.pitchVerdict ? t(`delivery.pitch.${summary.pitchVerdict}`) : '—'}
            {summary.pitchVariationSemitones !== null ? (
              <span className="r-delivery__aside">
                {t('summary.semitones', { value: one.format(summary.pitchVariationSemitones) })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('summary.fillers')}</dt>
          <dd>
            {t('summary.fillersValue', { confirmed: summary.fillersConfirmed, open: summary.fillersOpen })}
          </dd>
        </div>
      </dl>
      <p className="muted r-small">
        {t('summary.explain', {
          count: summary.recordings,
          min: COMFORTABLE_WPM.min,
          max: COMFORTABLE_WPM.max,
        })}
      </p>
    </div>
  )
}

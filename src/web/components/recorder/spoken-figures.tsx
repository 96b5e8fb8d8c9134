import './recorder.css'
import { useTranslation } from 'react-i18next'
import { COMFORTABLE_WPM, paceVerdict } from '../../../domain/rehearsal/speech'
import { numberFormat } from '../../lib/numbers'
import { useLanguage } from '../../lib/use-language'
import { useMeasuredDuration } from './measured-duration'

type SpokenFiguresProps = {
  spokenSeconds: number
  wordsPerMinute: number | null
  longPauses: number | null
  /** Before saving: say what is missing for the pace instead of a bare dash. */
  draft?: boolean
  /** Say what the comfortable pace and a long pause are (once per page is enough). */
  explain?: boolean
}

/** What was measured on a spoken answer: how long, how fast against a comfortable pace, how many long silences. */
export function SpokenFigures({
  spokenSeconds,
  wordsPerMinute,
  longPauses,
  draft = false,
  explain = true,
}: SpokenFiguresProps) {
  const { t } = useTranslation('recorder')
  const lang = useLanguage()
  const duration = useMeasuredDuration()
  const verdict = wordsPerMinute === null ? null : paceVerdict(wordsPerMinute)
  const wpm = wordsPerMinute === null ? null : numberFormat(lang).format(Math.round(wordsPerMinute))
  return (
    <div className="r-spoken-figures">
      <dl className="r-figures r-figures--spoken">
        <div>
          <dt>{t('spoken.time')}</dt>
          <dd>{duration(spokenSeconds)}</dd>
        </div>
        <div className={`r-pace r-pace--${verdict ?? 'unknown'}`}>
          <dt>{t('spoken.pace')}</dt>
          <dd>
            {wpm === null ? (
              <span className="r-pace__none">{draft ? t('spoken.paceNeedsText') : '—'}</span>
            ) : (
              <>
                {t('spoken.paceValue', { wpm })}
                <span className="r-pace__verdict">{t(`spoken.verdict.${verdict ?? 'comfortable'}`)}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('spoken.pauses')}</dt>
          <dd>{longPauses === null ? '—' : t('spoken.pausesValue', { count: longPauses })}</dd>
        </div>
      </dl>
      {explain ? (
        <p className="muted r-small">
          {t('spoken.paceRange', { min: COMFORTABLE_WPM.min, max: COMFORTABLE_WPM.max })}{' '}
          {t('spoken.pausesExplained')}
        </p>
      ) : null}
    </div>
  )
}

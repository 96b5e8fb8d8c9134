import { useTranslation } from 'react-i18next'
import { RECOMMENDED_SECONDS } from '../../../../domain/rehearsal/cards'
import { wordsPerMinute } from '../../../../domain/rehearsal/speech'
import { useAnswerAnalysis } from '../../../components/answer-editor/use-answer-analysis'
import type { Take } from '../../../components/recorder/recorder-session'
import { SpokenFigures } from '../../../components/recorder/spoken-figures'
import { useDuration } from './time-words'

type AnswerTimingProps = { take: Take | null; text: string; lang: 'fr' | 'en' }

/** How long the answer takes: measured on the recording when there is one, else estimated from the text. */
export function AnswerTiming({ take, text, lang }: AnswerTimingProps) {
  return take ? <TakeFigures take={take} text={text} lang={lang} /> : <SpeakingTime text={text} lang={lang} />
}

/** The estimated speaking time, against the comfortable range of an interview answer. */
function SpeakingTime({ text, lang }: { text: string; lang: 'fr' | 'en' }) {
  const { t } = useTranslation('rehearsal')
  const duration = useDuration()
  const { analysis } = useAnswerAnalysis(text, lang)
  const seconds = analysis?.estimatedSeconds ?? 0
  const zone =
    seconds < RECOMMENDED_SECONDS.min ? 'short' : seconds > RECOMMENDED_SECONDS.max ? 'long' : 'good'
  const zoneText =
    zone === 'short' ? t('card.timeShort') : zone === 'long' ? t('card.timeLong') : t('card.timeGood')
  return (
    <div className={`r-time r-time--${analysis ? zone : 'empty'}`}>
      <p className="r-time__title">{t('card.timeTitle')}</p>
      <p className="r-time__value">{analysis ? `${duration(seconds)} — ${zoneText}` : t('card.timeEmpty')}</p>
      <p className="muted r-small">{t('card.timeRange')}</p>
    </div>
  )
}

/** The measured figures of the recording about to be saved; the pace follows the text as it is typed. */
function TakeFigures({ take, text, lang }: { take: Take; text: string; lang: 'fr' | 'en' }) {
  const { t } = useTranslation('rehearsal')
  const { analysis } = useAnswerAnalysis(text, lang)
  return (
    <section className="r-take-figures" aria-label={t('spoken.measuredTitle')}>
      <p className="r-time__title">{t('spoken.measuredTitle')}</p>
      <SpokenFigures
        spokenSeconds={take.spokenSeconds}
        wordsPerMinute={wordsPerMinute(analysis?.wordCount ?? 0, take.spokenSeconds)}
        longPauses={take.longPauses}
        draft
      />
    </section>
  )
}

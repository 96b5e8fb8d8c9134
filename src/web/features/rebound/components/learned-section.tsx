import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REBOUND_LIMITS } from '../../../../domain/progress/rebound'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { numberFormat } from '../../../lib/numbers'
import { useLanguage } from '../../../lib/use-language'
import type { Rebound } from '../api/get-rebound'
import { useUpdateRebound } from '../api/update-rebound'
import { ReboundSection } from './rebound-section'
import { apiFieldErrors, SectionProblem } from './section-save'

/** One line on what this interview taught, in the person's own words. */
export function LearnedSection({ rebound }: { rebound: Rebound }) {
  const { t } = useTranslation('rebound')
  const lang = useLanguage()
  const save = useUpdateRebound(rebound.id)
  const [learned, setLearned] = useState(rebound.learned)
  const autosave = useAutosave(learned, (value, delivery) =>
    save.mutateAsync({ learned: value, ...delivery }),
  )
  const error = apiFieldErrors(autosave.error).learned
  const max = REBOUND_LIMITS.learned
  const full = learned.length >= max
  const number = numberFormat(lang)
  return (
    <ReboundSection titleId="rebound-learned-title" title={t('learned.title')} autosave={autosave}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <p className="field__hint" id="rebound-learned-hint">
          {t('learned.hint')}
        </p>
        <textarea
          id="rebound-learned"
          className="input rebound-textarea"
          rows={3}
          maxLength={max}
          value={learned}
          placeholder={t('learned.placeholder')}
          aria-labelledby="rebound-learned-title"
          aria-describedby={[
            error ? 'rebound-learned-error' : null,
            'rebound-learned-hint',
            'rebound-learned-count',
          ]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setLearned(event.target.value)}
        />
        <p
          className={full ? 'rebound-count rebound-count--full' : 'rebound-count'}
          id="rebound-learned-count"
        >
          {t('learned.count', { length: number.format(learned.length), max: number.format(max) })}
        </p>
        {error ? (
          <p className="field__error" id="rebound-learned-error">
            {error}
          </p>
        ) : null}
      </div>
      <SectionProblem error={autosave.error} shownFields={['learned']} />
    </ReboundSection>
  )
}

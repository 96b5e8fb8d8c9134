import { useTranslation } from 'react-i18next'
import { STAGE_LABELS } from '../../../../domain/debrief'
import { useFormatDate } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'
import { useSharedMockInterviews } from '../api/shared'
import { SharedHeader, SharedState } from '../components/shared-parts'
import './shared.css'

/** Completed mock interviews, each with its report's figures. */
export function SharedMocksPage({ id }: { id: string }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const query = useSharedMockInterviews(id)
  if (!query.data) return <SharedState query={query} />
  const { link, sessions } = query.data

  return (
    <div className="page shared">
      <SharedHeader link={link} title={t('mocks.title')} back={`/shared/${id}`} />
      {sessions.length === 0 ? (
        <p className="empty-state">{t('mocks.none', { name: link.owner.displayName })}</p>
      ) : (
        <ul className="shared-list">
          {sessions.map((s) => (
            <li key={s.id} className="card shared-card">
              <h2 className="section-title">
                {s.role || t('mocks.noRole')} · {STAGE_LABELS[s.stage][lang]}
              </h2>
              <p className="muted">
                {formatDate(s.completedAt ?? s.createdAt)} · {t('mocks.level', { level: s.level })} ·{' '}
                {t('mocks.answered', { answered: s.answered, count: s.questionCount })}
              </p>
              {s.summary ? (
                <ul>
                  {s.summary.averageAssertiveness !== null ? (
                    <li>{t('mocks.assertiveness', { value: Math.round(s.summary.averageAssertiveness) })}</li>
                  ) : null}
                  {s.summary.fillersPer100 !== null ? (
                    <li>{t('mocks.fillers', { value: s.summary.fillersPer100.toFixed(1) })}</li>
                  ) : null}
                  {s.summary.resultShare !== null ? (
                    <li>{t('mocks.results', { value: Math.round(s.summary.resultShare * 100) })}</li>
                  ) : null}
                  {s.summary.tensionBefore !== null && s.summary.tensionAfter !== null ? (
                    <li>
                      {t('mocks.tension', { before: s.summary.tensionBefore, after: s.summary.tensionAfter })}
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

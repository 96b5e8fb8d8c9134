import { useTranslation } from 'react-i18next'
import { CAUSE_INFO, STAGE_LABELS } from '../../../../domain/debrief'
import { useLanguage } from '../../../lib/use-language'
import { useSharedProgress } from '../api/shared'
import { MoodList, OwnerWords, SharedHeader, SharedState } from '../components/shared-parts'
import './shared.css'

/** The Progress figures a person shares: totals, recurring causes, stages reached, practice. */
export function SharedProgressPage({ id }: { id: string }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  const query = useSharedProgress(id)
  if (!query.data) return <SharedState query={query} />
  const { link, progress } = query.data
  const causes = progress.causes.rows.filter((r) => r.count > 0).slice(0, 5)
  const funnel = progress.stages.funnel.filter((s) => s.reached > 0)

  return (
    <div className="page shared">
      <SharedHeader link={link} title={t('progress.title')} back={`/shared/${id}`} />
      <section className="card">
        <h2 className="section-title">{t('progress.totals')}</h2>
        <ul>
          <li>{t('progress.interviews', { count: progress.totals.interviews })}</li>
          <li>{t('progress.debriefs', { count: progress.totals.debriefs })}</li>
          <li>{t('progress.attempts', { count: progress.totals.attempts })}</li>
          <li>
            {t('progress.mastered', {
              mastered: progress.rehearsal.cardsMastered,
              total: progress.rehearsal.cardsTotal,
            })}
          </li>
          <li>
            {t('progress.actions', {
              done: progress.lessons.actionsDone,
              total: progress.lessons.actionsTotal,
            })}
          </li>
        </ul>
      </section>
      <section className="card">
        <h2 className="section-title">{t('progress.causes')}</h2>
        {causes.length === 0 ? (
          <p className="muted">{t('progress.noCauses')}</p>
        ) : (
          <ul>
            {causes.map((row) => (
              <li key={row.cause}>
                {t('progress.cause', { cause: CAUSE_INFO[row.cause].label[lang], count: row.count })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2 className="section-title">{t('progress.stages')}</h2>
        {funnel.length === 0 ? (
          <p className="muted">{t('progress.noStages')}</p>
        ) : (
          <ul>
            {funnel.map((s) => (
              <li key={s.stage}>
                {t('progress.stage', {
                  stage: STAGE_LABELS[s.stage][lang],
                  reached: s.reached,
                  passed: s.passed,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {link.shares.moods ? (
        <section className="card">
          <h2 className="section-title">{t('progress.moods')}</h2>
          <OwnerWords link={link}>
            <MoodList moods={progress.moods.slice(-10)} />
          </OwnerWords>
        </section>
      ) : null}
    </div>
  )
}

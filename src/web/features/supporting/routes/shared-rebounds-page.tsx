import { useTranslation } from 'react-i18next'
import type { ReboundStepKey } from '../../../../domain/progress/rebound'
import type { SharedRebound } from '../../../../shared/schemas/shared-with-me'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useSharedRebounds } from '../api/shared'
import { OwnerWords, SharedHeader, SharedState, Theirs } from '../components/shared-parts'
import './shared.css'

/** The rebound plans shared, newest first: what each follows, where it stands, and its steps. */
export function SharedReboundsPage({ id }: { id: string }) {
  // A suggested step keeps no words of its own: its title is the owner's page's, in the reader's language.
  const { t, ready } = useTranslation(['supporting', 'rebound'])
  const query = useSharedRebounds(id)
  if (!query.data || !ready) {
    return query.data ? <PageLoading label={t('shared.loading')} /> : <SharedState query={query} />
  }
  const { link, rebounds } = query.data

  return (
    <div className="page shared">
      <SharedHeader link={link} title={t('rebounds.title')} back={`/shared/${id}`} />
      {rebounds.length === 0 ? (
        <p className="empty-state">{t('rebounds.none', { name: link.owner.displayName })}</p>
      ) : (
        <OwnerWords link={link}>
          <ul className="shared-list">
            {rebounds.map((rebound) => (
              <SharedReboundCard
                key={rebound.id}
                rebound={rebound}
                suggested={(key) => t(`rebound:steps.${key}.title`)}
              />
            ))}
          </ul>
        </OwnerWords>
      )}
    </div>
  )
}

function SharedReboundCard({
  rebound,
  suggested,
}: {
  rebound: SharedRebound
  suggested: (key: ReboundStepKey) => string
}) {
  const { t } = useTranslation('supporting')
  const formatDate = useFormatDate()
  const done = rebound.steps.filter((step) => step.done).length
  // Their own words for a step, or the suggested step's title in the reader's language.
  const titleOf = (step: SharedRebound['steps'][number]) =>
    step.text.trim() !== '' ? <Theirs>{step.text}</Theirs> : step.key ? suggested(step.key) : ''
  return (
    <li className="card shared-card">
      <h2 className="section-title">
        {t('rebounds.heading', { company: rebound.company, role: rebound.role })}
      </h2>
      <p className="muted">
        {rebound.closedAt
          ? t('rebounds.closed', {
              date: formatDate(rebound.createdAt),
              closed: formatDate(rebound.closedAt),
            })
          : t('rebounds.open', { date: formatDate(rebound.createdAt) })}
        {' · '}
        {t('rebounds.changed', { date: formatDate(rebound.updatedAt) })}
      </p>
      {rebound.steps.length === 0 ? (
        <p className="muted">{t('rebounds.noSteps')}</p>
      ) : (
        <>
          <p>{t('rebounds.steps', { done, count: rebound.steps.length })}</p>
          <ul className="shared-steps">
            {rebound.steps.map((step) => (
              <li key={step.id} className="prewrap">
                {titleOf(step)} —{' '}
                <span className={step.done ? 'shared-steps__done' : 'muted'}>
                  {step.done ? t('debrief.done') : t('debrief.open')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  )
}

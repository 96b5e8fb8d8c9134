import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { STAGE_LABELS } from '../../../../domain/debrief'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useLanguage } from '../../../lib/use-language'
import { useSharedInterviews, useSharedLink } from '../api/shared'
import { SharedHeader, SharedState } from '../components/shared-parts'
import './shared.css'

/** One person's shared space: their debriefs, and the way to what else they share (only what they share). */
export function SharedSpacePage({ id }: { id: string }) {
  const { t } = useTranslation('supporting')
  const link = useSharedLink(id)
  const shares = link.data?.link.shares
  const interviews = useSharedInterviews(id, shares !== undefined && shares.debriefs !== 'none')
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const lang = useLanguage()

  if (!link.data || !shares) return <SharedState query={link} />
  const { owner } = link.data.link
  const others = [
    shares.rehearsal ? { to: 'rehearsal', label: t('space.rehearsal') } : null,
    shares.mockInterviews ? { to: 'mock-interviews', label: t('space.mockInterviews') } : null,
    shares.progress
      ? { to: 'progress', label: shares.moods ? t('space.progressMoods') : t('space.progress') }
      : shares.moods
        ? { to: 'moods', label: t('space.moods') }
        : null,
    shares.rebounds ? { to: 'rebounds', label: t('space.rebounds') } : null,
  ].filter((item) => item !== null)

  return (
    <div className="page shared">
      <SharedHeader link={link.data.link} title={t('space.title', { name: owner.displayName })} />

      {shares.debriefs === 'none' ? null : (
        <section aria-labelledby="shared-debriefs">
          <h2 className="section-title" id="shared-debriefs">
            {t('space.debriefs')}
          </h2>
          {interviews.isError ? (
            <div className="alert alert--error" role="alert">
              {describe(interviews.error)}
            </div>
          ) : !interviews.data ? (
            <PageLoading label={t('shared.loading')} />
          ) : interviews.data.interviews.length === 0 ? (
            <p className="empty-state">{t('space.noDebriefs', { name: owner.displayName })}</p>
          ) : (
            <ul className="shared-list">
              {interviews.data.interviews.map((interview) => (
                <li key={interview.id} className="card shared-list__item">
                  <Link to={`/shared/${id}/debriefs/${interview.id}`} className="shared-list__link">
                    {interview.company} — {interview.role}
                  </Link>
                  <span className="muted">
                    {STAGE_LABELS[interview.stage][lang]} · {formatDate(interview.date)} ·{' '}
                    {interview.debrief
                      ? t('space.debriefProgress', { progress: interview.debrief.progress })
                      : t('space.noDebriefYet')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {others.length > 0 ? (
        <section aria-labelledby="shared-others">
          <h2 className="section-title" id="shared-others">
            {t('space.also')}
          </h2>
          <ul className="shared-list">
            {others.map((item) => (
              <li key={item.to} className="card shared-list__item">
                <Link to={`/shared/${id}/${item.to}`} className="shared-list__link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

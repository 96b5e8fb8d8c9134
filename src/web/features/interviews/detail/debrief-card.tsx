import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { buttonClass } from '../../../components/ui/button'
import { TitledSection } from '../../../components/ui/titled-section'
import { useDebriefSync } from '../api/debrief-sync'
import { DebriefBadge } from '../components/debrief-badge'

/** Where the interview's debrief stands, and the ways on: start, continue, reread, feedback (after it), preparation (before it). */
export function DebriefCard({ interviewId, upcoming }: { interviewId: string; upcoming: boolean }) {
  const { t } = useTranslation('interviews')
  const [snapshot] = useDebriefSync(interviewId)
  const started = snapshot.version > 0 || snapshot.status === 'pending' || snapshot.status === 'saving'
  const progress = snapshot.progress
  return (
    <TitledSection
      id="debrief-card-title"
      className="card debrief-card"
      title={t('detail.debrief')}
      headClassName="debrief-card__head"
      beside={
        snapshot.status === 'loading' ? null : (
          <DebriefBadge debrief={started ? { progress } : null} upcoming={upcoming} />
        )
      }
    >
      <p className="muted">
        {upcoming && !started
          ? t('detail.debriefUpcoming')
          : started
            ? t('detail.debriefStarted')
            : t('detail.debriefIntro')}
      </p>
      <div className="debrief-card__actions">
        {!started ? (
          <Link
            to={`/interviews/${interviewId}/debrief/feelings`}
            className={buttonClass(upcoming ? 'secondary' : 'primary')}
          >
            {t('detail.startDebrief')}
          </Link>
        ) : progress < 100 ? (
          <Link to={`/interviews/${interviewId}/debrief`} className={buttonClass('primary')}>
            {t('detail.continueDebrief', { progress })}
          </Link>
        ) : (
          <Link to={`/interviews/${interviewId}/debrief/feelings`} className={buttonClass('secondary')}>
            {t('detail.editDebrief')}
          </Link>
        )}
        {started ? (
          <Link
            to={`/interviews/${interviewId}/summary`}
            className={buttonClass(progress < 100 ? 'ghost' : 'primary')}
          >
            {t('detail.summary')}
          </Link>
        ) : null}
        {upcoming ? null : (
          <Link to={`/interviews/${interviewId}/feedback`} className={buttonClass('ghost')}>
            {t('link', { ns: 'feedback' })}
          </Link>
        )}
        {/* Preparing is for an interview still to come; after it, the summary leads to the next round. */}
        {upcoming ? (
          <Link to={`/interviews/${interviewId}/prep`} className={buttonClass('primary')}>
            {t('link', { ns: 'preparation' })}
          </Link>
        ) : null}
      </div>
    </TitledSection>
  )
}

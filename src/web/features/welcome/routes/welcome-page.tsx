import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { Notice } from '../../../components/ui/alert'
import { buttonClass } from '../../../components/ui/button'
import { useDocumentTitle } from '../../../lib/use-document-title'

const POINTS = ['feel', 'understand', 'practice', 'next'] as const

function noticeFrom(state: unknown): 'signedOut' | 'accountDeleted' | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null
  const { notice } = state
  return notice === 'signedOut' || notice === 'accountDeleted' ? notice : null
}

export function WelcomePage() {
  const { t } = useTranslation('pages')
  const location = useLocation()
  const notice = noticeFrom(location.state)
  useDocumentTitle(t('welcome.title'))

  return (
    <div className="welcome">
      <div role="status" className={notice ? undefined : 'status-empty'}>
        {notice ? <Notice tone="success">{t(`welcome.notices.${notice}`)}</Notice> : null}
      </div>
      <section className="welcome__hero" aria-labelledby="welcome-title">
        <h1 className="welcome__title" id="welcome-title">
          {t('welcome.heading')}
        </h1>
        <p className="welcome__lead">{t('welcome.lead')}</p>
        <div className="welcome__actions">
          <Link className={buttonClass('primary', 'button--large')} to="/signup">
            {t('welcome.signup')}
          </Link>
          <Link className={buttonClass('secondary', 'button--large')} to="/login">
            {t('welcome.login')}
          </Link>
        </div>
        <p className="welcome__note">{t('welcome.phoneNote')}</p>
      </section>
      <section className="card welcome__points" aria-labelledby="welcome-points">
        <h2 className="section-title" id="welcome-points">
          {t('welcome.pointsHeading')}
        </h2>
        <ol className="welcome__list">
          {POINTS.map((point, index) => (
            <li key={point} className="welcome__item">
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{t(`welcome.points.${point}`)}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

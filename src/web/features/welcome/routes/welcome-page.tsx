import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { Notice } from '../../../components/ui/alert'
import { buttonClass } from '../../../components/ui/button'
import { NumberedList } from '../../../components/ui/numbered-list'
import { TitledSection } from '../../../components/ui/titled-section'
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
      <TitledSection id="welcome-points" className="card welcome__points" title={t('welcome.pointsHeading')}>
        <NumberedList
          className="welcome__list"
          items={POINTS.map((point) => ({
            key: point,
            content: <span>{t(`welcome.points.${point}`)}</span>,
          }))}
        />
      </TitledSection>
    </div>
  )
}

export { WelcomePage as Component }

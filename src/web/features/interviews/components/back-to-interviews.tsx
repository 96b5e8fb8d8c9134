import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** The way back to the interviews list, at the top of the feature's pages. */
export function BackToInterviews() {
  const { t } = useTranslation('interviews')
  return (
    <Link to="/interviews" className="back-link">
      ← {t('list.heading')}
    </Link>
  )
}

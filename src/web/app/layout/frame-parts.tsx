import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Logo } from '../../components/ui/logo'

/** The frames' first link, shown on keyboard focus: straight to the page's main region (`#main`). */
export function SkipLink() {
  const { t } = useTranslation('common')
  return (
    <a className="skip-link" href="#main">
      {t('skipToContent')}
    </a>
  )
}

/** The mark at the head of a frame, leading to where that frame starts. */
export function BrandLink({ to }: { to: string }) {
  return (
    <Link to={to} className="brand-link">
      <Logo />
    </Link>
  )
}

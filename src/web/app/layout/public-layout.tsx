import { type ReactNode, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet } from 'react-router'
import { Logo } from '../../components/ui/logo'
import { LanguageSwitch } from './language-switch'
import { useFocusMainOnNavigate } from './use-focus-main'

type PublicLayoutProps = { children?: ReactNode }

export function PublicLayout({ children }: PublicLayoutProps) {
  const { t } = useTranslation('common')
  const mainRef = useRef<HTMLElement>(null)
  useFocusMainOnNavigate(mainRef)

  return (
    <div className="public">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="public__header">
        <Link to="/" className="brand-link">
          <Logo />
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="public__main">
        {children ?? <Outlet />}
      </main>
      <footer className="public__footer">
        <p>{t('footer.note')}</p>
      </footer>
    </div>
  )
}

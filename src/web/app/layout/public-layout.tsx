import { type ReactNode, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { BrandLink, SkipLink } from './frame-parts'
import { LanguageSwitch } from './language-switch'
import { useFocusMainOnNavigate } from './use-focus-main'

type PublicLayoutProps = { children?: ReactNode }

export function PublicLayout({ children }: PublicLayoutProps) {
  const { t } = useTranslation('common')
  const mainRef = useRef<HTMLElement>(null)
  useFocusMainOnNavigate(mainRef)

  return (
    <div className="public">
      <SkipLink />
      <header className="public__header">
        <BrandLink to="/" />
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

import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { Frame } from './frame'
import { LanguageSwitch } from './language-switch'

type PublicLayoutProps = { children?: ReactNode }

export function PublicLayout({ children }: PublicLayoutProps) {
  const { t } = useTranslation('common')
  return (
    <Frame
      name="public"
      home="/"
      header={<LanguageSwitch />}
      footer={
        <footer className="public__footer">
          <p>{t('footer.note')}</p>
        </footer>
      }
    >
      {children ?? <Outlet />}
    </Frame>
  )
}

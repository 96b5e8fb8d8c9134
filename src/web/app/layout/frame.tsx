import { type ReactNode, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Logo } from '../../components/ui/logo'
import { useFocusMainOnNavigate } from './use-focus-main'

type FrameProps = {
  /** The frame's class, and the prefix of its parts' (`shell`: `shell__header`, `shell__main`). */
  name: string
  /** Where the mark in the header leads. */
  home: string
  /** What the header holds after the mark. */
  header: ReactNode
  /** What stands between the header and the main region (the signed-in navigation). */
  beforeMain?: ReactNode
  footer?: ReactNode
  children: ReactNode
}

/**
 * A page frame: a skip link to the main region, a header with the mark, then the main region, which
 * takes the focus after each in-app navigation.
 */
export function Frame({ name, home, header, beforeMain, footer, children }: FrameProps) {
  const { t } = useTranslation('common')
  const mainRef = useRef<HTMLElement>(null)
  useFocusMainOnNavigate(mainRef)
  return (
    <div className={name}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className={`${name}__header`}>
        <Link to={home} className="brand-link">
          <Logo />
        </Link>
        {header}
      </header>
      {beforeMain}
      <main id="main" ref={mainRef} tabIndex={-1} className={`${name}__main`}>
        {children}
      </main>
      {footer}
    </div>
  )
}

import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet } from 'react-router'
import { FormAlert } from '../../components/ui/alert'
import { Button } from '../../components/ui/button'
import {
  AccountIcon,
  HomeIcon,
  InterviewsIcon,
  ProgressIcon,
  RehearsalIcon,
  SignOutIcon,
} from '../../components/ui/icons'
import { useLogout } from '../../features/auth/api/logout'
import { waitingDrafts } from '../../lib/debrief-sync/waiting'
import { useDescribeError } from '../../lib/error-text'
import { useFirstPageShown } from '../../lib/first-page-shown'
import { loadTexts } from '../../lib/i18n'
import { useCurrentUser } from '../../lib/session/get-me'
import { onConnectionBack } from '../../lib/use-online-status'
import { offerInstall, useAppUpdate } from '../service-worker'
import { Frame } from './frame'

type NavItem = {
  to: string
  key: 'home' | 'interviews' | 'rehearsal' | 'progress' | 'account'
  Icon: ComponentType<{ className?: string }>
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/home', key: 'home', Icon: HomeIcon },
  { to: '/interviews', key: 'interviews', Icon: InterviewsIcon },
  { to: '/rehearsal', key: 'rehearsal', Icon: RehearsalIcon },
  { to: '/progress', key: 'progress', Icon: ProgressIcon },
  { to: '/account', key: 'account', Icon: AccountIcon },
]

/**
 * "People I support", once someone shares with this person: its code comes after the frame's, once the first page
 * has shown (lib/first-page-shown.ts).
 */
const PeopleNavItem = lazy(() =>
  import('../../features/supporting/components/people-nav-item').then((m) => ({ default: m.PeopleNavItem })),
)

/**
 * Debrief edits a closed tab left on this device, sent as the app opens: their code (the debrief sync) comes
 * just after the frame's, not with it, so that pages without a debrief do not wait for it.
 */
const WaitingDebriefs = lazy(() =>
  Promise.all([
    import('../../features/interviews/components/waiting-debriefs'),
    loadTexts(['interviews']),
  ]).then(([m]) => ({ default: m.WaitingDebriefs })),
)

/**
 * WaitingDebriefs, and its code (the debrief sync, the interview and debrief schemas), only once this device holds a
 * debrief edit left by a closed tab: as the app opens, or when the connection returns. Most visits have none, and
 * a phone then builds none of it.
 */
function WhenDebriefsWait({ userId }: { userId: string }) {
  const [waiting, setWaiting] = useState(() => waitingDrafts(userId).length > 0)
  useEffect(() => {
    if (waiting) return
    return onConnectionBack(() => {
      if (waitingDrafts(userId).length > 0) setWaiting(true)
    })
  }, [userId, waiting])
  return waiting ? (
    <Suspense fallback={null}>
      <WaitingDebriefs />
    </Suspense>
  ) : null
}

/**
 * The navigation. "People I support" joins it once the first page has shown: only the navigation renders again
 * then, not the frame around the page and the page in it (all of Home, 15 ms of main thread on a 2-core machine in
 * one task: such a render is never sliced).
 */
function ShellNav() {
  const { t } = useTranslation('common')
  const pageShown = useFirstPageShown()
  return (
    <nav className="shell__nav" aria-label={t('nav.label')}>
      <ul className="nav-list">
        {NAV_ITEMS.map(({ to, key, Icon }) => (
          <li key={key}>
            <NavLink to={to} className="nav-link">
              <Icon className="nav-link__icon" />
              <span className="nav-link__label">{t(`nav.${key}`)}</span>
            </NavLink>
          </li>
        ))}
        {pageShown ? (
          <Suspense fallback={null}>
            <PeopleNavItem />
          </Suspense>
        ) : null}
      </ul>
    </nav>
  )
}

type AppShellProps = { children?: ReactNode }

/** The signed-in frame: a bottom tab bar on phones, a side navigation on wide screens. */
export function AppShell({ children }: AppShellProps) {
  const { t } = useTranslation('common')
  const user = useCurrentUser()
  const logout = useLogout()
  const describe = useDescribeError()
  const { canInstall } = useAppUpdate()

  return (
    <Frame
      name="shell"
      home="/home"
      header={
        <div className="shell__user">
          <span className="shell__name" title={user.displayName}>
            <AccountIcon className="shell__name-icon" />
            <span className="shell__name-text">{user.displayName}</span>
          </span>
          {canInstall ? (
            <Button variant="ghost" className="shell__install" onClick={() => void offerInstall()}>
              {t('shell.install')}
            </Button>
          ) : null}
          <Button
            variant="ghost"
            className="shell__signout"
            onClick={() => logout.mutate()}
            pending={logout.isPending}
            pendingLabel={<span className="shell__signout-label">{t('shell.signingOut')}</span>}
          >
            <SignOutIcon />
            <span className="shell__signout-label">{t('shell.signOut')}</span>
          </Button>
        </div>
      }
      beforeMain={<ShellNav />}
    >
      {logout.isError ? (
        <div className="shell__alert">
          <FormAlert>{describe(logout.error)}</FormAlert>
        </div>
      ) : null}
      <WhenDebriefsWait key={user.id} userId={user.id} />
      {children ?? <Outlet />}
    </Frame>
  )
}

export { AppShell as Component }

import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, ScrollRestoration } from 'react-router'
import { OfflineIcon } from '../components/ui/icons'
import { currentLanguage, setLanguage } from '../lib/i18n'
import { useMe } from '../lib/session/get-me'
import { useOnlineStatus } from '../lib/use-online-status'
import { AppUpdateBanner } from './layout/app-update'

/** When someone is signed in, their saved language wins over this device's choice. */
function useUserLanguage() {
  const { data: user } = useMe()
  useEffect(() => {
    if (user && user.language !== currentLanguage()) setLanguage(user.language)
  }, [user])
}

function OfflineBanner() {
  const { t } = useTranslation('common')
  const online = useOnlineStatus()
  return (
    <div role="status" className={online ? 'status-empty' : 'offline-banner'}>
      {online ? null : (
        <>
          <OfflineIcon />
          <span>{t('offline')}</span>
        </>
      )}
    </div>
  )
}

export function RootLayout() {
  useUserLanguage()
  return (
    <>
      <OfflineBanner />
      <AppUpdateBanner />
      <Outlet />
      <ScrollRestoration />
    </>
  )
}

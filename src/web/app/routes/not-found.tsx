import { useTranslation } from 'react-i18next'
import { PageLoading } from '../../components/ui/loading'
import { useMe } from '../../lib/session/get-me'
import { AppShell } from '../layout/app-shell'
import { PublicLayout } from '../layout/public-layout'
import { NotFoundContent } from './not-found-content'

/** Unknown paths (its own chunk, with the signed-in frame): inside the app frame when signed in, in the public frame otherwise. */
export function NotFoundRoute() {
  const { t } = useTranslation('common')
  const me = useMe()
  if (me.isPending) return <PageLoading label={t('loading')} />
  if (me.data) {
    return (
      <AppShell>
        <NotFoundContent />
      </AppShell>
    )
  }
  return (
    <PublicLayout>
      <NotFoundContent />
    </PublicLayout>
  )
}

export { NotFoundRoute as Component }

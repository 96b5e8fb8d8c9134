import { useTranslation } from 'react-i18next'
import { PageLoading } from '../../components/ui/loading'

/** Shown while a page's code loads, when the first address opened is a lazily loaded page. */
export function RouteLoading() {
  const { t } = useTranslation('common')
  return <PageLoading label={t('loading')} />
}

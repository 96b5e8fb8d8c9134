import { useTranslation } from 'react-i18next'
import { LoadError } from '../../../components/ui/load-error'

type Query = { error: unknown; refetch: () => unknown }

/** Figures that could not be loaded, and a button to try again. */
export function LoadFailed({ query }: { query: Query }) {
  const { t } = useTranslation('progress')
  return (
    <LoadError
      error={query.error}
      onRetry={() => query.refetch()}
      retryLabel={t('retry')}
      className="pg-stack"
      retryClassName="pg-start"
    />
  )
}

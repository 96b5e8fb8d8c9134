import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { ProgressIcon } from '../../../components/ui/icons'
import { useDocumentTitle } from '../../../lib/use-document-title'

/** Not built yet: an honest placeholder that says what this page will hold. */
export function ProgressPage() {
  const { t } = useTranslation('pages')
  const { t: tc } = useTranslation('common')
  useDocumentTitle(t('progress.title'))

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('progress.heading')}</h1>
      </header>
      <EmptyState icon={<ProgressIcon />} badge={tc('comingSoon')} title={t('progress.emptyTitle')}>
        <p>{t('progress.what')}</p>
        <p className="muted">{t('progress.honest')}</p>
      </EmptyState>
    </div>
  )
}

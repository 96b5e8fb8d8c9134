import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { RehearsalIcon } from '../../../components/ui/icons'
import { useDocumentTitle } from '../../../lib/use-document-title'

/** Not built yet: an honest placeholder that says what this page will hold. */
export function RehearsalPage() {
  const { t } = useTranslation('pages')
  const { t: tc } = useTranslation('common')
  useDocumentTitle(t('rehearsal.title'))

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('rehearsal.heading')}</h1>
      </header>
      <EmptyState icon={<RehearsalIcon />} badge={tc('comingSoon')} title={t('rehearsal.emptyTitle')}>
        <p>{t('rehearsal.what')}</p>
        <p className="muted">{t('rehearsal.honest')}</p>
      </EmptyState>
    </div>
  )
}

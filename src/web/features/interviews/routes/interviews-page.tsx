import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { InterviewsIcon } from '../../../components/ui/icons'
import { useDocumentTitle } from '../../../lib/use-document-title'

/** Not built yet: an honest placeholder that says what this page will hold. */
export function InterviewsPage() {
  const { t } = useTranslation('pages')
  const { t: tc } = useTranslation('common')
  useDocumentTitle(t('interviews.title'))

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('interviews.heading')}</h1>
      </header>
      <EmptyState icon={<InterviewsIcon />} badge={tc('comingSoon')} title={t('interviews.emptyTitle')}>
        <p>{t('interviews.what')}</p>
        <p className="muted">{t('interviews.honest')}</p>
      </EmptyState>
    </div>
  )
}

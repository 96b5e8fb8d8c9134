import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { buttonClass } from '../../../components/ui/button'
import { EmptyState } from '../../../components/ui/empty-state'
import { RehearsalIcon } from '../../../components/ui/icons'
import { useDocumentTitle } from '../../../lib/use-document-title'

// Fetches the analyzer page's code as soon as the person shows an interest in it.
function preloadAnalyzer() {
  void import('./analyzer-page')
}

/** The rehearsal deck is not built yet; the answer analyzer already is. */
export function RehearsalPage() {
  const { t } = useTranslation('pages')
  const { t: tc } = useTranslation('common')
  useDocumentTitle(t('rehearsal.title'))

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('rehearsal.heading')}</h1>
        <p className="lead">{t('rehearsal.lead')}</p>
      </header>
      <section className="card feature-card" aria-labelledby="analyzer-title">
        <h2 className="section-title" id="analyzer-title">
          {t('rehearsal.analyzerTitle')}
        </h2>
        <p>{t('rehearsal.analyzerBody')}</p>
        <Link
          to="/rehearsal/analyzer"
          className={buttonClass('primary', 'button--large feature-card__action')}
          onPointerEnter={preloadAnalyzer}
          onFocus={preloadAnalyzer}
        >
          {t('rehearsal.analyzerCta')}
        </Link>
      </section>
      <EmptyState icon={<RehearsalIcon />} badge={tc('comingSoon')} title={t('rehearsal.emptyTitle')}>
        <p>{t('rehearsal.what')}</p>
        <p className="muted">{t('rehearsal.honest')}</p>
      </EmptyState>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'

const STEPS = [
  'feel',
  'replay',
  'diagnose',
  'answers',
  'rehearse',
  'feedback',
  'prepare',
  'progress',
] as const

export function HomePage() {
  const { t } = useTranslation('pages')
  const user = useCurrentUser()
  useDocumentTitle(t('home.title'))

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('home.heading', { name: user.displayName })}</h1>
        <p className="lead">{t('home.lead')}</p>
      </header>
      <section className="card" aria-labelledby="method-title">
        <h2 className="section-title" id="method-title">
          {t('home.methodHeading')}
        </h2>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <li key={step} className="steps__item">
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <h3 className="steps__title">{t(`home.steps.${step}.title`)}</h3>
                <p className="steps__body">{t(`home.steps.${step}.body`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section className="card card--quiet" aria-labelledby="status-title">
        <h2 className="section-title" id="status-title">
          {t('home.statusHeading')}
        </h2>
        <p>{t('home.statusBody')}</p>
      </section>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../lib/use-language'
import { useInsights } from '../api/get-insights'
import { LoadFailed } from './load-failed'

/** What the whole history supports, in short statements; the tone is said in words and shown by an icon. */
export function InsightsPanel() {
  const { t } = useTranslation('progress')
  const insights = useInsights()

  return (
    <section className="card pg-insights" aria-labelledby="insights-title" aria-busy={insights.isPending}>
      <div className="pg-insights__head">
        <h2 className="section-title" id="insights-title">
          {t('insights.title')}
        </h2>
        <p className="muted pg-small">{t('insights.scope')}</p>
      </div>
      {insights.isPending ? (
        <p className="muted" role="status">
          <span className="spinner spinner--small" aria-hidden="true" /> {t('insights.loading')}
        </p>
      ) : insights.isError ? (
        <LoadFailed query={insights} />
      ) : insights.data.insights.length === 0 ? (
        <p className="pg-insights__empty">{t('insights.empty')}</p>
      ) : (
        <InsightList insights={insights.data.insights} />
      )}
    </section>
  )
}

type Insight = { id: string; tone: 'encouraging' | 'attention'; message: { fr: string; en: string } }

/** The insights, each with its tone said in words and shown by an icon. */
export function InsightList({ insights }: { insights: readonly Insight[] }) {
  const { t } = useTranslation('progress')
  const lang = useLanguage()
  return (
    <ul className="pg-insight-list">
      {insights.map((insight) => (
        <li key={insight.id} className={`pg-insight pg-insight--${insight.tone}`}>
          <ToneIcon tone={insight.tone} />
          <p>
            <span className="pg-insight__tone">{t(`insights.tone.${insight.tone}`)}</span>{' '}
            {insight.message[lang]}
          </p>
        </li>
      ))}
    </ul>
  )
}

function ToneIcon({ tone }: { tone: 'encouraging' | 'attention' }) {
  return (
    <svg
      className="pg-insight__icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {tone === 'encouraging' ? (
        <>
          <path d="M4 17 10 11l3.5 3.5L20 8" />
          <path d="M15 8h5v5" />
        </>
      ) : (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7.5v5.5" />
          <path d="M12 16.5h.01" />
        </>
      )}
    </svg>
  )
}

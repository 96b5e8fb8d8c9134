import '../rehearsal.css'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { z } from 'zod'
import type { queueResponseSchema } from '../../../../shared/schemas/rehearsal'
import { buttonClass } from '../../../components/ui/button'
import { RehearsalIcon } from '../../../components/ui/icons'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import type { PagePrefetch } from '../../../lib/query-client'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { queueQuery, useQueue } from '../api/get-queue'
import { LoadFailed } from '../components/load-failed'
import { useWhen } from '../components/time-words'

// Fetches the analyzer page's code as soon as the person shows an interest in it.
function preloadAnalyzer() {
  void import('./analyzer-page')
}

function preloadCard() {
  void import('./card-page')
}

const PREVIEW = 3

type Queue = z.infer<typeof queueResponseSchema>

/** The cards due, fetched as the route opens. */
export const prefetchRehearsal: PagePrefetch = (queryClient) => queryClient.prefetchQuery(queueQuery)

/** Today's rehearsal: the questions due now, or when the next one comes back; never a streak. */
export function RehearsalPage() {
  const { t: tp } = useTranslation('pages')
  const { t } = useTranslation('rehearsal')
  const { t: tm } = useTranslation('mock')
  useDocumentTitle(tp('rehearsal.title'))
  const queue = useQueue()
  const data = queue.data

  return (
    <div className="page rehearsal">
      <header className="page-header">
        <h1 className="page-title">{tp('rehearsal.heading')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </header>

      {queue.isError ? (
        <LoadFailed query={queue} />
      ) : !data ? (
        <PageLoading label={t('home.loading')} />
      ) : data.deckSize === 0 ? (
        <EmptyDeck />
      ) : (
        <>
          <TodayCard queue={data} />
          <p className="r-links">
            <Link to="/rehearsal/deck" className={buttonClass('secondary')}>
              {t('home.deckLink', { count: data.deckSize })}
            </Link>
            <Link to="/rehearsal/bank" className={buttonClass('ghost')}>
              {t('deck.addQuestions')}
            </Link>
          </p>
        </>
      )}

      <section className="card card--quiet" aria-labelledby="mock-interview-title">
        <h2 id="mock-interview-title">{tm('callout.title')}</h2>
        <p className="r-small">{tm('callout.body')}</p>
        <Link to="/mock-interview" className={buttonClass('secondary', 'r-start')}>
          {tm('callout.cta')}
        </Link>
      </section>

      <section className="card card--quiet r-analyzer" aria-labelledby="analyzer-title">
        <h2 className="r-analyzer__title" id="analyzer-title">
          {tp('rehearsal.analyzerTitle')}
        </h2>
        <p className="r-small">{t('home.analyzerSmall')}</p>
        <Link
          to="/rehearsal/analyzer"
          className={buttonClass('secondary', 'r-start')}
          onPointerEnter={preloadAnalyzer}
          onFocus={preloadAnalyzer}
        >
          {tp('rehearsal.analyzerCta')}
        </Link>
      </section>
    </div>
  )
}

/** The three ways to get questions into an empty deck. */
const WAYS = [
  { body: 'home.emptyBank', to: '/rehearsal/bank', action: 'home.openBank', variant: 'primary' },
  { body: 'home.emptyDebrief', to: '/interviews', action: 'home.openInterviews', variant: 'secondary' },
  {
    body: 'home.emptyOwn',
    to: '/rehearsal/bank#own-question',
    action: 'bank.ownTitle',
    variant: 'secondary',
  },
] as const

/** No card yet: where questions come from. */
function EmptyDeck() {
  const { t } = useTranslation('rehearsal')
  return (
    <section className="card r-empty" aria-labelledby="deck-empty-title">
      <div className="r-empty__icon" aria-hidden="true">
        <RehearsalIcon />
      </div>
      <h2 className="section-title" id="deck-empty-title">
        {t('home.emptyTitle')}
      </h2>
      <p>{t('home.emptyBody')}</p>
      <ol className="r-ways">
        {WAYS.map((way) => (
          <li key={way.to}>
            <p>{t(way.body)}</p>
            <Link to={way.to} className={buttonClass(way.variant)}>
              {t(way.action)}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The cards due today and the button to start, or, with none due, when the next one comes back. */
function TodayCard({ queue }: { queue: Queue }) {
  const { t } = useTranslation('rehearsal')
  const when = useWhen()
  const formatDate = useFormatDate()
  const [params] = useSearchParams()
  const first = queue.due[0]
  return (
    <section className="card r-today" aria-labelledby="today-title">
      <h2 className="r-today__label" id="today-title">
        {t('home.todayTitle')}
      </h2>
      {queue.dueCount > 0 && first ? (
        <>
          <p className="r-today__count">{t('home.dueCount', { count: queue.dueCount })}</p>
          <ul className="r-today__list">
            {queue.due.slice(0, PREVIEW).map((card) => (
              <li key={card.id} lang={card.lang}>
                {card.question}
              </li>
            ))}
            {queue.dueCount > PREVIEW ? (
              <li className="muted">{t('home.andMore', { count: queue.dueCount - PREVIEW })}</li>
            ) : null}
          </ul>
          <p className="muted">{t('home.dueBody')}</p>
          <Link
            to={`/rehearsal/cards/${first.id}?queue=1`}
            className={buttonClass('primary', 'button--large r-today__start')}
            onPointerEnter={preloadCard}
            onFocus={preloadCard}
          >
            {t('home.start')}
          </Link>
        </>
      ) : (
        <>
          {params.get('done') ? (
            <p className="alert alert--success" role="status">
              {t('home.doneToday')}
            </p>
          ) : null}
          <p className="r-today__count">{t('home.nothingDue')}</p>
          <p>
            {queue.nextDue
              ? t('home.nextDue', {
                  when: when(queue.nextDue),
                  date: formatDate(queue.nextDue, 'shortDateTime'),
                })
              : t('home.noNextDue')}
          </p>
          <p className="muted">{t('home.rest')}</p>
        </>
      )}
    </section>
  )
}

export { prefetchRehearsal as prefetch, RehearsalPage as Component }

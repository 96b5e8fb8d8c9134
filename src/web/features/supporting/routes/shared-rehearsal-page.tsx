import { useTranslation } from 'react-i18next'
import { useFormatDate } from '../../../lib/dates'
import { useSharedRehearsal } from '../api/shared'
import { SharedHeader, SharedState } from '../components/shared-parts'
import './shared.css'

/** The questions practised, each with its attempts, the one marked best first. */
export function SharedRehearsalPage({ id }: { id: string }) {
  const { t } = useTranslation('supporting')
  const formatDate = useFormatDate()
  const query = useSharedRehearsal(id)
  if (!query.data) return <SharedState query={query} />
  const { link, cards } = query.data

  return (
    <div className="page shared">
      <SharedHeader link={link} title={t('rehearsal.title')} back={`/shared/${id}`} />
      {cards.length === 0 ? (
        <p className="empty-state">{t('rehearsal.none', { name: link.owner.displayName })}</p>
      ) : (
        <ul className="shared-list">
          {cards.map(({ card, attempts }) => {
            const best = attempts.find((a) => a.id === card.referenceAttemptId)
            const latest = attempts.at(-1)
            return (
              <li key={card.id} className="card shared-card">
                <h2 className="section-title">{card.question}</h2>
                <p className="muted">{t('rehearsal.attempts', { count: attempts.length })}</p>
                {best ? (
                  <div>
                    <p>
                      <strong>{t('rehearsal.best')}</strong>
                    </p>
                    <p className="shared-text">{best.text}</p>
                  </div>
                ) : null}
                {latest && latest !== best ? (
                  <div>
                    <p>
                      <strong>{t('rehearsal.latest', { date: formatDate(latest.createdAt) })}</strong>
                    </p>
                    <p className="shared-text">{latest.text}</p>
                    <p className="muted">
                      {t('rehearsal.figures', {
                        words: latest.wordCount,
                        star: latest.starParts,
                        fillers: latest.fillerCount,
                      })}
                    </p>
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}

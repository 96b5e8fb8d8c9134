import { useTranslation } from 'react-i18next'
import { useSharedMoods } from '../api/shared'
import { MoodList, OwnerWords, SharedHeader, SharedState } from '../components/shared-parts'
import './shared.css'

/** The mood log a person shares without their Progress figures (with them, it shows on the Progress page). */
export function SharedMoodsPage({ id }: { id: string }) {
  const { t } = useTranslation('supporting')
  const query = useSharedMoods(id)
  if (!query.data) return <SharedState query={query} />
  return (
    <div className="page shared">
      <SharedHeader link={query.data.link} title={t('moods.title')} back={`/shared/${id}`} />
      <section className="card">
        <p className="muted">{t('moods.lead', { name: query.data.link.owner.displayName })}</p>
        <OwnerWords link={query.data.link}>
          <MoodList moods={query.data.moods} />
        </OwnerWords>
      </section>
    </div>
  )
}

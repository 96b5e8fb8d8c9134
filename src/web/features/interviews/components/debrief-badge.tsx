import { useTranslation } from 'react-i18next'

type DebriefBadgeProps = { debrief: { progress: number } | null; upcoming: boolean }

/** "Débrief à faire", "Débrief 50 %", "Débrief terminé" — or nothing to debrief yet. */
export function DebriefBadge({ debrief, upcoming }: DebriefBadgeProps) {
  const { t } = useTranslation('interviews')
  if (upcoming && !debrief) return <span className="tag tag--info">{t('status.upcoming')}</span>
  if (!debrief) return <span className="tag tag--todo">{t('status.todo')}</span>
  if (debrief.progress >= 100) return <span className="tag tag--done">{t('status.done')}</span>
  return <span className="tag tag--progress">{t('status.progress', { progress: debrief.progress })}</span>
}

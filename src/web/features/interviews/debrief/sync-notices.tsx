import { useTranslation } from 'react-i18next'
import type { DebriefSync, SyncSnapshot } from '../api/debrief-sync'
import { ConflictPanel } from './conflict-panel'
import { DiscardedCopies } from './discarded-copy'

type SyncNoticesProps = { snapshot: SyncSnapshot; store: DebriefSync }

/** Above the step: a conflict to settle, where the shown version comes from, the copies set aside. */
export function SyncNotices({ snapshot, store }: SyncNoticesProps) {
  const { t } = useTranslation('debrief')
  return (
    <>
      {snapshot.conflict ? (
        <ConflictPanel key={snapshot.conflict.theirs.version} conflict={snapshot.conflict} store={store} />
      ) : null}
      {snapshot.fromDevice ? (
        <p className="alert alert--info">{t('fromDevice')}</p>
      ) : snapshot.restored && !snapshot.conflict ? (
        <p className="alert alert--info">{t('restored')}</p>
      ) : null}
      {snapshot.conflict ? null : <DiscardedCopies copies={snapshot.discarded} store={store} />}
    </>
  )
}

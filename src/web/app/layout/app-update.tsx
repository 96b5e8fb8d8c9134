import { useTranslation } from 'react-i18next'
import { Button } from '../../components/ui/button'
import { reloadToUpdate, useAppUpdate } from '../service-worker'

/**
 * "A new version is ready. Reload": polite, never forced (a draft being typed stays until the person
 * reloads; autosave sends it as the page goes). Announced once, as a status.
 */
export function AppUpdateBanner() {
  const { t } = useTranslation('common')
  const { updateReady } = useAppUpdate()
  return (
    <div role="status" className={updateReady ? 'update-banner' : 'status-empty'}>
      {updateReady ? (
        <>
          <span>{t('update.ready')}</span>
          <Button variant="secondary" className="update-banner__reload" onClick={reloadToUpdate}>
            {t('update.reload')}
          </Button>
        </>
      ) : null}
    </div>
  )
}

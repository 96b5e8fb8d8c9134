import './data-section.css'
import { useTranslation } from 'react-i18next'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useExportAccount } from '../api/export-account'

/** Downloads the whole account as one zip, saying while it is being prepared and once it is saved. */
export function ExportButton({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const { t } = useTranslation('account')
  const describeError = useDescribeError()
  const user = useCurrentUser()
  const exporting = useExportAccount(user.timeZone)
  return (
    <div className="export-button">
      <Button
        variant={variant}
        pending={exporting.isPending}
        pendingLabel={t('data.exportPending')}
        onClick={() => exporting.mutate()}
      >
        {t('data.export')}
      </Button>
      {exporting.isError ? <FormAlert>{describeError(exporting.error)}</FormAlert> : null}
      <StatusMessage>{exporting.isSuccess ? t('data.exportDone') : null}</StatusMessage>
    </div>
  )
}

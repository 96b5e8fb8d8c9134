import { useTranslation } from 'react-i18next'
import { SaveIndicator } from '../../../components/autosave/save-indicator'
import type { SaveState } from '../../../components/autosave/use-autosave'
import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'

/** The autosave line of a section of the plan, in the rebound's words. */
export function SectionSave({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('rebound')
  return (
    <SaveIndicator
      state={state}
      onRetry={onRetry}
      labels={{
        saved: t('save.saved'),
        pending: t('save.pending'),
        saving: t('save.saving'),
        error: t('save.error'),
        retry: t('save.retry'),
      }}
    />
  )
}

/** The messages the API gave per field (`mood`, `learned`, `steps.0.text`...), if any. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return isApiError(error) && error.fields ? error.fields : {}
}

/**
 * Why a save failed, when no field of the section shows it: the network, the server, a
 * session that ended. Field messages are shown beside their fields instead.
 */
export function SectionProblem({ error, shownFields }: { error: unknown; shownFields: readonly string[] }) {
  const describe = useDescribeError()
  if (error === undefined) return null
  const fields = Object.keys(apiFieldErrors(error))
  if (fields.length > 0 && fields.every((field) => shownFields.includes(field))) return null
  return (
    <p className="rebound-problem" role="alert">
      {describe(error)}
    </p>
  )
}

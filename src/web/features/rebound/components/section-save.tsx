import { isApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'

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

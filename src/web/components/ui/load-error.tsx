import type { ReactNode } from 'react'
import { useDescribeError } from '../../lib/error-text'
import { FormAlert } from './alert'
import { Button } from './button'

type LoadErrorProps = {
  error: unknown
  /** Said instead of the error's own words (a page that does not exist, say). */
  message?: ReactNode
  /** Null when trying again cannot help. */
  onRetry: (() => void) | null
  retryLabel: ReactNode
  /** The feature's classes for the stack and for the button set at its start. */
  className: string
  retryClassName: string
}

/** What could not be loaded, said as a form error, and a button to try again. */
export function LoadError({
  error,
  message,
  onRetry,
  retryLabel,
  className,
  retryClassName,
}: LoadErrorProps) {
  const describe = useDescribeError()
  return (
    <div className={className}>
      <FormAlert>{message ?? describe(error)}</FormAlert>
      {onRetry ? (
        <Button variant="secondary" className={retryClassName} onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  )
}

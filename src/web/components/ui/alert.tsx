import type { ReactNode } from 'react'

type FormAlertProps = { children: ReactNode }

/** A form-level error, announced as soon as it appears and focusable so the form can move focus to it. */
export function FormAlert({ children }: FormAlertProps) {
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} data-form-alert="">
      {children}
    </div>
  )
}

type StatusMessageProps = { children?: ReactNode; tone?: 'success' | 'info' }

/**
 * A polite live region. It stays in the page even when empty, so screen readers announce
 * the message when it appears.
 */
export function StatusMessage({ children, tone = 'success' }: StatusMessageProps) {
  return (
    <div className={children ? `alert alert--${tone}` : 'status-empty'} role="status">
      {children}
    </div>
  )
}

type NoticeProps = { children: ReactNode; tone?: 'success' | 'info' | 'warning' }

export function Notice({ children, tone = 'info' }: NoticeProps) {
  return <div className={`alert alert--${tone}`}>{children}</div>
}

type LoadingProps = {
  label: string
  /** Inside a card (a debrief step's fields), in a box of its own height, not most of the screen's. */
  inline?: boolean
}

/** A calm full-area loading state; the label is read by screen readers and shown below the spinner. */
export function PageLoading({ label, inline = false }: LoadingProps) {
  return (
    <div
      className={inline ? 'page-loading page-loading--inline' : 'page-loading'}
      role="status"
      aria-live="polite"
    >
      <span className="spinner" aria-hidden="true" />
      <span className="page-loading__label">{label}</span>
    </div>
  )
}

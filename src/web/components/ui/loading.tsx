type LoadingProps = { label: string }

/** A calm full-area loading state; the label is read by screen readers and shown below the spinner. */
export function PageLoading({ label }: LoadingProps) {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="page-loading__label">{label}</span>
    </div>
  )
}

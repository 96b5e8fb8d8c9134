import { type ReactNode, useId } from 'react'

type EmptyStateProps = {
  icon?: ReactNode
  badge?: string
  title: string
  children: ReactNode
}

/** An honest placeholder for something not built yet: what will be here, and that it is coming. */
export function EmptyState({ icon, badge, title, children }: EmptyStateProps) {
  const titleId = useId()
  return (
    <section className="card empty-state" aria-labelledby={titleId}>
      {icon ? (
        <div className="empty-state__icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      {badge ? <p className="badge">{badge}</p> : null}
      <h2 className="empty-state__title" id={titleId}>
        {title}
      </h2>
      <div className="empty-state__body">{children}</div>
    </section>
  )
}

import type { ReactNode } from 'react'

type QuietCardProps = { titleId: string; title: ReactNode; children: ReactNode }

/** A card of Home below the next step, quieter than it: a title, then what it holds. */
export function QuietCard({ titleId, title, children }: QuietCardProps) {
  return (
    <section className="card card--quiet" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {title}
      </h2>
      {children}
    </section>
  )
}

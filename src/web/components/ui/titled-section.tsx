import type { ReactNode } from 'react'

type TitledSectionProps = {
  /** The title's id, which names the section for assistive technologies. */
  id: string
  title: ReactNode
  className?: string
  children: ReactNode
}

/** A section of a page named by its title: a card by default. */
export function TitledSection({ id, title, className = 'card', children }: TitledSectionProps) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 className="section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  )
}

import type { ReactNode } from 'react'

type TitledSectionProps = {
  /** The title's id, which names the section for assistive technologies. */
  id: string
  title: ReactNode
  className?: string
  /** A section inside another one takes a level 3 title. */
  level?: 2 | 3
  titleClassName?: string
  /** Shown on the title's line (a badge, where saving stands), the two in a `headClassName` row. */
  beside?: ReactNode
  headClassName?: string
  /** A short paragraph under the title. */
  lead?: ReactNode
  leadClassName?: string
  children: ReactNode
}

/** A section of a page named by its title (a card by default), with an optional lead paragraph. */
export function TitledSection({
  id,
  title,
  className = 'card',
  level = 2,
  titleClassName = 'section-title',
  beside,
  headClassName,
  lead,
  leadClassName = 'muted',
  children,
}: TitledSectionProps) {
  const Title = level === 2 ? 'h2' : 'h3'
  const heading = (
    <Title className={titleClassName} id={id}>
      {title}
    </Title>
  )
  return (
    <section className={className} aria-labelledby={id}>
      {beside === undefined ? (
        heading
      ) : (
        <div className={headClassName}>
          {heading}
          {beside}
        </div>
      )}
      {lead ? <p className={leadClassName}>{lead}</p> : null}
      {children}
    </section>
  )
}

import type { ReactNode } from 'react'
import { SaveIndicator } from '../../../components/autosave/save-indicator'
import type { SaveState } from '../../../components/autosave/use-autosave'

type ReboundSectionProps = {
  /** The title's id, which names the section. */
  titleId: string
  title: ReactNode
  autosave: { state: SaveState; retry: () => void }
  children: ReactNode
}

/** A section of the plan saved as it changes: its title, with where its saving stands beside it. */
export function ReboundSection({ titleId, title, autosave, children }: ReboundSectionProps) {
  return (
    <section className="card rebound-section" aria-labelledby={titleId}>
      <div className="rebound-section__head">
        <h2 className="section-title" id={titleId}>
          {title}
        </h2>
        <SaveIndicator state={autosave.state} onRetry={autosave.retry} words="rebound" />
      </div>
      {children}
    </section>
  )
}

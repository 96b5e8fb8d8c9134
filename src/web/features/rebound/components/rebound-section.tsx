import type { ReactNode } from 'react'
import { SaveIndicator } from '../../../components/autosave/save-indicator'
import type { SaveState } from '../../../components/autosave/use-autosave'
import { TitledSection } from '../../../components/ui/titled-section'

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
    <TitledSection
      id={titleId}
      className="card rebound-section"
      title={title}
      headClassName="rebound-section__head"
      beside={<SaveIndicator state={autosave.state} onRetry={autosave.retry} words="rebound" />}
    >
      {children}
    </TitledSection>
  )
}

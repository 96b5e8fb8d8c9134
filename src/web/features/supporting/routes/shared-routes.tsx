import { useParams } from 'react-router'
import { NotShared } from '../components/shared-parts'
import { PeoplePage } from './people-page'
import { SharedDebriefPage } from './shared-debrief-page'
import { SharedMocksPage } from './shared-mocks-page'
import { SharedMoodsPage } from './shared-moods-page'
import { SharedProgressPage } from './shared-progress-page'
import { SharedReboundsPage } from './shared-rebounds-page'
import { SharedRehearsalPage } from './shared-rehearsal-page'
import { SharedSpacePage } from './shared-space-page'

/**
 * The read-only pages of one person's shared space (`/shared/:id/…`), as one chunk behind one lazy
 * route: the app's router, which every page loads first, carries one entry for them all.
 */
export function SharedRoutes() {
  const { id = '', '*': rest = '' } = useParams()
  const [section = '', item, ...more] = rest.split('/').filter(Boolean)
  if (more.length > 0) return <NotShared />
  if (section === '' && !item) return <SharedSpacePage id={id} />
  if (section === 'debriefs' && item) return <SharedDebriefPage id={id} interviewId={item} />
  if (item) return <NotShared />
  if (section === 'rehearsal') return <SharedRehearsalPage id={id} />
  if (section === 'mock-interviews') return <SharedMocksPage id={id} />
  if (section === 'progress') return <SharedProgressPage id={id} />
  if (section === 'moods') return <SharedMoodsPage id={id} />
  if (section === 'rebounds') return <SharedReboundsPage id={id} />
  return <NotShared />
}

/** `/people`: in the same chunk as the shared pages it leads to. */
export const PeopleRoute = PeoplePage

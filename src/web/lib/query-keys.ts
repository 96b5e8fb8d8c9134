import type { InterviewsQuery } from '../../shared/schemas/interviews'

/**
 * The TanStack Query keys that more than one feature reads, fills or invalidates, so that no
 * feature imports another. A key only one feature uses stays in that feature's api/ file.
 * Keys are prefixes of each other on purpose: invalidating `interviews.all` refreshes every
 * list and every interview.
 */
export const queryKeys = {
  /** The signed-in person (lib/session). */
  me: ['me'] as const,
  /** Home's summary, and what is listed under it (follow-ups): many saves change what Home says. */
  home: ['home'] as const,
  interviews: {
    all: ['interviews'] as const,
    lists: ['interviews', 'list'] as const,
    list: (query: InterviewsQuery) => ['interviews', 'list', query] as const,
    ones: ['interviews', 'one'] as const,
    one: (id: string) => ['interviews', 'one', id] as const,
  },
  /** An interview's preparation plan: edited in preparation, its applied actions in the debrief. */
  preparationPlans: {
    all: ['preparation', 'plan'] as const,
    one: (interviewId: string) => ['preparation', 'plan', interviewId] as const,
  },
  /** Every Progress figure; what a debrief or a plan saves changes some of them. */
  progress: ['progress'] as const,
  /** Comments, ratings and assigned questions (lib/api/review): shown on debriefs, cards and Home. */
  feedback: {
    all: ['feedback'] as const,
    link: (linkId: string) => ['feedback', 'link', linkId] as const,
  },
  /** Rebounds after a rejection: started from Home and from the rebound feature. */
  rebounds: {
    all: ['rebounds'] as const,
    list: ['rebounds', 'list'] as const,
    one: (id: string) => ['rebounds', 'one', id] as const,
  },
}

import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunction, Params } from 'react-router'
import { debriefReads, frameReads, homeReads, progressReads, rehearsalReads } from '../../shared/page-reads'
import { periodFromSearch } from '../features/progress/components/period'
import { readAhead, withQuery } from '../lib/api-client'
import { nextTask } from '../lib/next-task'
import type { PagePrefetch } from '../lib/query-client'
import { meQuery } from '../lib/session/get-me'
import { rememberedOwner } from '../lib/session/offline-owner'

/** The API reads a page makes as it opens, from its address. */
export type Reads = (params: Params, search: URLSearchParams) => string[]

/**
 * What the signed-in pages measured by `npm run bench:lighthouse` ask the server for as they open, the same paths as
 * their api/ files (e2e/read-ahead.spec.ts checks that each is asked once). Their paths come from
 * src/shared/page-reads.ts, which the server also reads to name them in the page's `Link` header.
 */
export const READS = {
  frame: () => frameReads(),
  home: () => homeReads(),
  debrief: ({ id }) => debriefReads(id ?? ''),
  rehearsal: () => rehearsalReads(),
  progress: (_params, search) => {
    const { preset, period } = periodFromSearch(search)
    const [progress, insights, moods, mocks] = progressReads()
    const reads = [withQuery(progress, period), insights, moods]
    // A period typed in may be refused: the mock interviews are then not asked (mock-sessions.tsx).
    if (preset !== 'custom') reads.push(withQuery(mocks, period))
    return reads
  },
} satisfies Record<string, Reads>

/** The longest a page waits for its data before it shows, with its own loading state from then on. */
const PAGE_DATA_WAIT_MS = 2_000

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * A route loader for a signed-in page. As soon as the session is known to be someone's (at once where this device
 * remembers who is signed in), it asks the page's reads, beside the page's code and texts rather than after them (`readAhead`,
 * lib/api-client.ts); once the page's code is there, its `prefetch`, if it has one, puts the answers in the query cache,
 * so that the page renders once, with its data, in the router's transition (React renders it in slices
 * instead of one long task when the data arrives). It waits at most PAGE_DATA_WAIT_MS for the data, and
 * never fails: a failed query is the page's to show. Nothing is asked for a signed-out visitor. Like the route's code
 * (router.tsx, withTexts), it starts in a task of its own, not in the router's.
 */
export function readAheadLoader(
  queryClient: QueryClient,
  reads: Reads,
  load?: () => Promise<{ prefetch?: PagePrefetch | undefined }>,
): LoaderFunction {
  return async ({ params, request }) => {
    await nextTask()
    const search = new URL(request.url).searchParams
    const askReads = () => {
      for (const path of reads(params, search)) readAhead(path)
    }
    // On a device where someone is signed in (as last recorded), the reads leave with the session's, not one round
    // trip after it; should that session have ended meanwhile, their answers are refusals nobody takes.
    // The page's code too: it runs while the answers travel, not after they have come.
    const remembered = rememberedOwner() !== null
    if (remembered) askReads()
    const code = remembered ? load?.() : undefined
    code?.catch(() => undefined)
    const user = await queryClient.ensureQueryData(meQuery).catch(() => null)
    if (!user) return null
    if (!remembered) askReads()
    if (!load) return null
    const prefetched = (code ?? load()).then(
      ({ prefetch }) => prefetch?.(queryClient, params, search),
      // The route's own code loading fails the same way, and its error boundary says so.
      () => undefined,
    )
    await Promise.race([prefetched, pause(PAGE_DATA_WAIT_MS)])
    return null
  }
}

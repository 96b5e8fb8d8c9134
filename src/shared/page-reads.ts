// The API reads the first signed-in pages make as they open, from their address. The web app's route loaders ask
// them ahead of the page's code (src/web/app/read-ahead.ts); the server names them, with the session's, in the
// `Link` header of such a page when the request carries a session (src/server/plugins/web.ts), so that the browser
// asks them beside the page's code instead of once that code has run (issue 13).

/** Who is signed in: what every signed-in page asks first. */
export const SESSION_READ = '/api/auth/session'

/** The signed-in frame's navigation ("People I support" once someone shares). */
export const frameReads = (): string[] => ['/api/sharing/links']

export const homeReads = (): string[] => ['/api/home', '/api/feedback/follow-ups']

const interview = (id: string) => `/api/interviews/${encodeURIComponent(id)}`

export const debriefReads = (interviewId: string): string[] => [
  interview(interviewId),
  `${interview(interviewId)}/debrief`,
]

export const rehearsalReads = (): string[] => ['/api/rehearsal/queue']

/** Progress over all time, as its address without a period opens it. */
export const progressReads = (): [progress: string, insights: string, moods: string, mocks: string] => [
  '/api/progress',
  '/api/insights',
  '/api/moods',
  '/api/mock-interviews/progress',
]

/** An interview's id as an address carries it: anything else asks nothing ahead. */
const ID = '([A-Za-z0-9_-]{1,100})'

const PAGES: { path: RegExp; reads: (id: string) => string[] }[] = [
  { path: /^\/home$/, reads: homeReads },
  { path: new RegExp(`^/interviews/${ID}/debrief(?:/[a-z-]{1,40})?$`), reads: debriefReads },
  { path: /^\/rehearsal$/, reads: rehearsalReads },
  { path: /^\/progress$/, reads: progressReads },
]

/**
 * What a signed-in page at `pathname` (with `search`, its query string) asks as it opens, the session and the
 * frame's reads first; none for another page, or for an address with a query string (Progress's period, say),
 * whose reads the page works out itself.
 */
export function readsOfAddress(pathname: string, search: string): string[] {
  if (search !== '' && search !== '?') return []
  for (const page of PAGES) {
    const match = page.path.exec(pathname)
    if (match) return [SESSION_READ, ...frameReads(), ...page.reads(match[1] ?? '')]
  }
  return []
}

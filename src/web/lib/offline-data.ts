/**
 * What the service worker keeps of the API so that pages already visited open offline (src/web/sw.ts,
 * docs/adr/0009-offline-pages-and-their-data.md): same-origin JSON reads, network first, in one cache
 * that belongs to one signed-in person and is wiped whenever that may change (lib/session/offline-owner.ts).
 * The service worker imports this file: it stays free of the window's APIs.
 */
export const API_CACHE = 'rebond-api'

// What another person shares is read live: a link they end must hide it on the next request (ADR 0014).
const NEVER_KEPT = ['/api/health', '/api/ready', '/api/docs', '/api/openapi.json', '/api/sharing/received']

/**
 * A GET the service worker may answer from its cache when offline: the API's reads, and among the
 * `/api/auth/` ones only "who is signed in" (without it no signed-in page opens offline). Health
 * checks, the API's documentation and what others share with the person are never kept; files (exports,
 * recordings) are left out by type.
 */
export function isOfflineReadable(pathname: string): boolean {
  if (!pathname.startsWith('/api/')) return false
  if (NEVER_KEPT.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return false
  if (pathname.startsWith('/api/auth/')) return pathname === '/api/auth/session'
  return true
}

/**
 * The wiping rule: the cache is kept only while the same person stays signed in. Nobody signed in
 * (sign-out, account deleted, session expired) or someone else than the cache's owner: wipe.
 */
export function mustWipeOfflineData(owner: string | null, signedIn: string | null): boolean {
  return signedIn === null || owner !== signedIn
}

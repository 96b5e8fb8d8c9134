export const HOME_PATH = '/home'

const PUBLIC_PATHS = new Set(['/', '/login', '/signup'])

/** Only paths inside this app are accepted as a destination after sign-in (no open redirect). */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return HOME_PATH
  const pathname = next.split(/[?#]/)[0] ?? ''
  return PUBLIC_PATHS.has(pathname) ? HOME_PATH : next
}

/** The sign-in address that brings the person back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return path === HOME_PATH || path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`
}

import { type RefObject, useEffect } from 'react'
import { useLocation } from 'react-router'

let firstPageShown = false

/**
 * After an in-app navigation, moves focus to the main region so keyboard and screen-reader
 * users start at the new page's content (as a full page load would). Not on the first load.
 */
export function useFocusMainOnNavigate(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose each time the path changes.
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true
      return
    }
    const main = mainRef.current
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true })
  }, [pathname, mainRef])
}

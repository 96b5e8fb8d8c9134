import { useCallback, useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'

/**
 * The filters of a list page, kept in the address so that a reload or a shared link keeps them,
 * and its search box, which waits for a pause in typing before going into the address as `q`.
 * Changes replace the history entry: Back leaves the page instead of undoing a filter.
 */
export function useListFilters(searchDelayMs = 300) {
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''

  /** Sets one filter; an empty value removes it. */
  const setParam = useCallback(
    (key: string, value: string) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (value) next.set(key, value)
          else next.delete(key)
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  // What is typed in the search box; it reaches the address (`q`) after a pause.
  const [search, setSearch] = useState(q)
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.trim() !== q) setParam('q', search.trim())
    }, searchDelayMs)
    return () => clearTimeout(timer)
  }, [search, q, setParam, searchDelayMs])

  /** Removes every filter and empties the search box. */
  const clear = useCallback(() => {
    setSearch('')
    setParams(new URLSearchParams(), { replace: true })
  }, [setParams])

  return { params, q, search, setSearch, setParam, clear }
}

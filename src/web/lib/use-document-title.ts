import { useEffect } from 'react'

/** Sets the tab title as "Page · Rebond" for as long as the page is shown. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title === '' ? 'Rebond' : `${title} · Rebond`
  }, [title])
}

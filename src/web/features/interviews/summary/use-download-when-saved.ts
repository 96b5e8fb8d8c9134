import { type MouseEvent, type RefObject, useEffect, useRef, useState } from 'react'
import type { DebriefSync, SyncSnapshot } from '../api/debrief-sync'

export type DownloadState = 'ready' | 'waiting' | 'blocked'

export type DownloadWhenSaved = {
  state: DownloadState
  linkRef: RefObject<HTMLAnchorElement | null>
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void
}

/**
 * The Markdown download of the debrief, made by the server: edits not yet there would be missing
 * from it, so a click waits until every edit is saved, and says so when it cannot yet.
 */
export function useDownloadWhenSaved(snapshot: SyncSnapshot, store: DebriefSync): DownloadWhenSaved {
  const linkRef = useRef<HTMLAnchorElement>(null)
  const downloadNow = useRef(false)
  const [state, setState] = useState<DownloadState>('ready')
  const unsaved = (snapshot.status !== 'saved' && snapshot.status !== 'idle') || snapshot.fromDevice

  // What is still waiting goes out now, so the download holds it.
  useEffect(() => {
    store.flush()
  }, [store])

  // Once everything is saved (back online, say), the download is possible again.
  useEffect(() => {
    if (!unsaved) setState((d) => (d === 'blocked' ? 'ready' : d))
  }, [unsaved])

  async function downloadWhenSaved(event: MouseEvent<HTMLAnchorElement>) {
    if (downloadNow.current) {
      downloadNow.current = false
      return
    }
    if (!unsaved && state === 'ready') return
    event.preventDefault()
    if (state === 'waiting') return
    setState('waiting')
    if (await store.settle()) {
      setState('ready')
      downloadNow.current = true
      linkRef.current?.click()
    } else setState('blocked')
  }

  return { state, linkRef, onClick: (event) => void downloadWhenSaved(event) }
}

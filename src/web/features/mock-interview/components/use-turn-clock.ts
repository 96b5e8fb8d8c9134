import { useEffect, useState } from 'react'

/** Seconds since the turn started (after its thinking time), ticking while the component is shown. */
export function useTurnClock(turnKey: string, thinkingSeconds: number, running: boolean) {
  const [startedAt, setStartedAt] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new turn restarts the clock.
  useEffect(() => {
    const at = Date.now()
    setStartedAt(at)
    setNow(at)
  }, [turnKey])
  useEffect(() => {
    if (!running) return
    const timer = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(timer)
  }, [running])
  const sinceStart = (now - startedAt) / 1000
  const thinkingLeft = Math.max(0, Math.ceil(thinkingSeconds - sinceStart))
  return {
    thinkingLeft,
    elapsed: Math.max(0, Math.floor(sinceStart - thinkingSeconds)),
    skipThinking: () => setStartedAt(Date.now() - thinkingSeconds * 1000),
    now,
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  afterFirstPage,
  FIRST_PAGE_PATIENCE_MS,
  markFirstPageShown,
  PAINT_PATIENCE_MS,
  PAINT_QUIET_MS,
  resetFirstPageShown,
} from './first-page-shown'

describe('what waits for the first page, where the browser cannot report paints', () => {
  let frames: (() => void)[]
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    frames = []
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run))
    resetFirstPageShown()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  const paint = () => {
    for (const run of frames.splice(0)) run()
  }

  it('starts after the frame that paints the first page, not when the page says it has rendered', () => {
    const run = vi.fn()
    afterFirstPage(run)
    markFirstPageShown()
    vi.advanceTimersByTime(0)
    expect(run).not.toHaveBeenCalled()
    paint()
    vi.advanceTimersByTime(0)
    expect(run).not.toHaveBeenCalled()
    paint()
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs at once, and once, what asks after the first page has shown', () => {
    markFirstPageShown()
    paint()
    paint()
    vi.advanceTimersByTime(0)
    const run = vi.fn()
    afterFirstPage(run)
    expect(run).toHaveBeenCalledTimes(1)
    markFirstPageShown()
    paint()
    paint()
    vi.advanceTimersByTime(0)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('does not wait for ever when no page says it has shown', () => {
    const run = vi.fn()
    afterFirstPage(run)
    vi.advanceTimersByTime(FIRST_PAGE_PATIENCE_MS - 1)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('forgets what no longer waits', () => {
    const run = vi.fn()
    const cancel = afterFirstPage(run)
    cancel()
    markFirstPageShown()
    paint()
    paint()
    vi.advanceTimersByTime(0)
    expect(run).not.toHaveBeenCalled()
  })
})

/** A browser's report of its largest paints, fed by the test. */
class FakePaints {
  static supportedEntryTypes = ['largest-contentful-paint']
  static observers: FakePaints[] = []
  static buffered: { startTime: number }[] = []
  constructor(private readonly report: (list: { getEntries: () => { startTime: number }[] }) => void) {}
  observe({ buffered }: { buffered?: boolean }) {
    FakePaints.observers.push(this)
    if (buffered && FakePaints.buffered.length > 0) this.paint(...FakePaints.buffered)
  }
  disconnect() {
    FakePaints.observers = FakePaints.observers.filter((observer) => observer !== this)
  }
  paint(...entries: { startTime: number }[]) {
    this.report({ getEntries: () => entries })
  }
  static paintAt(startTime: number) {
    for (const observer of [...FakePaints.observers]) observer.paint({ startTime })
  }
}

describe('what waits for the first page, where the browser reports its paints', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    FakePaints.observers = []
    FakePaints.buffered = []
    vi.stubGlobal('PerformanceObserver', FakePaints)
    resetFirstPageShown()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('starts once paints made since the page rendered have been reported and no larger one follows', () => {
    const run = vi.fn()
    afterFirstPage(run)
    markFirstPageShown(100)
    FakePaints.paintAt(80)
    vi.advanceTimersByTime(PAINT_QUIET_MS)
    expect(run).not.toHaveBeenCalled()
    FakePaints.paintAt(130)
    vi.advanceTimersByTime(PAINT_QUIET_MS - 1)
    // The page's content comes in parts: a larger paint starts the wait again.
    FakePaints.paintAt(380)
    vi.advanceTimersByTime(PAINT_QUIET_MS - 1)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    expect(FakePaints.observers).toEqual([])
  })

  it('takes a paint reported before the page said it had rendered', () => {
    FakePaints.buffered = [{ startTime: 40 }, { startTime: 120 }]
    const run = vi.fn()
    afterFirstPage(run)
    markFirstPageShown(100)
    vi.advanceTimersByTime(PAINT_QUIET_MS)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('starts after PAINT_PATIENCE_MS when no larger paint comes', () => {
    const run = vi.fn()
    afterFirstPage(run)
    markFirstPageShown(100)
    vi.advanceTimersByTime(PAINT_PATIENCE_MS - 1)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    expect(FakePaints.observers).toEqual([])
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { onConnectionBack } from './use-online-status'

const page = (type: 'pagehide' | 'pageshow', persisted: boolean) =>
  Object.assign(new Event(type), { persisted })

describe('onConnectionBack', () => {
  beforeEach(() => {
    vi.stubGlobal('window', new EventTarget())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('runs each time the connection returns while the page is in use', () => {
    const run = vi.fn()
    onConnectionBack(run)
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('online'))
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('a page being left sends nothing more, even if the connection seems to return as it goes', () => {
    const run = vi.fn()
    onConnectionBack(run)
    window.dispatchEvent(page('pagehide', false))
    window.dispatchEvent(new Event('online'))
    expect(run).not.toHaveBeenCalled()
  })

  it('a page kept for the back button listens again when it is shown', () => {
    const run = vi.fn()
    onConnectionBack(run)
    window.dispatchEvent(page('pagehide', true))
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(page('pagehide', false))
    window.dispatchEvent(page('pageshow', true))
    window.dispatchEvent(new Event('online'))
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('stops when asked', () => {
    const run = vi.fn()
    const stop = onConnectionBack(run)
    stop()
    window.dispatchEvent(new Event('online'))
    expect(run).not.toHaveBeenCalled()
  })
})

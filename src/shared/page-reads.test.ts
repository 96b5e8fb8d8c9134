import { describe, expect, it } from 'vitest'
import { readsOfAddress } from './page-reads'

const FIRST = ['/api/auth/session', '/api/sharing/links']

describe('readsOfAddress', () => {
  it('names the session’s, the frame’s and the page’s reads of the first signed-in pages', () => {
    expect(readsOfAddress('/home', '')).toEqual([...FIRST, '/api/home', '/api/feedback/follow-ups'])
    expect(readsOfAddress('/rehearsal', '')).toEqual([...FIRST, '/api/rehearsal/queue'])
    expect(readsOfAddress('/progress', '')).toEqual([
      ...FIRST,
      '/api/progress',
      '/api/insights',
      '/api/moods',
      '/api/mock-interviews/progress',
    ])
    expect(readsOfAddress('/interviews/7f3c-9a/debrief', '')).toEqual([
      ...FIRST,
      '/api/interviews/7f3c-9a',
      '/api/interviews/7f3c-9a/debrief',
    ])
    expect(readsOfAddress('/interviews/7f3c-9a/debrief/replay', '')).toEqual(
      readsOfAddress('/interviews/7f3c-9a/debrief', ''),
    )
  })

  it('names none for other pages, a query string the page reads itself, or an address no interview has', () => {
    expect(readsOfAddress('/', '')).toEqual([])
    expect(readsOfAddress('/interviews', '')).toEqual([])
    expect(readsOfAddress('/home/', '')).toEqual([])
    expect(readsOfAddress('/progress', 'period=month')).toEqual([])
    expect(readsOfAddress('/interviews/a>b/debrief', '')).toEqual([])
    expect(readsOfAddress('/interviews/a%20b/debrief', '')).toEqual([])
    expect(readsOfAddress(`/interviews/${'x'.repeat(101)}/debrief`, '')).toEqual([])
    expect(readsOfAddress('/interviews/abc/debrief/Replay', '')).toEqual([])
  })
})

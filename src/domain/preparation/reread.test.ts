import { describe, expect, it } from 'vitest'
import { type LessonSource, lessonKey, lessonsToReread, MAX_LESSONS_TO_REREAD } from './reread'

const source = (interviewId: string, date: string, lessons: LessonSource['lessons']): LessonSource => ({
  interviewId,
  company: `Company ${interviewId}`,
  date,
  lessons,
})

describe('lessons to reread before the next interview', () => {
  it('carries a lesson none of whose actions is carried, with where it came from', () => {
    const result = lessonsToReread(
      [source('a', '2026-10-01T09:00:00.000Z', [{ id: 'l1', text: ' Chiffrer mes réussites. ' }])],
      '2026-10-10T09:00:00.000Z',
      new Set(),
    )
    expect(result).toEqual([
      {
        sourceInterviewId: 'a',
        company: 'Company a',
        date: '2026-10-01T09:00:00.000Z',
        lessonId: 'l1',
        lesson: 'Chiffrer mes réussites.',
      },
    ])
  })

  it('leaves out lessons already shown with a carried action, empty ones, and later interviews', () => {
    const result = lessonsToReread(
      [
        source('a', '2026-10-01T09:00:00.000Z', [
          { id: 'carried', text: 'Shown with its action' },
          { id: 'blank', text: '   ' },
          { id: 'kept', text: 'Breathe before answering' },
        ]),
        source('later', '2026-10-20T09:00:00.000Z', [{ id: 'l9', text: 'Not yet learned' }]),
        source('same', '2026-10-10T09:00:00.000Z', [{ id: 'l8', text: 'The same interview' }]),
      ],
      '2026-10-10T09:00:00.000Z',
      new Set([lessonKey('a', 'carried'), lessonKey('b', 'kept')]),
    )
    expect(result.map((l) => l.lessonId)).toEqual(['kept'])
  })

  it('puts the newest first, says the same lesson once, and keeps the list short', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      source(`i${i}`, `2026-09-${String(i + 10).padStart(2, '0')}T09:00:00.000Z`, [
        { id: `l${i}`, text: i >= 10 ? `Same ${i === 10 ? ' ' : ''}words` : `Lesson ${i}` },
      ]),
    )
    const result = lessonsToReread(many, '2026-10-10T09:00:00.000Z', new Set())
    expect(result).toHaveLength(MAX_LESSONS_TO_REREAD)
    expect(result.map((l) => l.lessonId)).toEqual(['l11', 'l9', 'l8', 'l7', 'l6', 'l5', 'l4', 'l3'])
  })
})

import type { Action } from './types'

// Pieces of a debrief for tests: plain data, the fields a test names win.

/** An open action of a lesson, flagged to check before the next interview; the fields a test names win. */
export const lessonAction = (id: string, text: string, fields: Partial<Action> = {}): Action => ({
  id,
  text,
  status: 'open',
  checkBeforeNext: true,
  ...fields,
})

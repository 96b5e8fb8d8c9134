import { emptyDebrief } from './debrief'
import { LIMITS, type ReplayedQuestion } from './types'

/** At most this many lines of the capture note become replayed questions. */
export const NOTE_QUESTIONS_MAX = 5

/** A list marker or a dash typed at the start of a line: not part of the question. */
const MARKER = /^\s*(?:[-–—•*]|\d+[.)])\s+/

/** Cuts a line to the question limit, at a word when one is close. */
function fitted(line: string): string {
  if (line.length <= LIMITS.question) return line
  const cut = line.slice(0, LIMITS.question - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > LIMITS.question * 0.8 ? cut.slice(0, space) : cut}…`
}

/**
 * The note typed at capture, as the first questions of the replay: one per line (a single
 * question when it is one paragraph). Their ids are fixed ("note-1"…) so that the debrief
 * offered before its first save is the same each time it is read. The note itself stays on
 * the interview: nothing is lost if a question is cut to its limit or removed.
 */
export function questionsFromNote(note: string): ReplayedQuestion[] {
  return note
    .split(/\r?\n/)
    .map((line) => line.replace(MARKER, '').trim())
    .filter((line) => line !== '')
    .slice(0, NOTE_QUESTIONS_MAX)
    .map((line, index) => ({
      id: `note-${index + 1}`,
      question: fitted(line),
      answer: '',
      feeling: null,
      recruiterReaction: '',
    }))
}

/** Whether a replayed question was offered from the capture note. */
export const isFromCaptureNote = (questionId: string): boolean => /^note-\d+$/.test(questionId)

/** The debrief offered for an interview not debriefed yet: empty, its replay started from the capture note. */
export function debriefFromCapture(note: string) {
  return { ...emptyDebrief(), questions: questionsFromNote(note) }
}

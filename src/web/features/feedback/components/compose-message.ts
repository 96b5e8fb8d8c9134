import { fillTemplate, findTemplate, formatPoints, type Tone } from '../../../../domain/feedback'
import type { Language } from '../../../../shared/schemas/common'
import type { FeedbackResponse } from '../../../../shared/schemas/feedback'
import { hasPlaceholder } from './mailto'

export type Message = { subject: string; body: string }

type Words = {
  tone: Tone
  lang: Language
  interviewer: string
  name: string
  /** The points typed by the person, one a line, used when no suggested point is kept. */
  ownPoints: string
}

/** The person's own points, one a line, without the bullets they may have typed. */
const pointLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean)

/**
 * The message from its template and the words known so far: the one to show (the person's own
 * edit wins), what is missing for the template, and whether it is ready to send.
 */
export function composeMessage(
  { advice, values }: Pick<FeedbackResponse, 'advice' | 'values'>,
  excluded: ReadonlySet<number>,
  custom: Message | null,
  words: Words,
) {
  const { lang } = words
  const chosen = advice.points.filter((_, i) => !excluded.has(i)).map((p) => p[lang])
  const filled = fillTemplate(findTemplate(lang, words.tone, advice.style, values.outcome), {
    company: values.company,
    role: values.role,
    interviewer: words.interviewer,
    date: values.date[lang],
    name: words.name,
    points: formatPoints(chosen.length > 0 ? chosen : pointLines(words.ownPoints)),
  })
  const shown: Message | null = custom ?? (filled.complete ? filled : null)
  const placeholderLeft = shown !== null && hasPlaceholder(`${shown.subject}\n${shown.body}`)
  return {
    shown,
    missing: filled.complete ? [] : filled.missing,
    /** A detailed request with no point kept asks for the person's own. */
    askPoints: advice.style === 'detailed' && chosen.length === 0,
    placeholderLeft,
    ready: shown !== null && !placeholderLeft && shown.body.trim() !== '',
    fullText: shown ? `${shown.subject}\n\n${shown.body}` : '',
  }
}

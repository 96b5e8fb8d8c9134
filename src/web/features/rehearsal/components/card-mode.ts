/** How a card was opened: from today's queue, before an interview (saved, not graded), or from the deck. */
export type CardMode = { kind: 'queue' } | { kind: 'cram'; interviewId: string } | { kind: 'single' }

/** The mode in the card's address: `?mode=cram&interviewId=…`, `?queue=1`, or neither. */
export function cardModeFrom(params: URLSearchParams): CardMode {
  const interviewId = params.get('interviewId')
  if (params.get('mode') === 'cram' && interviewId) return { kind: 'cram', interviewId }
  if (params.get('queue')) return { kind: 'queue' }
  return { kind: 'single' }
}

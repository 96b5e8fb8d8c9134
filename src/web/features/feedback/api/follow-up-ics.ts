import { feedbackPath } from './get-feedback'

/** The follow-up reminder as a calendar file, for a link the browser downloads. */
export const followUpIcsUrl = (interviewId: string) => `${feedbackPath(interviewId)}/follow-up.ics`

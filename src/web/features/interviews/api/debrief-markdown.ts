import type { Language } from '../../../../shared/schemas/common'
import { withQuery } from '../../../lib/api-client'

/** The debrief as a Markdown file, for a link the browser downloads. */
export const debriefMarkdownUrl = (interviewId: string, lang: Language) =>
  withQuery(`/api/interviews/${encodeURIComponent(interviewId)}/debrief.md`, { lang })

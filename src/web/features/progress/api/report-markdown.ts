import type { Language } from '../../../../shared/schemas/common'
import { withQuery } from '../../../lib/api-client'
import type { Period } from './get-progress'

/** The Markdown report's address, for a link the browser downloads. */
export function reportMarkdownUrl(period: Period, lang: Language): string {
  return withQuery('/api/progress/report.md', { ...period, lang })
}

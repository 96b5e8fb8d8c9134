import type { Language } from '../../../../shared/schemas/common'
import { withQuery } from '../../../lib/api-client'

/** The whole-history progress report, for a link the browser downloads before an account is deleted. */
export function progressReportUrl(lang: Language): string {
  return withQuery('/api/progress/report.md', { lang })
}

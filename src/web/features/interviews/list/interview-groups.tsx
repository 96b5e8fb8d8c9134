import { Link } from 'react-router'
import { OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/debrief'
import type { InterviewListItem } from '../../../../shared/schemas/interviews'
import { useFormatDate } from '../../../lib/dates'
import { DebriefBadge } from '../components/debrief-badge'
import { useLabel } from '../components/labels'
import type { MonthGroup } from './use-interview-list'

/** The interviews, a section per month. */
export function InterviewGroups({ groups }: { groups: MonthGroup[] }) {
  const now = Date.now()
  return groups.map((group) => (
    <section key={group.month} className="interview-group" aria-label={group.month}>
      <h2 className="interview-group__title">{group.month}</h2>
      <ul className="interview-list">
        {group.items.map((item) => (
          <li key={item.id}>
            <InterviewItem item={item} now={now} />
          </li>
        ))}
      </ul>
    </section>
  ))
}

/** One interview in the list: company, role, stage, date, outcome and where its debrief stands. */
function InterviewItem({ item, now }: { item: InterviewListItem; now: number }) {
  const label = useLabel()
  const formatDate = useFormatDate()
  return (
    <Link to={`/interviews/${item.id}`} className="interview-item">
      <span className="interview-item__main">
        <span className="interview-item__company">{item.company}</span>
        <span className="interview-item__role">{item.role}</span>
      </span>
      <span className="interview-item__meta">
        {label(STAGE_LABELS[item.stage])} · {formatDate(item.date, 'dateTime')}
      </span>
      <span className="interview-item__tags">
        <span className={`tag tag--outcome-${item.outcome}`}>{label(OUTCOME_LABELS[item.outcome])}</span>
        <DebriefBadge debrief={item.debrief} upcoming={new Date(item.date).getTime() > now} />
      </span>
    </Link>
  )
}

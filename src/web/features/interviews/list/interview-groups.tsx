import { Link } from 'react-router'
import { OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/debrief'
import type { InterviewListItem } from '../../../../shared/schemas/interviews'
import { RejectAndRebound } from '../../../components/rebound/reject-and-rebound'
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

/** A past interview still waiting for its answer: "not selected" can be recorded from its card. */
const awaitsAnswer = (item: InterviewListItem, now: number) =>
  new Date(item.date).getTime() <= now && (item.outcome === 'pending' || item.outcome === 'no_news')

/**
 * One interview in the list: company, role, stage, date, outcome and where its debrief stands;
 * the whole tile opens it. A past one still waiting for an answer also offers "not selected" in
 * one tap, which opens the 48-hour plan.
 */
function InterviewItem({ item, now }: { item: InterviewListItem; now: number }) {
  const label = useLabel()
  const formatDate = useFormatDate()
  return (
    <div className="interview-item">
      <Link to={`/interviews/${item.id}`} className="interview-item__link">
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
      {awaitsAnswer(item, now) ? (
        <RejectAndRebound interviewId={item.id} company={item.company} className="interview-item__action" />
      ) : null}
    </div>
  )
}

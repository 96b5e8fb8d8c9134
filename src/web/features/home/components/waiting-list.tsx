import { Link } from 'react-router'

export type WaitingItem = { key: string; to: string; company: string; detail: string }

/** Interviews waiting for something (a debrief, a follow-up): the company, and why, each a link to do it. */
export function WaitingList({ items }: { items: readonly WaitingItem[] }) {
  return (
    <ul className="waiting-list">
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to} className="waiting-list__link">
            <span className="waiting-list__company">{item.company}</span>
            <span className="muted small">{item.detail}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

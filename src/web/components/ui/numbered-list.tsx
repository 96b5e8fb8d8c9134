import type { ReactNode } from 'react'

type NumberedItem = { key: string; content: ReactNode }

/** Steps or points in order, each number in a round badge (the list itself says the numbers to screen readers). */
export function NumberedList({ items, className }: { items: readonly NumberedItem[]; className?: string }) {
  return (
    <ol className={['numbered-list', className].filter(Boolean).join(' ')}>
      {items.map((item, index) => (
        <li key={item.key} className="numbered-list__item">
          <span className="round-badge step-number" aria-hidden="true">
            {index + 1}
          </span>
          {item.content}
        </li>
      ))}
    </ol>
  )
}

import { type ReactNode, useId } from 'react'

type ScrollTableProps = {
  /** Read by screen readers (and named to them as the region's name), not shown. */
  caption: ReactNode
  /** The scrolling region's class. */
  className: string
  tableClassName: string
  /** The table's head and body. */
  children: ReactNode
}

/** A table in a named, focusable region, so a table wider than the screen scrolls from the keyboard. */
export function ScrollTable({ caption, className, tableClassName, children }: ScrollTableProps) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className={className} aria-labelledby={captionId} tabIndex={0}>
      <table className={tableClassName}>
        <caption className="sr-only" id={captionId}>
          {caption}
        </caption>
        {children}
      </table>
    </section>
  )
}

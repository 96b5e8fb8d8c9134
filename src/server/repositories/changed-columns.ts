/**
 * The columns a partial change writes, for `.set()`: a field the change leaves undefined is left
 * out, so the column keeps its value; null is written, it clears the column.
 */
export function changedColumns<T extends Record<string, unknown>>(
  columns: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }
}

/** A JSON column's new text, or undefined when the change leaves it alone. */
export const changedJson = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value)

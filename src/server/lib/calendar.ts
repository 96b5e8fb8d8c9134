import type { EventAttributes } from 'ics'
import type { CalendarEntry } from '../../domain/calendar/entries'

/**
 * The one iCalendar builder: the subscription feed and every `.ics` download. Times are written
 * in UTC (worked out from the person's zone by the domain), so every calendar reads them alike
 * and shows them in its own zone; UIDs come from the entries, so a calendar updates an event.
 * The ics package (and the validation library it brings) is loaded at the first calendar, not at start.
 */
export async function buildCalendar(
  entries: readonly CalendarEntry[],
  options: { name?: string; origin?: string; stamp: Date },
): Promise<string> {
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: entry.uid,
    start: entry.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: entry.durationMinutes },
    title: entry.title,
    description: entry.description,
    timestamp: options.stamp.getTime(),
    ...(entry.path && options.origin ? { url: `${options.origin}${entry.path}` } : {}),
    ...(entry.alarmMinutesBefore === undefined
      ? {}
      : {
          alarms: [
            {
              action: 'display' as const,
              description: entry.title,
              trigger: { minutes: entry.alarmMinutesBefore, before: true },
            },
          ],
        }),
  }))
  const { createEvents } = await import('ics')
  const { error, value } = createEvents(events, {
    productId: 'rebond',
    method: 'PUBLISH',
    ...(options.name ? { calName: options.name } : {}),
  })
  if (error || !value) throw error ?? new Error('could not build the calendar')
  return value
}

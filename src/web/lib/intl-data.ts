/** What lib/dates.ts asks the worker of intl-data.worker.ts to make once, and its answer. */
export type IntlDataRequest = {
  dates: { locale: string; options: Intl.DateTimeFormatOptions }[]
  numbers: string[]
  relative: string[]
}
export type IntlDataReply = 'ready'

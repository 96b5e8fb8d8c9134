/**
 * Makes, once, the date and number formats a signed-in page is about to use (lib/dates.ts, loadIntlData), then says so.
 * The first format of a language loads that language's data from the browser's ICU, 30 to 70 ms on this machine's
 * Chromium, four times that on a slow phone. Chromium keeps that data for the whole process: made here, on the
 * worker's thread, it is already loaded when the page's first render writes a date, which then costs under 1 ms.
 */
import type { IntlDataReply, IntlDataRequest } from './intl-data'

type Scope = {
  addEventListener: (type: 'message', listener: (event: MessageEvent<IntlDataRequest>) => void) => void
  postMessage: (message: IntlDataReply) => void
}

const scope = globalThis as unknown as Scope
scope.addEventListener('message', ({ data }) => {
  const moment = new Date(0)
  for (const { locale, options } of data.dates) new Intl.DateTimeFormat(locale, options).formatToParts(moment)
  for (const locale of data.numbers) new Intl.NumberFormat(locale).format(1234.5)
  for (const locale of data.relative)
    new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day')
  scope.postMessage('ready')
})

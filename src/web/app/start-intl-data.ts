/**
 * The interface language's date and number data starts loading, in a worker (lib/dates.ts, loadIntlData), as the
 * app's code starts to run: main.tsx imports this module before any other of its own, so the worker starts before
 * the app's modules are evaluated, not after them. Measured on Home and Progress (issue 13): the worker, which takes
 * 0.3 to 0.4 s to make its formats on a 2-core machine, had often not finished when the page wrote its first date,
 * and the page then paid for the data itself (8 to 53 ms, four times that on a slow phone) inside its first render.
 */
import { loadIntlData } from '../lib/dates'
import { currentLanguage } from '../lib/i18n'

loadIntlData(currentLanguage())

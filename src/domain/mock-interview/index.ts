// Public entry point of the mock interview: settings, posting terms, question selection, follow-up rules,
// the session state machine, the quality gate and the report. Pure: no I/O, the clock passed in.
export * from './follow-ups'
export * from './posting-terms'
export * from './quality-gate'
export { normalizeSeed } from './random'
export * from './report'
export * from './selection'
export * from './session'
export * from './settings'
export * from './wording'

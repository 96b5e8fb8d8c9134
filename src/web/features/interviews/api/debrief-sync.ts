// The debrief's autosave, as the interviews pages use it. It lives in src/web/lib/debrief-sync
// because another feature edits the debrief too (feedback turns passages into lessons), and
// features do not import each other: both go through the same save and version rules.
export * from '../../../lib/debrief-sync'

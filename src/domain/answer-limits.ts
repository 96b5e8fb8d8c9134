// Limits on an interview answer that the API schemas, the web app and the analyzer agree on.
//
// A module of its own, outside src/domain/analysis, and imported by nothing in there at run time: the
// web build puts every module under src/domain/analysis, and every module they import, into the
// `analyzer` chunk (vite.config.ts). A page that only needs the limit (the rehearsal schemas on the
// first page) must not load the analyzer with it. The analyzer repeats the value, and the compiler
// checks that both agree (analysis/analyze.ts).

/** Longest answer accepted by the API and analysed, in UTF-16 code units. */
export const MAX_ANSWER_LENGTH = 20_000

// Runs before the app's modules (a deferred script, in document order): zod must not probe for `new Function`,
// which the Content-Security-Policy forbids and Chromium reports as a violation on every page. Set before any schema
// is built, so zod never tries.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })

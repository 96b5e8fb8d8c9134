// Runs before the app's modules (a deferred script, in document order), so that it is set before any schema is built.
// - jitless: zod must not probe for `new Function`, which the Content-Security-Policy forbids and Chromium reports as a
//   violation on every page.
// - memoizer: zod's cycle support, which walks a schema's whole tree on its first parse (and on every parse, where the
//   walk cannot settle, as for a shape made by `extend` or `pick`) to learn whether one parse can meet the same object
//   twice. The app parses JSON, which cannot hold a cycle: a memoizer that keeps nothing leaves parsing as it was before
//   zod 4.6. The walks took 20 to 40 ms of a debrief step's or Progress's first load on a 2-core machine (issue 13).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
  memoizer: {
    attach() {},
    guard() {},
    alloc(_schema, _payload, empty) {
      return empty
    },
  },
})

// A shared schema is built when it is first used, not when its module is evaluated, in the browser.
//
// A page imports whole schema files but parses a few answers with them at first: a debrief step loaded six files and
// built every schema in them as they were evaluated. In the browser each schema is a stand-in that builds the real one
// on first use and then hands every access to it, so a page builds the schemas it uses. With zod's cycle walk turned
// off (src/web/public/zod-config.js), zod's main-thread time on a debrief step's first load fell from 130 to 50 ms on a
// 2-core machine, Progress's from 101 to 42 (issue 13). The server uses its routes' schemas as it starts and parses a
// request's body on every request: there the schemas are built at once, as before, and reached directly.

/** The stand-ins deferredSchema has made. */
const standIns = new WeakSet<object>()

/** Whether `value` is a stand-in made by deferredSchema (built yet or not), without building it. */
export function isDeferredSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && standIns.has(value)
}

/** The stand-in for a schema built on first use: every access goes to the schema, built then. */
export function deferredSchema<T extends object>(build: () => T): T {
  let schema: T | undefined
  const built = (): T => {
    schema ??= build()
    return schema
  }
  // The target stays empty: a property the schema does not allow to be reconfigured (zod's `_zod`) is reported as
  // configurable, as a proxy must for a property its target does not have.
  const standIn = new Proxy({} as T, {
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key)
      return descriptor && { ...descriptor, configurable: true }
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(built(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(built(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  })
  standIns.add(standIn)
  return standIn
}

/** In a browser, built on first use (deferredSchema); elsewhere (the server, the tests), built now. */
const DEFER = 'document' in globalThis

/** A module's schema: `export const fooSchema = lazySchema(() => z.object({ … }))`. */
export function lazySchema<T extends object>(build: () => T): T {
  return DEFER ? deferredSchema(build) : build()
}

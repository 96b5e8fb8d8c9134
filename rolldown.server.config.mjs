// The server for production: src/server/server.ts, what it imports from src/ and the packages it uses, in
// dist/server/server.mjs and its chunks (those it imports at start, and those it loads on first use), run by plain
// `node` (npm start).
// Packages are bundled too: resolving and reading hundreds of package files one by one was most of the
// start-up time (issue 13). What cannot be bundled stays in node_modules, imported at run time.
import { defineConfig } from 'rolldown'

/** Native addons, and packages that read files beside their own code or are loaded only on demand. */
const KEPT_IN_NODE_MODULES = [
  'better-sqlite3', // native addon
  '@node-rs/argon2', // native addon
  'pg', // loaded only on PostgreSQL (src/server/db/connection.ts), with its optional native binding
  '@fastify/swagger', // reads its package.json; loaded at the first /api/docs or /api/openapi.json
  '@fastify/swagger-ui', // serves the files of its own folder
]

const isKept = (id) => KEPT_IN_NODE_MODULES.some((name) => id === name || id.startsWith(`${name}/`))

export default defineConfig({
  input: 'src/server/server.ts',
  platform: 'node',
  external: (id) => id.startsWith('node:') || isKept(id),
  treeshake: {
    // src/domain is pure (no side effects at import, by convention): what the server does not use of a
    // module, such as the analyzer's compiled lexicons reached through a shared schema's constant, is left
    // out of the start-up code and loaded with the first analysis.
    moduleSideEffects: (id) => (/[\\/]src[\\/]domain[\\/]/.test(id) ? false : undefined),
  },
  output: {
    dir: 'dist/server',
    entryFileNames: 'server.mjs',
    // Beside server.mjs, not in a folder below: a module finds files from its own place (src/server/app.ts's web root
    // is two folders up, as much from dist/server/ as from src/server/), whichever chunk it ends up in.
    chunkFileNames: '[name]-[hash].mjs',
    format: 'esm',
    sourcemap: true,
    cleanDir: true,
    // The code run at start in several modules of about half a megabyte instead of one: V8 parses a module whole,
    // and parsing the 2.3 MB bundle at once took 17.5 MiB of scratch memory that the C allocator then kept, freed but
    // fragmented, for the life of the process; in modules the peak is about 4 MiB, and idle memory about 12 MiB lower
    // (issue 13). Strict order keeps each module's code running when it did in the single bundle, which splitting
    // alone breaks (a chunk read a constant of another before it was set).
    strictExecutionOrder: true,
    codeSplitting: { groups: [{ name: 'startup', tags: ['$initial'], maxSize: 1024 * 1024 }] },
    // V8 keeps each module's source in memory, two bytes a character as soon as one is not Latin-1 (a
    // typographic apostrophe in a comment is enough): comments are left out (the source map keeps them) and
    // other non-ASCII characters escaped, so the source takes one byte a character, half the memory.
    charset: 'ascii',
    comments: false,
    // Whitespace out and dead code folded: about 4 MiB less resident memory at idle (issue 13). Names are kept
    // (no mangling), so a logged stack trace still says which function failed without loading the source map.
    minify: { mangle: false, compress: true, codegen: { removeWhitespace: true } },
  },
})

// `npm start`: builds the web app and the server when a build is missing or older than its
// sources, then runs the built server (plain JavaScript, no TypeScript at run time) in this same
// process, so signals reach it. `npm run dev` runs the sources through tsx instead.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BUILT_SERVER, serverBuildState, webBuildState } from './build-freshness.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Runs a build tool from node_modules; stops here if it fails. */
function build(what, state, tool, args) {
  if (state === 'fresh') return
  process.stderr.write(state === 'missing' ? `Building ${what}…\n` : `${what} sources changed: rebuilding…\n`)
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', tool), ...args], {
    cwd: root,
    // A production build even when started from the test runner (whose NODE_ENV=test would make Vite
    // bundle React's development build, twice as slow and double-running effects under StrictMode).
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    process.stderr.write(`The ${what} build failed; see above.\n`)
    process.exit(result.status ?? 1)
  }
}

const web = webBuildState(root)
build('the web app', web, 'vite/bin/vite.js', ['build', '--logLevel', 'warn'])
// As `npm run build` does after Vite: the first pages' preloads the server names (page-preloads.json), and the budgets.
if (web !== 'fresh') {
  const checked = spawnSync(process.execPath, [path.join(root, 'scripts/check-budgets.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (checked.status !== 0) process.exit(checked.status ?? 1)
}
build('the server', serverBuildState(root), 'rolldown/bin/cli.mjs', [
  '-c',
  'rolldown.server.config.mjs',
  '--logLevel',
  'warn',
])

await import(pathToFileURL(path.join(root, BUILT_SERVER)).href)

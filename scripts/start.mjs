// `npm start`: builds the web app when the build is missing or older than its sources,
// then runs the server (TypeScript through tsx) in this same process, so signals reach it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { webBuildState } from './build-freshness.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const buildState = webBuildState(root)
if (buildState !== 'fresh') {
  process.stderr.write(
    buildState === 'missing' ? 'Building the web app…\n' : 'Web sources changed: rebuilding…\n',
  )
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (build.status !== 0) {
    process.stderr.write('The web build failed; see above.\n')
    process.exit(build.status ?? 1)
  }
}

const { register } = await import('tsx/esm/api')
register()
await import(path.join(root, 'src/server/server.ts'))

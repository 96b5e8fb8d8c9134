// `npm start`: builds the web app when the build is missing or older than its sources,
// then runs the server (TypeScript through tsx) in this same process, so signals reach it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = path.join(root, 'dist/web/index.html')
const sources = ['src/web', 'src/shared', 'src/domain', 'vite.config.ts', 'package-lock.json']

function newestMtime(target) {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0
const sourcesAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))))
if (builtAt < sourcesAt) {
  process.stderr.write(builtAt === 0 ? 'Building the web app…\n' : 'Web sources changed: rebuilding…\n')
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

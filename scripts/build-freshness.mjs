// Whether `npm start` must build the web app first. Plain JavaScript: start.mjs runs it before tsx is loaded.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the web build is made from, relative to the repository root. */
export const WEB_SOURCES = ['src/web', 'src/shared', 'src/domain', 'vite.config.ts', 'package-lock.json']
/** The file the build writes, whose time says when it was built. */
export const BUILT_INDEX = 'dist/web/index.html'

/** The newest modification time under `target`, folders included (removing a file touches its folder). */
function newestMtime(target) {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

/**
 * 'missing' when there is no build, 'stale' when a source changed after it, 'fresh' otherwise.
 * @param {string} root the repository root
 * @returns {'missing' | 'stale' | 'fresh'}
 */
export function webBuildState(root) {
  const builtIndex = path.join(root, BUILT_INDEX)
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0
  const sourcesAt = Math.max(...WEB_SOURCES.map((s) => newestMtime(path.join(root, s))))
  if (builtAt >= sourcesAt) return 'fresh'
  return builtAt === 0 ? 'missing' : 'stale'
}

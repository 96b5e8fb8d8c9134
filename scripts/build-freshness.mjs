// Whether `npm start` must build first. Plain JavaScript: start.mjs runs it before anything is built.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the web build is made from, relative to the repository root. */
export const WEB_SOURCES = ['src/web', 'src/shared', 'src/domain', 'vite.config.ts', 'package-lock.json']
/** The file the web build writes, whose time says when it was built. */
export const BUILT_INDEX = 'dist/web/index.html'

/** What the server build is made from. */
export const SERVER_SOURCES = [
  'src/server',
  'src/shared',
  'src/domain',
  'rolldown.server.config.mjs',
  'package-lock.json',
]
/** The server build: one ES module run by plain node. */
export const BUILT_SERVER = 'dist/server/server.mjs'

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
 * 'missing' when `built` does not exist, 'stale' when a source changed after it, 'fresh' otherwise.
 * @param {string} root the repository root
 * @param {string[]} sources what the build is made from, relative to root
 * @param {string} built the file the build writes, relative to root
 * @returns {'missing' | 'stale' | 'fresh'}
 */
export function buildState(root, sources, built) {
  const builtFile = path.join(root, built)
  const builtAt = existsSync(builtFile) ? statSync(builtFile).mtimeMs : 0
  const sourcesAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))))
  if (builtAt >= sourcesAt) return 'fresh'
  return builtAt === 0 ? 'missing' : 'stale'
}

/** @param {string} root */
export const webBuildState = (root) => buildState(root, WEB_SOURCES, BUILT_INDEX)
/** @param {string} root */
export const serverBuildState = (root) => buildState(root, SERVER_SOURCES, BUILT_SERVER)

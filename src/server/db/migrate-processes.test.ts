import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from './migrations'

const root = path.resolve(import.meta.dirname, '../../..')

/**
 * A child process that opens the SQLite file in `dataDir` and migrates it at the moment `at`
 * (a time in milliseconds), so that several start together: its exit code and output.
 */
function migrateIn(dataDir: string, at: number): Promise<{ code: number | null; output: string }> {
  const script = `
    import { openDatabase } from ${JSON.stringify(path.join(root, 'src/server/db/connection.ts'))}
    import { migrateToLatest } from ${JSON.stringify(path.join(root, 'src/server/db/migrate.ts'))}
    const handle = openDatabase({ kind: 'sqlite', filename: ${JSON.stringify(path.join(dataDir, 'rebond.db'))} })
    await new Promise((resolve) => setTimeout(resolve, ${at} - Date.now()))
    const result = await migrateToLatest(handle.db)
    process.stdout.write(String(result.results.filter((r) => r.status === 'Success').length))
    await handle.close()
  `
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })))
}

describe('migrations on one fresh SQLite file from several processes at once', () => {
  it('one process applies them all, the others wait and find nothing left to do', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rebond-migrate-'))
    const at = Date.now() + 4000
    const runs = await Promise.all([1, 2, 3].map(() => migrateIn(dataDir, at)))
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0])
    const applied = runs.map((r) => Number(r.output.trim())).sort((a, b) => a - b)
    expect(applied).toEqual([0, 0, Object.keys(migrations).length])
  }, 60_000)
})

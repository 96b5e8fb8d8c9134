import { loadConfig } from '../config'
import { connectionOptionsFor, type DatabaseHandle, openDatabase } from './connection'

/**
 * For the command-line scripts (`db:migrate`, `db:seed`): opens the database the environment
 * names, runs `work` on it and closes it. Any failure, a wrong setting included, is one line on
 * stderr and exit code 1.
 */
export async function runOnConfiguredDatabase(
  work: (handle: DatabaseHandle) => Promise<void>,
): Promise<void> {
  try {
    const handle = openDatabase(connectionOptionsFor(loadConfig()))
    try {
      await work(handle)
    } finally {
      await handle.close()
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}

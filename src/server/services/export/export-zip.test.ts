import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ExportFile } from '../../../shared/schemas/export'
import type { FeedbackFile } from '../../../shared/schemas/export-feedback'
import { type AccountExport, exportZip } from './export-account'
import { readZip } from './read-zip'

/** An export whose rebond.json weighs a few megabytes: long notes in many rows (the shape matters little here). */
function largeExport(): AccountExport {
  const note = 'Question sur le salaire mal gérée, je reprends la fourchette. '.repeat(40)
  const file = {
    format: 'rebond-export',
    version: 1,
    exportedAt: '2026-03-02T09:00:00.000Z',
    account: {
      email: 'camille@example.org',
      display_name: 'Camille',
      language: 'fr',
      time_zone: 'Europe/Paris',
      created_at: '2026-01-02T09:00:00.000Z',
    },
    data: { moods: Array.from({ length: 600 }, (_, i) => ({ id: `m${i}`, note: `${i} ${note}` })) },
  } as unknown as ExportFile
  const feedback: FeedbackFile = {
    format: 'rebond-feedback',
    version: 1,
    exportedAt: file.exportedAt,
    comments: [],
    ratings: [],
    assignments: [],
  }
  return {
    file,
    feedback,
    recordings: new Map([['recordings/attempts/a1.webm', new Uint8Array(600_000).fill(7)]]),
    debriefs: new Map([['debriefs/2026-03-01-decathlon-abcd1234.md', `# Decathlon\n\n${note}`]]),
  }
}

/** `work()`'s result, and how many times other work got a turn of the event loop while it ran. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0
  let done = false
  const otherWork = () => {
    turns += 1
    if (!done) setImmediate(otherWork)
  }
  setImmediate(otherWork)
  const result = await work()
  done = true
  return { result, turns }
}

describe('the export zip', () => {
  it('holds every file whole, and lets other work run while it compresses', async () => {
    const exported = largeExport()
    const { result: zip, turns } = await turnsDuring(() => exportZip(exported))
    // rebond.json alone is several slices: the event loop turned between them.
    expect(JSON.stringify(exported.file).length).toBeGreaterThan(4 * 256 * 1024)
    expect(turns).toBeGreaterThan(4)

    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual([
      'debriefs/2026-03-01-decathlon-abcd1234.md',
      'feedback.json',
      'rebond.json',
      'recordings/attempts/a1.webm',
    ])
    expect(JSON.parse(strFromU8(files['rebond.json'] ?? new Uint8Array()))).toEqual(exported.file)
    expect(JSON.parse(strFromU8(files['feedback.json'] ?? new Uint8Array()))).toEqual(exported.feedback)
    const recording = exported.recordings.get('recordings/attempts/a1.webm') ?? new Uint8Array()
    expect(Buffer.compare(files['recordings/attempts/a1.webm'] ?? new Uint8Array(), recording)).toBe(0)
    expect(strFromU8(files['debriefs/2026-03-01-decathlon-abcd1234.md'] ?? new Uint8Array())).toContain(
      '# Decathlon',
    )
    // Compressed, not stored: the JSON shrinks a lot.
    expect(zip.length).toBeLessThan(JSON.stringify(exported.file).length / 4 + 600_000 + 10_000)
  })

  it('writes an empty file as an empty entry', async () => {
    const exported = largeExport()
    exported.debriefs = new Map([['debriefs/empty.md', '']])
    exported.recordings = new Map()
    const files = unzipSync(await exportZip(exported))
    expect(files['debriefs/empty.md']).toEqual(new Uint8Array(0))
  })

  it('is read back a slice at a time too: other work runs while a large zip inflates', async () => {
    const zip = await exportZip(largeExport())
    const { result: files, turns } = await turnsDuring(() =>
      readZip(zip, { entries: 10, inflatedBytes: 50_000_000, entryBytes: () => 10_000_000 }),
    )
    expect(zip.length).toBeGreaterThan(2 * 64 * 4096)
    expect(turns).toBeGreaterThan(1)
    expect([...files.keys()].sort()).toEqual([
      'debriefs/2026-03-01-decathlon-abcd1234.md',
      'feedback.json',
      'rebond.json',
      'recordings/attempts/a1.webm',
    ])
  })
})

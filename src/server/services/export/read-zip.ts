import { Unzip, UnzipInflate, unzipSync } from 'fflate'

export type ZipProblem = 'unreadable' | 'too_large' | 'unsafe_name'

/** Why a zip is refused; `name` is the entry at fault, when there is one. */
export class ZipError extends Error {
  override name = 'ZipError'
  constructor(
    readonly problem: ZipProblem,
    readonly entry?: string,
  ) {
    super(problem)
  }
}

/** How much of the zip is handed to the inflater at a time. */
const PIECE = 4096
/** Pieces inflated before other requests get their turn (about 256 KB of the zip). */
const PIECES_PER_TURN = 64

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export type ZipLimits = { entries: number; inflatedBytes: number; entryBytes: (name: string) => number }

/**
 * A name that stays inside the archive: relative, forward slashes only, no `.` or `..` segment, no
 * drive letter or control character. Nothing is ever written to disk, but such a name is a sign of a
 * hostile file, and it is refused whole.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 300) return false
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\\:\u0000-\u001f\u007f]/.test(name) || name.startsWith('/')) return false
  return name
    .replace(/\/$/, '')
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

/**
 * Reads a zip held in memory, refusing it whole when it is damaged or hostile. The central directory
 * is read first (a truncated file has none): names, how many entries, and the sizes they declare,
 * against the limits. Then every entry is inflated counting its bytes as they come, and stopped as
 * soon as it passes what it declared (a zip bomb lies there), so memory and time stay within the limits.
 * Other requests are served between slices of the inflating.
 */
export async function readZip(bytes: Uint8Array, limits: ZipLimits): Promise<Map<string, Uint8Array>> {
  const declared = new Map<string, number>()
  let totalDeclared = 0
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (!isSafeEntryName(entry.name)) throw new ZipError('unsafe_name', entry.name)
        if (declared.has(entry.name)) throw new ZipError('unreadable', entry.name)
        if (declared.size >= limits.entries) throw new ZipError('too_large')
        if (entry.originalSize > limits.entryBytes(entry.name)) throw new ZipError('too_large', entry.name)
        totalDeclared += entry.originalSize
        if (totalDeclared > limits.inflatedBytes) throw new ZipError('too_large', entry.name)
        declared.set(entry.name, entry.originalSize)
        return false
      },
    })
  } catch (error) {
    throw error instanceof ZipError ? error : new ZipError('unreadable')
  }

  const files = new Map<string, Uint8Array>()
  let failure: ZipError | undefined
  const unzip = new Unzip((file) => {
    const cap = declared.get(file.name)
    if (cap === undefined) {
      // A local entry the directory does not list: the file was stitched together.
      failure ??= new ZipError(isSafeEntryName(file.name) ? 'unreadable' : 'unsafe_name', file.name)
      return
    }
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (error, chunk, final) => {
      if (failure) return
      if (error) {
        failure = new ZipError('unreadable', file.name)
        return
      }
      size += chunk.length
      if (size > cap) {
        failure = new ZipError('too_large', file.name)
        file.terminate()
        return
      }
      chunks.push(chunk)
      if (final) files.set(file.name, concat(chunks, size))
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    // In small pieces: each piece inflates to at most about a thousand times its size, and a piece past
    // an entry's declared size stops the reading.
    for (let at = 0, piece = 1; at < bytes.length && !failure; at += PIECE, piece++) {
      unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length)
      if (piece % PIECES_PER_TURN === 0) await nextTurn()
    }
  } catch {
    failure ??= new ZipError('unreadable')
  }
  if (failure) throw failure
  // Every entry the directory lists must have come out whole, at the size it declared.
  for (const [name, size] of declared) {
    if (name.endsWith('/')) continue
    if (files.get(name)?.length !== size) throw new ZipError('unreadable', name)
  }
  return files
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

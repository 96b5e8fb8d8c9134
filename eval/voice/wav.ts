/**
 * A reader for the PCM WAV files espeak-ng and sox write: 16-bit (or 8/24/32-bit integer, or 32-bit
 * float) little-endian, channels averaged to one. Enough for ground truth; not a general decoder.
 */
export type Audio = { samples: Float32Array; sampleRate: number }

export function decodeWav(bytes: Uint8Array): Audio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4))
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file')
  let format = 0
  let channels = 0
  let sampleRate = 0
  let bits = 0
  let offset = 12
  while (offset + 8 <= bytes.length) {
    const id = tag(offset)
    // espeak-ng writing to a file leaves the data size at 0x7fffffff: clamp to what is there.
    const size = Math.min(view.getUint32(offset + 4, true), bytes.length - offset - 8)
    const body = offset + 8
    if (id === 'fmt ') {
      format = view.getUint16(body, true)
      channels = view.getUint16(body + 2, true)
      sampleRate = view.getUint32(body + 4, true)
      bits = view.getUint16(body + 14, true)
      if (format === 0xfffe) format = view.getUint16(body + 24, true)
    } else if (id === 'data') {
      if (channels === 0) throw new Error('WAV data before its format')
      const width = bits / 8
      const frames = Math.floor(size / (width * channels))
      const samples = new Float32Array(frames)
      for (let i = 0; i < frames; i++) {
        let sum = 0
        for (let c = 0; c < channels; c++)
          sum += sampleAt(view, body + (i * channels + c) * width, format, bits)
        samples[i] = sum / channels
      }
      return { samples, sampleRate }
    }
    offset = body + size + (size % 2)
  }
  throw new Error('WAV without data')
}

function sampleAt(view: DataView, at: number, format: number, bits: number): number {
  if (format === 3 && bits === 32) return view.getFloat32(at, true)
  if (format !== 1) throw new Error(`unsupported WAV format ${format}`)
  if (bits === 16) return view.getInt16(at, true) / 32768
  if (bits === 8) return (view.getUint8(at) - 128) / 128
  if (bits === 24) {
    const value = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)
    return value / 8388608
  }
  if (bits === 32) return view.getInt32(at, true) / 2147483648
  throw new Error(`unsupported WAV depth ${bits}`)
}

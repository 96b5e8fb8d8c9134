/**
 * Speech with known answers, made with espeak-ng and sox (installed by .ci/run): sentences at a chosen
 * rate, each trimmed of espeak's own leading and trailing silence so that the silences put between them
 * are exactly where the ground truth says, and a sustained flat vowel standing for "euh" or "um".
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { type Audio, decodeWav } from './wav'

const RATE = '16000'
const PCM = ['-r', RATE, '-c', '1', '-b', '16']

export type Piece =
  | { say: string; voice: 'fr' | 'en'; wpm: number; range?: 'x-low' | 'x-high' }
  | { silence: number }
  | { flatVowel: number }

export type MadeAudio = Audio & {
  /** Where each piece starts and ends, in milliseconds. */
  spans: { piece: Piece; startMs: number; endMs: number }[]
  /** The WAV file itself (16 kHz, 16-bit mono), in the directory given, for a browser to decode. */
  file: string
}

let counter = 0

function durationMs(file: string): number {
  return Math.round(Number(execFileSync('soxi', ['-D', file]).toString().trim()) * 1000)
}

function render(dir: string, piece: Piece): string {
  const file = path.join(dir, `piece-${process.pid}-${counter++}.wav`)
  if ('silence' in piece) {
    execFileSync('sox', ['-n', ...PCM, file, 'trim', '0', String(piece.silence)])
  } else if ('flatVowel' in piece) {
    // A held vowel at one pitch: a 110 Hz sawtooth (a voice's harmonics) filtered to a dull "euh".
    execFileSync('sox', [
      '-n',
      ...PCM,
      file,
      'synth',
      String(piece.flatVowel),
      'sawtooth',
      '110',
      'lowpass',
      '1000',
      'vol',
      '0.4',
      'fade',
      'q',
      '0.04',
      String(piece.flatVowel),
      '0.04',
    ])
  } else {
    const raw = `${file}.raw.wav`
    const text = piece.range
      ? `<speak><prosody range="${piece.range}">${piece.say}</prosody></speak>`
      : piece.say
    execFileSync('espeak-ng', [
      '-v',
      piece.voice,
      '-s',
      String(piece.wpm),
      ...(piece.range ? ['-m'] : []),
      '-w',
      raw,
      text,
    ])
    // Cut the silence espeak-ng leaves before and after the words.
    execFileSync('sox', [
      raw,
      ...PCM,
      file,
      'silence',
      '1',
      '0.01',
      '0.5%',
      'reverse',
      'silence',
      '1',
      '0.01',
      '0.5%',
      'reverse',
    ])
  }
  return file
}

/** The pieces said one after the other, as one 16 kHz recording, with where each one lies. */
export function makeAudio(dir: string, pieces: readonly Piece[]): MadeAudio {
  const files = pieces.map((piece) => render(dir, piece))
  const spans: MadeAudio['spans'] = []
  let at = 0
  files.forEach((file, i) => {
    const ms = durationMs(file)
    spans.push({ piece: pieces[i] as Piece, startMs: at, endMs: at + ms })
    at += ms
  })
  const out = path.join(dir, `made-${process.pid}-${counter++}.wav`)
  execFileSync('sox', [...files, ...PCM, out])
  return { ...decodeWav(readFileSync(out)), spans, file: out }
}

/** Words in a sentence, as a person counts them (l’équipe is one word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
}

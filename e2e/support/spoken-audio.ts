import { execFileSync } from 'node:child_process'
import path from 'node:path'

function requireTool(name: string) {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' })
  } catch {
    throw new Error(`${name} is needed to make the fake microphone's audio: apt-get install espeak-ng sox`)
  }
}

/**
 * A WAV the fake microphone plays in a loop: each sentence said by espeak-ng, each followed by
 * `pauseSeconds` of silence. Chromium starts the file at the beginning of the capture, and a
 * recording of `sentences[0] + pause + a little of sentences[1]` holds exactly one long pause.
 */
export function speechWithPauses(
  dir: string,
  voice: 'fr' | 'en',
  sentences: readonly string[],
  pauseSeconds = 3,
): string {
  requireTool('espeak-ng')
  requireTool('sox')
  const parts: string[] = []
  const silence = path.join(dir, 'silence.wav')
  execFileSync('sox', [
    '-n',
    '-r',
    '22050',
    '-c',
    '1',
    '-b',
    '16',
    silence,
    'trim',
    '0',
    String(pauseSeconds),
  ])
  sentences.forEach((sentence, i) => {
    const file = path.join(dir, `sentence-${i}.wav`)
    execFileSync('espeak-ng', ['-v', voice, '-s', '140', '-w', file, sentence])
    parts.push(file, silence)
  })
  // One PCM file at 48 kHz, the rate Chromium's audio capture runs at.
  const out = path.join(dir, 'answer.wav')
  execFileSync('sox', [...parts, '-r', '48000', '-c', '1', '-b', '16', out])
  return out
}

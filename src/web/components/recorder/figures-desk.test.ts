import { describe, expect, it } from 'vitest'
import { type FiguresReply, figuresDesk } from './figures-desk'

const RATE = 16_000

/** Half a second of a 150 Hz tone between two silences of a quarter of a second. */
function take(): Float32Array {
  const samples = new Float32Array(RATE)
  for (let i = RATE / 4; i < (RATE * 3) / 4; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 150 * i) / RATE)
  return samples
}

function desk() {
  const replies: FiguresReply[] = []
  const answer = figuresDesk((message) => replies.push(message))
  return { replies, answer, last: () => replies.at(-1) }
}

describe('the figures worker’s desk', () => {
  it('answers the frames at once, then the figures of that take once, with the spans or from loudness', () => {
    const { answer, last } = desk()
    answer({ id: 1, kind: 'frames', samples: take(), sampleRate: RATE })
    expect(last()).toEqual({ id: 1, kind: 'frames-ready' })
    answer({ id: 2, kind: 'figures', take: 1, speech: [{ startMs: 250, endMs: 750 }] })
    const figures = last()
    expect(figures?.kind).toBe('figures')
    if (figures?.kind !== 'figures') return
    expect(figures.id).toBe(2)
    expect(figures.figures.durationMs).toBe(1000)
    // The take was used: asked again, it is unknown.
    answer({ id: 3, kind: 'figures', take: 1, speech: null })
    expect(last()).toEqual({ id: 3, kind: 'unknown-take' })
    answer({ id: 4, kind: 'frames', samples: take(), sampleRate: RATE })
    answer({ id: 5, kind: 'figures', take: 4, speech: null })
    expect(last()?.kind).toBe('figures')
  })

  it('keeps the two latest takes waiting for their spans, and forgets the oldest', () => {
    const { answer, last } = desk()
    for (const id of [1, 2, 3]) answer({ id, kind: 'frames', samples: take(), sampleRate: RATE })
    answer({ id: 10, kind: 'figures', take: 1, speech: null })
    expect(last()).toEqual({ id: 10, kind: 'unknown-take' })
    answer({ id: 11, kind: 'figures', take: 2, speech: null })
    expect(last()?.kind).toBe('figures')
    answer({ id: 12, kind: 'figures', take: 3, speech: null })
    expect(last()?.kind).toBe('figures')
  })
})

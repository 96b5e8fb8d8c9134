import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextAreaField } from '../../../components/ui/fields'
import type { MockInterview, MockTurn } from '../api/get-mock-interview'
import { useQuestionVoice } from './use-question-voice'
import { useTurnClock } from './use-turn-clock'

type InterviewTurnProps = {
  session: MockInterview
  turn: MockTurn
  pending: boolean
  error: string | null
  onAnswer: (text: string, interrupted: 'over-time' | 'silence' | null) => void
  onEnd: () => void
}

/** One question (or follow-up): shown, spoken where possible, with the clock at levels 3 and 4. */
export function InterviewTurn({ session, turn, pending, error, onAnswer, onEnd }: InterviewTurnProps) {
  const { t } = useTranslation('mock')
  const { level, lang } = session.settings
  const [text, setText] = useState('')
  const lastActivity = useRef(Date.now())
  const turnKey = `${turn.questionIndex}-${turn.followUp}`
  const voice = useQuestionVoice(turn.prompt, lang)
  const clock = useTurnClock(turnKey, turn.thinkingSeconds, level >= 3)
  const thinking = clock.thinkingLeft > 0
  const sent = useRef<string | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new turn starts with an empty answer.
  useEffect(() => {
    setText('')
    lastActivity.current = Date.now()
  }, [turnKey])

  // Level 4: the interviewer cuts in when the answer runs far over, or after a long silence.
  useEffect(() => {
    if (level !== 4 || thinking || pending || sent.current === turnKey) return
    const overTime = turn.interruptAfterSeconds !== null && clock.elapsed >= turn.interruptAfterSeconds
    const silent =
      turn.silenceSeconds !== null &&
      (clock.now - Math.max(lastActivity.current, clock.now - clock.elapsed * 1000)) / 1000 >=
        turn.silenceSeconds
    if (overTime || silent) {
      sent.current = turnKey
      onAnswer(text, overTime ? 'over-time' : 'silence')
    }
  }, [level, thinking, pending, turnKey, turn, clock.elapsed, clock.now, text, onAnswer])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    sent.current = turnKey
    onAnswer(text, null)
  }
  const total = session.questions.length
  return (
    <section className="card mock-turn" aria-live="polite">
      <p className="mock-turn__eyebrow">
        {turn.followUp > 0 ? t('followUp') : t('question', { n: turn.questionIndex + 1, total })}
      </p>
      {turn.followUp > 0 ? (
        <p className="mock-turn__context" lang={lang}>
          {session.questions[turn.questionIndex]?.text}
        </p>
      ) : null}
      <h2 className="mock-turn__prompt" lang={lang}>
        {turn.prompt}
      </h2>
      {voice.available ? (
        <Button variant="ghost" onClick={voice.toggleMute}>
          {voice.muted ? t('unmute') : t('mute')}
        </Button>
      ) : (
        <p className="muted">{t('noVoice')}</p>
      )}
      {thinking ? (
        <div className="mock-turn__thinking">
          <p>{t('thinking', { seconds: clock.thinkingLeft })}</p>
          <Button variant="secondary" onClick={clock.skipThinking}>
            {t('readyNow')}
          </Button>
        </div>
      ) : (
        <form className="form" onSubmit={submit}>
          {level >= 3 ? (
            <p className="mock-turn__clock">
              {t('elapsed', { elapsed: clock.elapsed, limit: turn.limitSeconds })}
            </p>
          ) : null}
          {level >= 2 ? <Notice>{t('answerHintSpoken')}</Notice> : null}
          <TextAreaField
            id="mock-answer"
            label={t('answer')}
            hint={level === 1 ? t('answerHintWritten') : undefined}
            value={text}
            rows={6}
            maxLength={20_000}
            onChange={(event) => {
              lastActivity.current = Date.now()
              setText(event.target.value)
            }}
          />
          {error ? <FormAlert>{error}</FormAlert> : null}
          <Button type="submit" disabled={pending}>
            {pending ? t('sending') : t('send')}
          </Button>
        </form>
      )}
      <Button variant="ghost" onClick={onEnd} disabled={pending}>
        {t('end')}
      </Button>
    </section>
  )
}

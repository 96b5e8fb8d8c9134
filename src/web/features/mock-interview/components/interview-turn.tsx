import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeliveryView } from '../../../../shared/schemas/delivery'
import type { Take } from '../../../components/recorder/recorder-session'
import { deliveryView, useDelivery } from '../../../components/recorder/use-delivery'
import { FormAlert, Notice } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextAreaField } from '../../../components/ui/fields'
import type { MockInterview, MockTurn } from '../api/get-mock-interview'
import { SpokenAnswer, type WrittenReason } from './spoken-answer'
import { useCutIn } from './use-cut-in'
import { useQuestionVoice } from './use-question-voice'
import { useTurnClock } from './use-turn-clock'

export type Interruption = 'over-time' | 'silence'
export type GivenAnswer = {
  text: string
  interrupted: Interruption | null
  take: Take | null
  /** Measured on the device from the take; null when written, still being measured, or not measurable. */
  delivery: DeliveryView | null
}

type InterviewTurnProps = {
  session: MockInterview
  turn: MockTurn
  pending: boolean
  error: string | null
  /** Levels 2–4 are answered out loud, unless the person chose writing for this session. */
  spoken: boolean
  onWriteInstead: (reason: WrittenReason) => void
  onAnswer: (answer: GivenAnswer) => void
  onEnd: () => void
}

/** One question (or follow-up): shown, spoken where possible, with the clock at levels 3 and 4. */
export function InterviewTurn(props: InterviewTurnProps) {
  const { session, turn, pending, error, spoken, onWriteInstead, onAnswer, onEnd } = props
  const { t } = useTranslation('mock')
  const { level, lang } = session.settings
  const [text, setText] = useState('')
  const [take, setTake] = useState<Take | null>(null)
  const [recording, setRecording] = useState(false)
  const delivery = useDelivery(spoken ? take : null, spoken && recording)
  const turnKey = `${turn.questionIndex}-${turn.followUp}`
  const voice = useQuestionVoice(turn.prompt, lang)
  const clock = useTurnClock(turnKey, turn.thinkingSeconds, level >= 3)
  const thinking = clock.thinkingLeft > 0
  const sent = useRef<string | null>(null)
  const cutIn = useCutIn({
    level,
    turn,
    turnKey,
    clock,
    // Spoken: the interviewer listens while the recording runs, not while the words are typed in after.
    listening: !thinking && !pending && sent.current !== turnKey && (!spoken || recording),
    onCutIn: (reason) => {
      if (spoken) return
      sent.current = turnKey
      onAnswer({ text, interrupted: reason, take: null, delivery: null })
    },
  })

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new turn starts with an empty answer.
  useEffect(() => {
    setText('')
    setTake(null)
  }, [turnKey])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (recording) return
    sent.current = turnKey
    onAnswer({
      text,
      interrupted: cutIn.reason,
      take: spoken ? take : null,
      delivery: spoken ? deliveryView(delivery.state) : null,
    })
  }
  const total = session.questions.length
  return (
    <section className="card mock-turn">
      <div className="mock-turn__ask" aria-live="polite">
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
      </div>
      {voice.available ? (
        <Button variant="ghost" onClick={voice.toggleMute}>
          {voice.muted ? t('unmute') : t('mute')}
        </Button>
      ) : (
        <Notice tone="info">{t('noVoice')}</Notice>
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
          {spoken ? (
            <SpokenAnswer
              key={turnKey}
              lang={lang}
              text={text}
              onTextChange={setText}
              take={take}
              onTake={setTake}
              onRecordingChange={(on) => {
                setRecording(on)
                if (on) cutIn.heard()
              }}
              onSound={cutIn.sound}
              stopRequested={cutIn.reason !== null}
              onWriteInstead={onWriteInstead}
              delivery={delivery}
            />
          ) : null}
          {cutIn.reason && spoken ? <Notice tone="warning">{t('cutInSpoken')}</Notice> : null}
          <TextAreaField
            id="mock-answer"
            label={t('answer')}
            hint={spoken ? t('answerHintTranscript') : t('answerHintWritten')}
            value={text}
            rows={6}
            maxLength={20_000}
            onChange={(event) => {
              cutIn.heard()
              setText(event.target.value)
            }}
          />
          {recording ? <p className="muted">{t('stopFirst')}</p> : null}
          {error ? <FormAlert>{error}</FormAlert> : null}
          <Button type="submit" disabled={pending || recording}>
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

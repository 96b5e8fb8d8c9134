import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../domain/debrief'
import { fillTemplate, findTemplate, formatPoints, type Tone } from '../../../../domain/feedback'
import type { Language } from '../../../../shared/schemas/common'
import { FEEDBACK_LIMITS, type FeedbackResponse } from '../../../../shared/schemas/feedback'
import { useAutosave } from '../../../components/autosave/use-autosave'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { TextField } from '../../../components/ui/fields'
import { useDescribeError } from '../../../lib/error-text'
import { useLanguage } from '../../../lib/use-language'
import { useSaveFeedback } from '../api/save-feedback'
import { useSaveInterviewer } from '../api/save-interviewer'
import { EMAIL, hasPlaceholder, mailtoHref } from './mailto'
import { useCopy } from './use-copy'

type Props = {
  interviewId: string
  data: FeedbackResponse
  excluded: ReadonlySet<number>
}

type Message = { subject: string; body: string }

/** The request itself: tone, language, the words that are missing, then copy or open it. */
export function MessageCard({ interviewId, data, excluded }: Props) {
  const { t } = useTranslation('feedback')
  const uiLang = useLanguage()
  const describe = useDescribeError()
  const { request, advice, values } = data
  const save = useSaveFeedback(interviewId)
  const sent = useSaveFeedback(interviewId)
  const saveInterviewer = useSaveInterviewer(interviewId)
  const copier = useCopy()

  const [tone, setTone] = useState<Tone>(request.tone)
  const [lang, setLang] = useState<Language>(request.updatedAt ? request.lang : uiLang)
  const [askInterviewer] = useState(values.interviewer.trim() === '')
  const [askName] = useState(values.name.trim() === '')
  const [interviewer, setInterviewer] = useState(values.interviewer)
  const [name, setName] = useState(values.name)
  const [ownPoints, setOwnPoints] = useState('')
  const [custom, setCustom] = useState<Message | null>(
    request.subject !== '' || request.body !== '' ? { subject: request.subject, body: request.body } : null,
  )
  const [customBase, setCustomBase] = useState(() => ({ tone: request.tone, lang: request.lang }))
  const [recipient, setRecipient] = useState(request.recipient)
  const [recipientError, setRecipientError] = useState<string | undefined>(undefined)
  const [savedRecipient, setSavedRecipient] = useState(request.recipient)
  // What is saved of the message: typing waits for a pause, a choice goes out at once (saveNow).
  const autosave = useAutosave(
    { tone, lang, subject: custom?.subject ?? '', body: custom?.body ?? '', recipient: savedRecipient },
    (body) => save.mutateAsync(body),
    800,
  )

  const chosen = advice.points.filter((_, i) => !excluded.has(i)).map((p) => p[lang])
  const listed =
    chosen.length > 0
      ? chosen
      : ownPoints
          .split('\n')
          .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
          .filter(Boolean)
  const askPoints = advice.style === 'detailed' && chosen.length === 0
  const template = findTemplate(lang, tone, advice.style)
  const filled = fillTemplate(template, {
    company: values.company,
    role: values.role,
    interviewer,
    date: values.date[lang],
    name,
    points: formatPoints(listed),
  })
  const shown: Message | null = custom ?? (filled.complete ? filled : null)
  const missing = filled.complete ? [] : filled.missing
  const placeholderLeft = shown !== null && hasPlaceholder(`${shown.subject}\n${shown.body}`)
  const ready = shown !== null && !placeholderLeft && shown.body.trim() !== ''
  const fullText = shown ? `${shown.subject}\n\n${shown.body}` : ''
  const showInterviewer = askInterviewer || missing.includes('interviewer')
  const showName = askName || missing.includes('name')
  const showPoints = askPoints || missing.includes('points')

  function edit(next: Message) {
    if (custom === null) setCustomBase({ tone, lang })
    setCustom(next)
    copier.reset()
  }

  function chooseTone(next: Tone) {
    setTone(next)
    autosave.saveNow()
  }

  function chooseLang(next: Language) {
    setLang(next)
    autosave.saveNow()
  }

  function backToTemplate() {
    setCustom(null)
    copier.reset()
    autosave.saveNow()
  }

  function saveRecipient() {
    const value = recipient.trim()
    if (value !== '' && !EMAIL.test(value)) {
      setRecipientError(t('message.recipientInvalid'))
      return
    }
    setRecipientError(undefined)
    if (value !== savedRecipient) {
      setSavedRecipient(value)
      autosave.saveNow()
    }
  }

  const statusText = !autosave.edited
    ? null
    : autosave.state === 'pending' || autosave.state === 'saving'
      ? t('message.saving')
      : autosave.state === 'saved'
        ? t('message.saved')
        : t('message.saveError')
  const toneChanged = custom !== null && (customBase.tone !== tone || customBase.lang !== lang)

  return (
    <section className="card fb-message" aria-labelledby="fb-message-title">
      <h2 className="section-title" id="fb-message-title">
        {t('message.title')}
      </h2>
      <div className="fb-choices">
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('message.tone')}</legend>
          <div className="choice-group__options">
            {(['formal', 'warm'] as const).map((value) => (
              <label key={value} className="choice-group__option">
                <input
                  className="choice-group__input"
                  type="radio"
                  name="fb-tone"
                  value={value}
                  checked={tone === value}
                  onChange={() => chooseTone(value)}
                />
                <span>{t(`message.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('message.lang')}</legend>
          <div className="choice-group__options">
            {(['fr', 'en'] as const).map((value) => (
              <label key={value} className="choice-group__option">
                <input
                  className="choice-group__input"
                  type="radio"
                  name="fb-lang"
                  value={value}
                  checked={lang === value}
                  onChange={() => chooseLang(value)}
                />
                <span lang={value}>{value === 'fr' ? 'Français' : 'English'}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      {showInterviewer || showName || showPoints ? (
        <div className="fb-missing">
          {missing.length > 0 ? (
            <>
              <p className="fb-missing__title">{t('message.missingTitle')}</p>
              <p className="muted">{t('message.missingBody')}</p>
            </>
          ) : null}
          {showInterviewer ? (
            <div className="fb-missing__field">
              <TextField
                id="fb-interviewer"
                label={t('message.interviewer')}
                hint={t('message.interviewerHint')}
                value={interviewer}
                maxLength={LIMITS.interviewerName}
                autoComplete="off"
                onChange={(event) => {
                  setInterviewer(event.target.value)
                  saveInterviewer.reset()
                }}
              />
              {askInterviewer && interviewer.trim() !== '' ? (
                <Button
                  variant="secondary"
                  className="fb-small align-start"
                  pending={saveInterviewer.isPending}
                  disabled={saveInterviewer.isSuccess}
                  onClick={() => saveInterviewer.mutate(interviewer)}
                >
                  {t('message.saveInterviewer')}
                </Button>
              ) : null}
              <StatusMessage>
                {saveInterviewer.isSuccess ? t('message.interviewerSaved') : null}
              </StatusMessage>
              {saveInterviewer.isError ? <FormAlert>{t('message.interviewerError')}</FormAlert> : null}
            </div>
          ) : null}
          {showName ? (
            <TextField
              id="fb-name"
              label={t('message.name')}
              value={name}
              maxLength={120}
              autoComplete="name"
              onChange={(event) => setName(event.target.value)}
            />
          ) : null}
          {showPoints ? (
            <div className="field">
              <label className="field__label" htmlFor="fb-own-points">
                {t('message.points')}
              </label>
              <p className="field__hint" id="fb-own-points-hint">
                {t('message.pointsHint')}
              </p>
              <textarea
                id="fb-own-points"
                className="input fb-textarea"
                rows={3}
                value={ownPoints}
                aria-describedby="fb-own-points-hint"
                onChange={(event) => setOwnPoints(event.target.value)}
              />
            </div>
          ) : null}
        </div>
      ) : null}

      {shown ? (
        <div className="fb-editor">
          <TextField
            id="fb-subject"
            label={t('message.subject')}
            value={shown.subject}
            maxLength={FEEDBACK_LIMITS.subject}
            lang={lang}
            onChange={(event) => edit({ subject: event.target.value, body: shown.body })}
          />
          <div className="field">
            <label className="field__label" htmlFor="fb-body">
              {t('message.body')}
            </label>
            <textarea
              id="fb-body"
              className="input fb-textarea fb-textarea--message"
              rows={12}
              lang={lang}
              value={shown.body}
              maxLength={FEEDBACK_LIMITS.body}
              onChange={(event) => edit({ subject: shown.subject, body: event.target.value })}
            />
          </div>
          {placeholderLeft ? <FormAlert>{t('message.placeholderLeft')}</FormAlert> : null}
          <div className="fb-row">
            {custom ? (
              <Button variant="ghost" className="fb-small" onClick={backToTemplate}>
                {t('message.reset')}
              </Button>
            ) : null}
            <p className="fb-save-status muted" role="status">
              {statusText}
            </p>
          </div>
          {custom ? (
            <p className="muted fb-note">
              {toneChanged ? t('message.editedOtherTone') : t('message.edited')}
            </p>
          ) : null}
        </div>
      ) : null}

      <TextField
        id="fb-recipient"
        label={t('message.recipient')}
        hint={t('message.recipientHint')}
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={recipient}
        maxLength={FEEDBACK_LIMITS.recipient}
        error={recipientError}
        onChange={(event) => {
          setRecipient(event.target.value)
          setRecipientError(undefined)
        }}
        onBlur={saveRecipient}
      />

      <div className="fb-send">
        <h3 className="fb-subtitle" id="fb-send-title">
          {t('send.title')}
        </h3>
        {ready ? (
          <>
            <div className="fb-actions">
              <Button onClick={() => void copier.copy(fullText)}>{t('send.copy')}</Button>
              <a
                className={buttonClass('secondary')}
                href={mailtoHref(EMAIL.test(recipient.trim()) ? recipient : '', shown.subject, shown.body)}
              >
                {t('send.mailto')}
              </a>
            </div>
            <StatusMessage>{copier.state === 'copied' ? t('send.copied') : null}</StatusMessage>
            {copier.state === 'fallback' ? (
              <div className="field">
                <p className="alert alert--info">{t('send.copyFallback')}</p>
                <label className="field__label" htmlFor="fb-fallback">
                  {t('send.fallbackLabel')}
                </label>
                <textarea
                  id="fb-fallback"
                  ref={copier.fallbackRef}
                  className="input fb-textarea"
                  rows={8}
                  readOnly
                  value={fullText}
                />
              </div>
            ) : null}
          </>
        ) : (
          <p className="muted">{t('send.notReady')}</p>
        )}
        {request.status === 'to_ask' ? (
          <div className="fb-sent">
            <p className="muted small">{t('send.sentHint')}</p>
            <Button
              variant={ready ? 'primary' : 'secondary'}
              className="align-start"
              pending={sent.isPending}
              onClick={async () => {
                await autosave.flush()
                sent.mutate({ status: 'asked' })
              }}
            >
              {t('send.sent')}
            </Button>
            {sent.isError ? <FormAlert>{describe(sent.error)}</FormAlert> : null}
          </div>
        ) : null}
      </div>
    </section>
  )
}

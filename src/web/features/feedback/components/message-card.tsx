import { useTranslation } from 'react-i18next'
import { FEEDBACK_LIMITS, type FeedbackResponse } from '../../../../shared/schemas/feedback'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { TextField } from '../../../components/ui/fields'
import { MessageEditor } from './message-editor'
import { MissingWords } from './missing-words'
import { SendMessage } from './send-message'
import { useFeedbackMessage } from './use-feedback-message'

type Props = {
  interviewId: string
  data: FeedbackResponse
  excluded: ReadonlySet<number>
}

/** The request itself: tone, language, the words that are missing, then copy or open it. */
export function MessageCard({ interviewId, data, excluded }: Props) {
  const { t } = useTranslation('feedback')
  const message = useFeedbackMessage(interviewId, data, excluded)
  const { shown } = message

  return (
    <section className="card fb-message" aria-labelledby="fb-message-title">
      <h2 className="section-title" id="fb-message-title">
        {t('message.title')}
      </h2>
      <div className="fb-choices">
        <ChoiceGroup
          legend={t('message.tone')}
          name="fb-tone"
          choices={(['formal', 'warm'] as const).map((value) => ({ value, label: t(`message.${value}`) }))}
          value={message.tone}
          onChange={message.chooseTone}
        />
        <ChoiceGroup
          legend={t('message.lang')}
          name="fb-lang"
          choices={(['fr', 'en'] as const).map((value) => ({
            value,
            label: value === 'fr' ? 'Français' : 'English',
            lang: value,
          }))}
          value={message.lang}
          onChange={message.chooseLang}
        />
      </div>

      <MissingWords interviewId={interviewId} missing={message.missing} words={message.words} />

      {shown ? (
        <MessageEditor
          message={shown}
          lang={message.lang}
          edited={message.custom !== null}
          toneChanged={message.toneChanged}
          placeholderLeft={message.placeholderLeft}
          save={message.autosave}
          onEdit={message.edit}
          onBackToTemplate={message.backToTemplate}
        />
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
        value={message.recipient}
        maxLength={FEEDBACK_LIMITS.recipient}
        error={message.recipientError}
        onChange={(event) => message.typeRecipient(event.target.value)}
        onBlur={message.saveRecipient}
      />

      <SendMessage
        interviewId={interviewId}
        ready={message.ready ? shown : null}
        fullText={message.fullText}
        recipient={message.recipient}
        copier={message.copier}
        toAsk={data.request.status === 'to_ask'}
        flush={message.autosave.flush}
      />
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/schemas/common'
import { FEEDBACK_LIMITS } from '../../../../shared/schemas/feedback'
import type { SaveState } from '../../../components/autosave/use-autosave'
import { FormAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextAreaField, TextField } from '../../../components/ui/fields'
import type { Message } from './compose-message'

type MessageEditorProps = {
  message: Message
  lang: Language
  /** The person edited the message: it no longer follows the template. */
  edited: boolean
  /** Edited in another tone or language than the one chosen now. */
  toneChanged: boolean
  placeholderLeft: boolean
  save: { edited: boolean; state: SaveState }
  onEdit: (message: Message) => void
  onBackToTemplate: () => void
}

/** The subject and body, ready to edit by hand, and where saving them stands. */
export function MessageEditor({
  message,
  lang,
  edited,
  toneChanged,
  placeholderLeft,
  save,
  onEdit,
  onBackToTemplate,
}: MessageEditorProps) {
  const { t } = useTranslation('feedback')
  const statusText = !save.edited
    ? null
    : save.state === 'pending' || save.state === 'saving'
      ? t('message.saving')
      : save.state === 'saved'
        ? t('message.saved')
        : t('message.saveError')
  return (
    <div className="fb-editor">
      <TextField
        id="fb-subject"
        label={t('message.subject')}
        value={message.subject}
        maxLength={FEEDBACK_LIMITS.subject}
        lang={lang}
        onChange={(event) => onEdit({ subject: event.target.value, body: message.body })}
      />
      <TextAreaField
        id="fb-body"
        label={t('message.body')}
        className="fb-textarea fb-textarea--message"
        rows={12}
        lang={lang}
        value={message.body}
        maxLength={FEEDBACK_LIMITS.body}
        onChange={(event) => onEdit({ subject: message.subject, body: event.target.value })}
      />
      {placeholderLeft ? <FormAlert>{t('message.placeholderLeft')}</FormAlert> : null}
      <div className="fb-row">
        {edited ? (
          <Button variant="ghost" className="fb-small" onClick={onBackToTemplate}>
            {t('message.reset')}
          </Button>
        ) : null}
        <p className="fb-save-status muted" role="status">
          {statusText}
        </p>
      </div>
      {edited ? (
        <p className="muted fb-note">{toneChanged ? t('message.editedOtherTone') : t('message.edited')}</p>
      ) : null}
    </div>
  )
}

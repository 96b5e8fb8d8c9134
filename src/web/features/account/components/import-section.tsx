import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '../../../../shared/schemas/import'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { FilePicker } from '../../../components/ui/file-picker'
import { ApiError } from '../../../lib/api-client'
import { useDescribeError } from '../../../lib/error-text'
import { useImportAccount, usePreviewImport } from '../api/import-account'

/** The tables in the order a person reads them, each with its label in `data.tables`. */
const TABLES = [
  'applications',
  'interviews',
  'debriefs',
  'feedback_requests',
  'interview_prep',
  'company_research',
  'rebounds',
  'moods',
  'cards',
  'attempts',
  'attempt_audio',
  'pitches',
  'mock_sessions',
  'mock_answers',
  'mock_answer_audio',
] as const

function Problem({ error }: { error: unknown }) {
  const describeError = useDescribeError()
  const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : []
  return (
    <FormAlert>
      <p>{describeError(error)}</p>
      {fields.length > 0 ? (
        <ul className="import-problems">
          {fields.map(([path, message]) => (
            <li key={path}>
              <code>{path}</code> — {message}
            </li>
          ))}
        </ul>
      ) : null}
    </FormAlert>
  )
}

function Counts({ result, done = false }: { result: ImportResult; done?: boolean }) {
  const { t } = useTranslation('account')
  const rows = TABLES.map((table) => ({
    table,
    ...(result.counts[table] ?? { added: 0, alreadyThere: 0 }),
  })).filter((row) => row.added + row.alreadyThere > 0)
  return (
    <dl className="import-counts">
      {rows.map((row) => (
        <div key={row.table} style={{ display: 'contents' }}>
          <dt>{t(`data.tables.${row.table}`)}</dt>
          <dd>
            {t(done ? 'data.added' : 'data.toAdd', { count: row.added })}
            {row.alreadyThere > 0 ? ` · ${t('data.alreadyThere', { count: row.alreadyThere })}` : ''}
          </dd>
        </div>
      ))}
    </dl>
  )
}

const FEEDBACK_PARTS = ['comments', 'ratings', 'assignments'] as const

/**
 * What the file holds of sharing links (feedback.json): counted by the server, kept in the file, never
 * imported, since it belongs to a link with another person (ADR 0013). Said, so that nothing goes quietly.
 */
function FeedbackKept({ result }: { result: ImportResult }) {
  const { t } = useTranslation('account')
  const found = result.sharedFeedback
  const count = FEEDBACK_PARTS.reduce((sum, part) => sum + found[part], 0)
  if (count === 0) return null
  const parts = FEEDBACK_PARTS.filter((part) => found[part] > 0)
    .map((part) => t(`data.feedbackParts.${part}`, { count: found[part] }))
    .join(', ')
  return (
    <div className="import-feedback">
      <p>{t('data.feedbackKept', { count, parts })}</p>
      <p>{t('data.feedbackTravels')}</p>
    </div>
  )
}

const total = (result: ImportResult) => Object.values(result.counts).reduce((sum, c) => sum + c.added, 0)

/** Bringing an export back: choose the file, see what it adds, confirm, see what was added. */
export function ImportSection() {
  const { t } = useTranslation('account')
  const [file, setFile] = useState<File | null>(null)
  const preview = usePreviewImport()
  const importing = useImportAccount()

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (file) preview.mutate(file)
  }
  function restart() {
    setFile(null)
    preview.reset()
    importing.reset()
  }

  if (importing.isSuccess) {
    return (
      <div className="import-steps">
        <StatusMessage>{t('data.imported', { count: total(importing.data) })}</StatusMessage>
        <Counts result={importing.data} done />
        <FeedbackKept result={importing.data} />
        <Button variant="secondary" onClick={restart}>
          {t('data.importAnother')}
        </Button>
      </div>
    )
  }

  if (preview.isSuccess && file) {
    const adds = total(preview.data)
    return (
      <div className="import-steps">
        <h3 className="keep-copy__title">{t('data.previewTitle', { name: file.name })}</h3>
        <p>{adds > 0 ? t('data.previewBody', { count: adds }) : t('data.nothingToAdd')}</p>
        <Counts result={preview.data} />
        <FeedbackKept result={preview.data} />
        {importing.isError ? <Problem error={importing.error} /> : null}
        <div className="form__footer">
          {adds > 0 ? (
            <Button
              pending={importing.isPending}
              pendingLabel={t('data.importPending')}
              onClick={() => importing.mutate(file)}
            >
              {t('data.confirmImport')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={restart} disabled={importing.isPending}>
            {t('data.cancelImport')}
          </Button>
        </div>
      </div>
    )
  }

  return (
    <form className="import-steps" onSubmit={check} noValidate>
      <h3 className="keep-copy__title">{t('data.importTitle')}</h3>
      <p>{t('data.importBody')}</p>
      <FilePicker
        label={t('data.chooseFile')}
        chooseLabel={t('data.chooseFileButton')}
        noneLabel={t('data.noFileChosen')}
        accept=".zip,application/zip"
        file={file}
        onChange={(chosen) => {
          preview.reset()
          setFile(chosen)
        }}
      />
      {preview.isError ? <Problem error={preview.error} /> : null}
      <Button
        type="submit"
        variant="secondary"
        disabled={!file}
        pending={preview.isPending}
        pendingLabel={t('data.checkPending')}
      >
        {t('data.check')}
      </Button>
    </form>
  )
}

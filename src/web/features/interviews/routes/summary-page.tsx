import '../interviews.css'
import type { MouseEvent, ReactNode } from 'react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import {
  CAUSE_INFO,
  type DebriefStep,
  EMOTION_INFO,
  FORMAT_LABELS,
  OUTCOME_LABELS,
  QUESTION_FEELING_LABELS,
  RATING_LABELS,
  RATINGS,
  REASON_LABELS,
  SEVERITY_LABELS,
  STAGE_LABELS,
  STEP_LABELS,
} from '../../../../domain/debrief'
import { FormAlert } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { debriefMarkdownUrl } from '../api/debrief-markdown'
import { useDebriefSync } from '../api/debrief-sync'
import { useInterview } from '../api/get-interview'
import { useLabel } from '../components/labels'
import { SaveStatus } from '../debrief/save-status'

/** The whole debrief on one readable page, to reread, print or download. */
export function SummaryPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('debrief')
  const { t: ti } = useTranslation('interviews')
  const label = useLabel()
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const interview = useInterview(id)
  const [snapshot, store] = useDebriefSync(id)
  const content = snapshot.content
  const company = interview.data?.application.company ?? ''
  useDocumentTitle(t('summary.title', { company }))
  const downloadRef = useRef<HTMLAnchorElement>(null)
  const downloadNow = useRef(false)
  const [download, setDownload] = useState<'ready' | 'waiting' | 'blocked'>('ready')
  // The file is made by the server: edits not yet there would be missing from it.
  const unsaved = (snapshot.status !== 'saved' && snapshot.status !== 'idle') || snapshot.fromDevice

  // What is still waiting goes out now, so the download holds it.
  useEffect(() => {
    store.flush()
  }, [store])

  // Once everything is saved (back online, say), the download is possible again.
  useEffect(() => {
    if (!unsaved) setDownload((d) => (d === 'blocked' ? 'ready' : d))
  }, [unsaved])

  /** Downloads once the server holds every edit; says so when it cannot yet. */
  async function downloadWhenSaved(event: MouseEvent<HTMLAnchorElement>) {
    if (downloadNow.current) {
      downloadNow.current = false
      return
    }
    if (!unsaved && download === 'ready') return
    event.preventDefault()
    if (download === 'waiting') return
    setDownload('waiting')
    if (await store.settle()) {
      setDownload('ready')
      downloadNow.current = true
      downloadRef.current?.click()
    } else setDownload('blocked')
  }

  if (snapshot.status === 'loading' || interview.isPending) return <PageLoading label={t('loading')} />
  if (interview.isError || !interview.data || !content) {
    return (
      <div className="page">
        <h1 className="page-title">{t('loadError')}</h1>
        <FormAlert>{describe(interview.error ?? snapshot.error)}</FormAlert>
        <Button
          className="align-start"
          onClick={() => {
            void interview.refetch()
            void store.load()
          }}
        >
          {t('retry')}
        </Button>
      </div>
    )
  }

  const { interview: iv, application } = interview.data
  const skipped = (step: DebriefStep) => content.skipped.includes(step)
  const nothing = (step: DebriefStep) => (
    <p className="muted">{skipped(step) ? t('summary.skipped') : t('summary.nothing')}</p>
  )
  const section = (step: DebriefStep, body: ReactNode) => (
    <section className="summary__section" aria-labelledby={`summary-${step}`}>
      <div className="summary__section-head">
        <h2 className="section-title" id={`summary-${step}`}>
          {label(STEP_LABELS[step])}
        </h2>
        <Link to={`/interviews/${id}/debrief/${step}`} className="summary__edit no-print">
          {t('summary.edit')}
          <span className="sr-only"> ({label(STEP_LABELS[step])})</span>
        </Link>
      </div>
      {body}
    </section>
  )
  const questionText = (questionId: string) =>
    content.questions.find((q) => q.id === questionId)?.question.trim() || t('untitledQuestion')
  const saving = snapshot.status !== 'saved' && snapshot.status !== 'idle'

  return (
    <article className="page summary">
      <header className="page-header">
        <Link to={`/interviews/${id}`} className="back-link no-print">
          ← {t('backToInterview', { company })}
        </Link>
        <h1 className="page-title">{t('summary.heading', { company })}</h1>
        <p className="lead">
          {application.role} · {formatDate(iv.date, 'dateTime')}
        </p>
        <div className="summary__actions no-print">
          <a
            ref={downloadRef}
            className={buttonClass('primary')}
            href={debriefMarkdownUrl(id, lang)}
            download
            aria-disabled={download === 'waiting' || undefined}
            aria-describedby={download === 'blocked' ? 'summary-download-blocked' : undefined}
            onClick={(event) => void downloadWhenSaved(event)}
          >
            {download === 'waiting' ? (
              <>
                <span className="spinner spinner--small" aria-hidden="true" /> {t('summary.downloadWaiting')}
              </>
            ) : (
              t('summary.download')
            )}
          </a>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('summary.print')}
          </Button>
          <Link to={`/interviews/${id}/debrief/feelings`} className={buttonClass('ghost')}>
            {t('summary.editDebrief')}
          </Link>
        </div>
        {download === 'blocked' ? (
          <p className="alert alert--warning no-print" id="summary-download-blocked">
            {t(snapshot.status === 'conflict' ? 'summary.downloadConflict' : 'summary.downloadBlocked')}
          </p>
        ) : null}
        {saving ? (
          <div className="no-print">
            <SaveStatus snapshot={snapshot} store={store} />
          </div>
        ) : null}
      </header>

      <section className="summary__section" aria-labelledby="summary-interview">
        <h2 className="section-title" id="summary-interview">
          {t('summary.interview')}
        </h2>
        <dl className="facts facts--inline">
          <dt>{ti('fields.stage')}</dt>
          <dd>{label(STAGE_LABELS[iv.stage])}</dd>
          {iv.format ? (
            <>
              <dt>{ti('fields.format')}</dt>
              <dd>{label(FORMAT_LABELS[iv.format])}</dd>
            </>
          ) : null}
          <dt>{ti('fields.outcome')}</dt>
          <dd>{label(OUTCOME_LABELS[iv.outcome])}</dd>
          {iv.gutFeeling ? (
            <>
              <dt>{ti('fields.gutFeeling')}</dt>
              <dd>
                {iv.gutFeeling}/5 — {ti(`gut.${iv.gutFeeling as 1 | 2 | 3 | 4 | 5}`)}
              </dd>
            </>
          ) : null}
          {iv.durationMinutes ? (
            <>
              <dt>{ti('fields.duration')}</dt>
              <dd>{ti('detail.minutes', { count: iv.durationMinutes })}</dd>
            </>
          ) : null}
          {iv.interviewers.length > 0 ? (
            <>
              <dt>{ti('fields.interviewers')}</dt>
              <dd>{iv.interviewers.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        {iv.note.trim() ? <p className="prewrap">{iv.note}</p> : null}
      </section>

      {section(
        'feelings',
        content.feelings.emotions.length === 0 &&
          !content.feelings.wentWell.trim() &&
          !content.feelings.note.trim() ? (
          nothing('feelings')
        ) : (
          <>
            {content.feelings.emotions.length > 0 ? (
              <ul className="tag-list">
                {content.feelings.emotions.map((e) => (
                  <li key={e.emotion} className={`tag tag--${EMOTION_INFO[e.emotion].valence}`}>
                    {label(EMOTION_INFO[e.emotion])} · {e.intensity}/5
                  </li>
                ))}
              </ul>
            ) : null}
            {content.feelings.wentWell.trim() ? (
              <div>
                <h3 className="summary__label">{t('feelings.wentWell')}</h3>
                <p className="prewrap">{content.feelings.wentWell}</p>
              </div>
            ) : null}
            {content.feelings.note.trim() ? <p className="prewrap">{content.feelings.note}</p> : null}
          </>
        ),
      )}

      {section(
        'replay',
        content.questions.filter((q) => q.question.trim()).length === 0 ? (
          nothing('replay')
        ) : (
          <ol className="summary__list">
            {content.questions
              .filter((q) => q.question.trim() || q.answer.trim())
              .map((q) => (
                <li key={q.id}>
                  <p className="summary__question">
                    {q.question.trim() || t('untitledQuestion')}
                    {q.feeling ? (
                      <span className={`tag tag--feeling-${q.feeling}`}>
                        {label(QUESTION_FEELING_LABELS[q.feeling])}
                      </span>
                    ) : null}
                  </p>
                  {q.answer.trim() ? <p className="prewrap muted">{q.answer}</p> : null}
                  {q.recruiterReaction.trim() ? (
                    <p className="prewrap small">
                      <span className="summary__label-inline">{t('summary.reaction')}</span>{' '}
                      {q.recruiterReaction}
                    </p>
                  ) : null}
                </li>
              ))}
          </ol>
        ),
      )}

      {section(
        'diagnose',
        content.causes.length === 0 ? (
          nothing('diagnose')
        ) : (
          <ul className="summary__list summary__list--plain">
            {content.causes.map((c) => (
              <li key={c.cause}>
                <p className="summary__question">
                  {c.cause === 'other' && c.otherLabel.trim()
                    ? c.otherLabel
                    : label(CAUSE_INFO[c.cause].label)}
                  <span className={`tag tag--severity-${c.severity}`}>
                    {label(SEVERITY_LABELS[c.severity])}
                  </span>
                </p>
                {c.evidence.trim() ? <p className="prewrap">{c.evidence}</p> : null}
                {c.questionIds.length > 0 ? (
                  <p className="small muted">
                    {t('summary.linkedQuestions')} {c.questionIds.map(questionText).join(' · ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ),
      )}

      {section(
        'destabilizing',
        content.destabilizing.length === 0 ? (
          <p className="muted">
            {skipped('destabilizing') ? t('summary.skipped') : t('summary.noDestabilizing')}
          </p>
        ) : (
          <ul className="summary__list summary__list--plain">
            {content.destabilizing.map((d) => (
              <li key={d.questionId}>
                <p className="summary__question">
                  {questionText(d.questionId)}
                  {d.rehearse ? <span className="tag tag--info">{t('summary.toRehearse')}</span> : null}
                </p>
                {d.reasons.length > 0 ? (
                  <p className="small muted">
                    {d.reasons
                      .map((r) =>
                        r === 'other' && d.reasonOther.trim() ? d.reasonOther : label(REASON_LABELS[r]),
                      )
                      .join(' · ')}
                  </p>
                ) : null}
                <h3 className="summary__label">{t('destabilizing.betterAnswer')}</h3>
                {d.betterAnswer.trim() ? (
                  <blockquote className="better-answer prewrap">{d.betterAnswer}</blockquote>
                ) : (
                  <p className="muted">{t('summary.noBetterAnswer')}</p>
                )}
              </li>
            ))}
          </ul>
        ),
      )}

      {section(
        'lessons',
        content.lessons.filter((l) => l.text.trim()).length === 0 ? (
          nothing('lessons')
        ) : (
          <ol className="summary__list">
            {content.lessons
              .filter((l) => l.text.trim() || l.actions.some((a) => a.text.trim()))
              .map((lesson) => (
                <li key={lesson.id}>
                  <p className="summary__question prewrap">{lesson.text}</p>
                  {lesson.actions.filter((a) => a.text.trim()).length > 0 ? (
                    <ul className="action-summary">
                      {lesson.actions
                        .filter((a) => a.text.trim())
                        .map((a) => (
                          <li key={a.id} className={a.status === 'done' ? 'action-summary--done' : ''}>
                            <span aria-hidden="true">{a.status === 'done' ? '☑' : '☐'} </span>
                            <span className="sr-only">
                              {a.status === 'done' ? t('summary.actionDone') : t('summary.actionOpen')}{' '}
                            </span>
                            {a.text}
                            {a.checkBeforeNext ? (
                              <span className="tag tag--info">{t('lessons.beforeNext')}</span>
                            ) : null}
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </li>
              ))}
          </ol>
        ),
      )}

      {section(
        'ratings',
        RATINGS.every((r) => content.ratings[r] === null) ? (
          nothing('ratings')
        ) : (
          <dl className="ratings-summary">
            {RATINGS.map((r) => (
              <div key={r} className="ratings-summary__row">
                <dt>{label(RATING_LABELS[r])}</dt>
                <dd>
                  {content.ratings[r] === null ? (
                    '—'
                  ) : (
                    <>
                      <span className="dots" aria-hidden="true">
                        {[1, 2, 3, 4, 5].map((n) => (
                          <span key={n} className={n <= (content.ratings[r] ?? 0) ? 'dot dot--on' : 'dot'} />
                        ))}
                      </span>
                      <span>{content.ratings[r]}/5</span>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        ),
      )}
    </article>
  )
}

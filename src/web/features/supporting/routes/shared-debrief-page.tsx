import { useTranslation } from 'react-i18next'
import {
  CAUSE_INFO,
  EMOTION_INFO,
  QUESTION_FEELING_LABELS,
  RATING_LABELS,
  RATINGS,
  SEVERITY_LABELS,
  STAGE_LABELS,
} from '../../../../domain/debrief'
import { useFormatDate } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'
import { useSharedDebrief } from '../api/shared'
import { SharedHeader, SharedState } from '../components/shared-parts'
import './shared.css'

/** One shared debrief, read-only: how it felt, the questions replayed, the causes, the lessons. */
export function SharedDebriefPage({ id, interviewId }: { id: string; interviewId: string }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const query = useSharedDebrief(id, interviewId)
  if (!query.data) return <SharedState query={query} />
  const { link, interview, debrief } = query.data
  const ratings = debrief ? RATINGS.filter((r) => debrief.ratings[r] !== null) : []

  return (
    <div className="page shared">
      <SharedHeader link={link} title={`${interview.company} — ${interview.role}`} back={`/shared/${id}`} />
      <p>
        {STAGE_LABELS[interview.stage][lang]} · {formatDate(interview.date)}
      </p>
      {!debrief ? (
        <p className="empty-state">{t('debrief.notStarted', { name: link.owner.displayName })}</p>
      ) : (
        <div className="shared-debrief">
          <section className="card">
            <h2 className="section-title">{t('debrief.feelings')}</h2>
            {debrief.feelings.emotions.length > 0 ? (
              <p>
                {debrief.feelings.emotions
                  .map((e) => `${EMOTION_INFO[e.emotion][lang]} (${e.intensity}/5)`)
                  .join(', ')}
              </p>
            ) : null}
            {debrief.feelings.wentWell ? (
              <p>
                <strong>{t('debrief.wentWell')}</strong> {debrief.feelings.wentWell}
              </p>
            ) : null}
            {debrief.feelings.note ? <p className="shared-text">{debrief.feelings.note}</p> : null}
            {debrief.feelings.emotions.length === 0 &&
            !debrief.feelings.wentWell &&
            !debrief.feelings.note ? (
              <p className="muted">{t('debrief.empty')}</p>
            ) : null}
          </section>

          <section className="card">
            <h2 className="section-title">{t('debrief.questions')}</h2>
            {debrief.questions.length === 0 ? (
              <p className="muted">{t('debrief.empty')}</p>
            ) : (
              <ol className="shared-questions">
                {debrief.questions.map((q) => {
                  const better = debrief.destabilizing.find((d) => d.questionId === q.id)?.betterAnswer
                  return (
                    <li key={q.id}>
                      <p>
                        <strong>{q.question || t('debrief.untitled')}</strong>
                        {q.feeling ? ` · ${QUESTION_FEELING_LABELS[q.feeling][lang]}` : null}
                      </p>
                      {q.answer ? <p className="shared-text">{q.answer}</p> : null}
                      {q.recruiterReaction ? (
                        <p>
                          <em>{t('debrief.reaction')}</em> {q.recruiterReaction}
                        </p>
                      ) : null}
                      {better ? (
                        <p className="shared-text">
                          <em>{t('debrief.betterAnswer')}</em> {better}
                        </p>
                      ) : null}
                    </li>
                  )
                })}
              </ol>
            )}
          </section>

          <section className="card">
            <h2 className="section-title">{t('debrief.causes')}</h2>
            {debrief.causes.length === 0 ? (
              <p className="muted">{t('debrief.empty')}</p>
            ) : (
              <ul>
                {debrief.causes.map((c) => (
                  <li key={c.cause + c.otherLabel}>
                    <strong>
                      {c.cause === 'other' && c.otherLabel ? c.otherLabel : CAUSE_INFO[c.cause].label[lang]}
                    </strong>{' '}
                    ({SEVERITY_LABELS[c.severity][lang]}){c.evidence ? ` — ${c.evidence}` : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card">
            <h2 className="section-title">{t('debrief.lessons')}</h2>
            {debrief.lessons.length === 0 ? (
              <p className="muted">{t('debrief.empty')}</p>
            ) : (
              <ul>
                {debrief.lessons.map((lesson) => (
                  <li key={lesson.id}>
                    {lesson.text}
                    {lesson.actions.length > 0 ? (
                      <ul>
                        {lesson.actions.map((a) => (
                          <li key={a.id}>
                            {a.text} · {a.status === 'done' ? t('debrief.done') : t('debrief.open')}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          {ratings.length > 0 ? (
            <section className="card">
              <h2 className="section-title">{t('debrief.ratings')}</h2>
              <ul>
                {ratings.map((r) => (
                  <li key={r}>
                    {t('debrief.rating', { label: RATING_LABELS[r][lang], value: debrief.ratings[r] })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </div>
  )
}

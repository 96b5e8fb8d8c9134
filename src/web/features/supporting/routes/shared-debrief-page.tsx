import type { ReactNode } from 'react'
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
import type { DebriefStep } from '../../../../domain/debrief/taxonomy'
import type { SharedDebrief } from '../../../../shared/schemas/shared-with-me'
import { AnchoredFeedback } from '../../../components/coaching/anchored-feedback'
import { useLinkFeedback } from '../../../lib/api/review'
import { useFormatDate } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'
import { useSharedDebrief } from '../api/shared'
import { OwnerWords, SharedHeader, SharedState, Theirs } from '../components/shared-parts'
import './shared.css'

type Debrief = NonNullable<SharedDebrief['debrief']>

/**
 * One shared debrief, read-only: how it felt, the questions replayed, the causes, the lessons; beside
 * each part and each question, what was said there and a way to comment.
 */
export function SharedDebriefPage({ id, interviewId }: { id: string; interviewId: string }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const query = useSharedDebrief(id, interviewId)
  if (!query.data) return <SharedState query={query} />
  const { link, interview, debrief } = query.data

  return (
    <div className="page shared">
      <SharedHeader
        link={link}
        title={`${interview.company} — ${interview.role}`}
        back={`/shared/${id}`}
        note={debrief ? t('shared.commentable') : undefined}
      />
      <p>
        {STAGE_LABELS[interview.stage][lang]} · {formatDate(interview.date)}
      </p>
      {!debrief ? (
        <p className="empty-state">{t('debrief.notStarted', { name: link.owner.displayName })}</p>
      ) : (
        <OwnerWords link={link}>
          <SharedDebriefParts linkId={id} interviewId={interviewId} debrief={debrief} />
        </OwnerWords>
      )}
    </div>
  )
}

type PartsProps = { linkId: string; interviewId: string; debrief: Debrief }

/** The parts of the debrief, once it is known to be shared: the link's thread on it is asked once. */
function SharedDebriefParts({ linkId, interviewId, debrief }: PartsProps) {
  const { t } = useTranslation('supporting')
  const feedback = useLinkFeedback(linkId, { interviewId }).data
  const beside = (step: DebriefStep, context: string) => (
    <AnchoredFeedback
      linkId={linkId}
      anchor={{ kind: 'debrief_step', id: interviewId, step }}
      feedback={feedback}
      context={context}
    />
  )
  const besideQuestion = (questionId: string, context: string) => (
    <AnchoredFeedback
      linkId={linkId}
      anchor={{ kind: 'question', id: interviewId, step: questionId }}
      feedback={feedback}
      context={context}
    />
  )
  return (
    <div className="shared-debrief">
      <Feelings debrief={debrief} beside={beside('feelings', t('debrief.feelings'))} />
      <Questions
        debrief={debrief}
        beside={beside('replay', t('debrief.questions'))}
        besideQuestion={besideQuestion}
      />
      <Causes debrief={debrief} beside={beside('diagnose', t('debrief.causes'))} />
      <Lessons debrief={debrief} beside={beside('lessons', t('debrief.lessons'))} />
      <SelfRatings debrief={debrief} beside={beside('ratings', t('debrief.ratings'))} />
    </div>
  )
}

function Part({ title, beside, children }: { title: string; beside: ReactNode; children: ReactNode }) {
  return (
    <section className="card">
      <h2 className="section-title">{title}</h2>
      {children}
      {beside}
    </section>
  )
}

function Feelings({ debrief, beside }: { debrief: Debrief; beside: ReactNode }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  const { emotions, wentWell, note } = debrief.feelings
  return (
    <Part title={t('debrief.feelings')} beside={beside}>
      {emotions.length > 0 ? (
        <p>{emotions.map((e) => `${EMOTION_INFO[e.emotion][lang]} (${e.intensity}/5)`).join(', ')}</p>
      ) : null}
      {wentWell ? (
        <p>
          <strong>{t('debrief.wentWell')}</strong> <Theirs>{wentWell}</Theirs>
        </p>
      ) : null}
      {note ? <Theirs block>{note}</Theirs> : null}
      {emotions.length === 0 && !wentWell && !note ? <p className="muted">{t('debrief.empty')}</p> : null}
    </Part>
  )
}

function Questions({
  debrief,
  beside,
  besideQuestion,
}: {
  debrief: Debrief
  beside: ReactNode
  besideQuestion: (questionId: string, context: string) => ReactNode
}) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  return (
    <Part title={t('debrief.questions')} beside={beside}>
      {debrief.questions.length === 0 ? (
        <p className="muted">{t('debrief.empty')}</p>
      ) : (
        <ol className="shared-questions">
          {debrief.questions.map((q) => {
            const better = debrief.destabilizing.find((d) => d.questionId === q.id)?.betterAnswer
            return (
              <li key={q.id}>
                <p>
                  <strong>{q.question ? <Theirs>{q.question}</Theirs> : t('debrief.untitled')}</strong>
                  {q.feeling ? ` · ${QUESTION_FEELING_LABELS[q.feeling][lang]}` : null}
                </p>
                {q.answer ? <Theirs block>{q.answer}</Theirs> : null}
                {q.recruiterReaction ? (
                  <p>
                    <em>{t('debrief.reaction')}</em> <Theirs>{q.recruiterReaction}</Theirs>
                  </p>
                ) : null}
                {better ? (
                  <p className="prewrap">
                    <em>{t('debrief.betterAnswer')}</em> <Theirs>{better}</Theirs>
                  </p>
                ) : null}
                {besideQuestion(q.id, q.question || t('debrief.untitled'))}
              </li>
            )
          })}
        </ol>
      )}
    </Part>
  )
}

function Causes({ debrief, beside }: { debrief: Debrief; beside: ReactNode }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  return (
    <Part title={t('debrief.causes')} beside={beside}>
      {debrief.causes.length === 0 ? (
        <p className="muted">{t('debrief.empty')}</p>
      ) : (
        <ul>
          {debrief.causes.map((c) => (
            <li key={c.cause + c.otherLabel}>
              <strong>
                {c.cause === 'other' && c.otherLabel ? (
                  <Theirs>{c.otherLabel}</Theirs>
                ) : (
                  CAUSE_INFO[c.cause].label[lang]
                )}
              </strong>{' '}
              ({SEVERITY_LABELS[c.severity][lang]})
              {c.evidence ? (
                <>
                  {' — '}
                  <Theirs>{c.evidence}</Theirs>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Part>
  )
}

function Lessons({ debrief, beside }: { debrief: Debrief; beside: ReactNode }) {
  const { t } = useTranslation('supporting')
  return (
    <Part title={t('debrief.lessons')} beside={beside}>
      {debrief.lessons.length === 0 ? (
        <p className="muted">{t('debrief.empty')}</p>
      ) : (
        <ul>
          {debrief.lessons.map((lesson) => (
            <li key={lesson.id}>
              <Theirs>{lesson.text}</Theirs>
              {lesson.actions.length > 0 ? (
                <ul>
                  {lesson.actions.map((a) => (
                    <li key={a.id}>
                      <Theirs>{a.text}</Theirs> ·{' '}
                      {a.status === 'done' ? t('debrief.done') : t('debrief.open')}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Part>
  )
}

/** Shown only when the person rated something. */
function SelfRatings({ debrief, beside }: { debrief: Debrief; beside: ReactNode }) {
  const { t } = useTranslation('supporting')
  const lang = useLanguage()
  const ratings = RATINGS.filter((r) => debrief.ratings[r] !== null)
  if (ratings.length === 0) return null
  return (
    <Part title={t('debrief.ratings')} beside={beside}>
      <ul>
        {ratings.map((r) => (
          <li key={r}>{t('debrief.rating', { label: RATING_LABELS[r][lang], value: debrief.ratings[r] })}</li>
        ))}
      </ul>
    </Part>
  )
}

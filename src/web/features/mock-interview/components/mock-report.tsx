import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { termSpans } from '../../../../domain/mock-interview/posting-terms'
import { wordsPerMinute } from '../../../../domain/rehearsal/speech'
import { DeliveryExplanation, DeliveryFigures } from '../../../components/recorder/delivery-figures'
import { DeliverySummary } from '../../../components/recorder/delivery-summary'
import { SpokenFigures } from '../../../components/recorder/spoken-figures'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import type { MockInterview } from '../api/get-mock-interview'
import { useRehearseWeakest } from '../api/rehearse-weakest'
import { reportMarkdownHref } from '../api/report-markdown'
import { AnswerRecording } from './answer-recording'

type Answer = MockInterview['answers'][number]

/** The answer's words, with the posting's terms it uses marked. */
function MarkedAnswer({ text, terms }: { text: string; terms: MockInterview['postingTerms'] }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const span of termSpans(text, terms)) {
    if (span.start > at) parts.push(text.slice(at, span.start))
    parts.push(
      <mark key={span.start} className="mock-report__term">
        {text.slice(span.start, span.end)}
      </mark>,
    )
    at = span.end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}

type AnswerBlockProps = { answer: Answer; sessionId: string; terms: MockInterview['postingTerms'] }

function AnswerBlock({ answer, sessionId, terms }: AnswerBlockProps) {
  const { t } = useTranslation('mock')
  const f = answer.figures
  const spoken = answer.spokenSeconds
  return (
    <div className="mock-report__answer">
      {answer.followUp > 0 ? (
        <p className="mock-report__follow-up">
          <strong>{t('followUp')}</strong> — {answer.prompt}
        </p>
      ) : null}
      <blockquote className="mock-report__text">
        {answer.text.trim() ? <MarkedAnswer text={answer.text.trim()} terms={terms} /> : '—'}
      </blockquote>
      {answer.interrupted ? <p className="muted">{t('interrupted')}</p> : null}
      {spoken !== null ? (
        <section className="mock-report__spoken" aria-label={t('spokenFigures')}>
          <SpokenFigures
            spokenSeconds={spoken}
            wordsPerMinute={wordsPerMinute(f.wordCount, spoken)}
            longPauses={answer.longPauses}
            explain={false}
          />
          {answer.delivery ? <DeliveryFigures delivery={answer.delivery} explain={false} /> : null}
          {answer.hasAudio ? <AnswerRecording sessionId={sessionId} turn={answer} /> : null}
        </section>
      ) : (
        <p className="muted">{t('writtenTime', { seconds: Math.round(f.estimatedSeconds) })}</p>
      )}
      <p>
        <strong>{t(`verdicts.${answer.verdict}`)}</strong>
      </p>
      {answer.verdict !== 'not-enough' ? (
        <p className="muted">
          {t('figures', {
            words: f.wordCount,
            fillers: f.fillerCount,
            hedges: f.hedgeCount,
            metrics: f.metricsCount,
          })}
        </p>
      ) : null}
      {answer.postingTerms.length > 0 ? (
        <p className="muted">{t('postingTermsUsed', { terms: answer.postingTerms.join(', ') })}</p>
      ) : null}
    </div>
  )
}

/** The report right after the session: per question, the tension before and after, progress over sessions. */
export function MockReport({ session }: { session: MockInterview }) {
  const { t } = useTranslation('mock')
  const describe = useDescribeError()
  const rehearse = useRehearseWeakest(session.id)
  const { summary, comparisons, weakest } = session.report
  return (
    <section className="mock-report">
      <h2>{t('reportTitle')}</h2>
      {session.before && session.after ? (
        <p>{t('tensionChange', { before: session.before.tension, after: session.after.tension })}</p>
      ) : null}
      <p>{t('answered', { answered: summary.answered, judged: summary.judged })}</p>
      {session.report.delivery ? (
        <section className="card">
          <DeliverySummary summary={session.report.delivery} title={t('deliveryTitle')} />
          <DeliveryExplanation deliveries={session.answers.flatMap((answer) => answer.delivery ?? [])} />
        </section>
      ) : null}
      {session.questions.map((question, index) => {
        const answers = session.answers.filter((a) => a.questionIndex === index)
        if (answers.length === 0) return null
        return (
          <article key={question.key} className="card mock-report__question">
            <h3>
              {index + 1}. {question.text}
            </h3>
            {answers.map((answer) => (
              <AnswerBlock
                key={`${answer.questionIndex}-${answer.followUp}`}
                answer={answer}
                sessionId={session.id}
                terms={session.postingTerms}
              />
            ))}
          </article>
        )
      })}
      {comparisons.length > 0 ? (
        <div className="card">
          <h3>{t('comparisons')}</h3>
          <ul>
            {comparisons.map((c) => (
              <li key={c.metric}>
                {t(`metrics.${c.metric}`)} : {c.previous} → {c.current} (
                {c.better ? t('better') : t('notBetter')})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mock-report__actions">
        {weakest.length > 0 && !rehearse.isSuccess ? (
          <Button variant="secondary" disabled={rehearse.isPending} onClick={() => rehearse.mutate()}>
            {t('rehearse')}
          </Button>
        ) : null}
        {rehearse.isSuccess ? (
          <StatusMessage>{t('rehearsed', { count: rehearse.data.added })}</StatusMessage>
        ) : null}
        {rehearse.isError ? <FormAlert>{describe(rehearse.error)}</FormAlert> : null}
        <a className={buttonClass('ghost')} href={reportMarkdownHref(session.id)} download>
          {t('download')}
        </a>
        <Link className={buttonClass('primary')} to="/mock-interview">
          {t('again')}
        </Link>
      </div>
    </section>
  )
}

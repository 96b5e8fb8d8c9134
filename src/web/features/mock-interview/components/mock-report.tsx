import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { useDescribeError } from '../../../lib/error-text'
import type { MockInterview } from '../api/get-mock-interview'
import { useRehearseWeakest } from '../api/rehearse-weakest'
import { reportMarkdownHref } from '../api/report-markdown'

type Answer = MockInterview['answers'][number]

function AnswerBlock({ answer }: { answer: Answer }) {
  const { t } = useTranslation('mock')
  const f = answer.figures
  return (
    <div className="mock-report__answer">
      {answer.followUp > 0 ? (
        <p className="mock-report__follow-up">
          <strong>{t('followUp')}</strong> — {answer.prompt}
        </p>
      ) : null}
      <blockquote className="mock-report__text">{answer.text.trim() || '—'}</blockquote>
      {answer.interrupted ? <p className="muted">{t('interrupted')}</p> : null}
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
      {session.questions.map((question, index) => {
        const answers = session.answers.filter((a) => a.questionIndex === index)
        if (answers.length === 0) return null
        return (
          <article key={question.key} className="card mock-report__question">
            <h3>
              {index + 1}. {question.text}
            </h3>
            {answers.map((answer) => (
              <AnswerBlock key={`${answer.questionIndex}-${answer.followUp}`} answer={answer} />
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

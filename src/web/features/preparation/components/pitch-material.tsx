import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PITCH_INFO, RESEARCH_INFO } from '../../../../domain/preparation/plan'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useFormatDate } from '../../../lib/dates'
import { useLanguage } from '../../../lib/use-language'
import { usePitchMaterial } from '../api/get-pitch-material'

type Props = {
  /** The interview the pitch is opened from, if any: its company's research comes with it. */
  interviewId: string | null
  /** Adds the text to "Why this company"; false when it would not fit there. */
  onInsert: (text: string) => boolean
}

type Piece = { key: string; title: string; text: string; origin?: ReactNode }

/**
 * What the person already wrote that can feed "Why this company": the research notes of the
 * interview's company, and earlier better answers to "why us?". One tap adds a piece to that
 * part, or copies it.
 */
export function PitchMaterial({ interviewId, onInsert }: Props) {
  const { t } = useTranslation('preparation')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const material = usePitchMaterial(interviewId)
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'info' } | null>(null)
  const part = PITCH_INFO.whyCompany.label[lang]
  const data = material.data
  // The material is a help, not the page: while it loads or if it cannot, the editor stays as it is.
  if (!data) return null

  const pieces: Piece[] = [
    ...data.research.map((r) => ({
      key: `research-${r.item}`,
      title: RESEARCH_INFO[r.item].label[lang],
      text: r.notes,
    })),
    ...data.answers.map((a, index) => ({
      key: `answer-${index}`,
      title: a.question,
      text: a.answer,
      origin:
        a.from.kind === 'debrief' ? (
          <Link to={`/interviews/${encodeURIComponent(a.from.interviewId)}/summary`}>
            {t('material.fromDebrief', { company: a.from.company, date: formatDate(a.from.date, 'day') })}
          </Link>
        ) : (
          <Link to={`/rehearsal/cards/${encodeURIComponent(a.from.cardId)}`}>{t('material.fromCard')}</Link>
        ),
    })),
  ]

  function insert(piece: Piece) {
    setMessage(
      onInsert(piece.text)
        ? { text: t('material.inserted', { part }), tone: 'success' }
        : { text: t('material.tooLong', { part }), tone: 'info' },
    )
  }

  async function copy(piece: Piece) {
    try {
      await navigator.clipboard.writeText(piece.text)
      setMessage({ text: t('material.copied'), tone: 'success' })
    } catch {
      setMessage({ text: t('material.copyFailed'), tone: 'info' })
    }
  }

  return (
    <section className="card prep-section prep-material" aria-labelledby="pitch-material">
      <h2 className="section-title" id="pitch-material">
        {t('material.title', { part })}
      </h2>
      {pieces.length === 0 ? (
        <p className="muted">
          {data.interview
            ? t('material.empty', { company: data.interview.company })
            : t('material.emptyNoInterview')}
        </p>
      ) : (
        <>
          <p className="muted small">
            {data.interview
              ? t('material.lead', { company: data.interview.company })
              : t('material.leadNoInterview')}
          </p>
          <ul className="prep-material__list">
            {pieces.map((piece) => (
              <li key={piece.key} className="prep-material__item">
                <h3 className="prep-material__title">{piece.title}</h3>
                <blockquote className="prep-quote prep-material__text">{piece.text}</blockquote>
                {piece.origin ? <p className="muted small">{piece.origin}</p> : null}
                <div className="prep-material__actions">
                  <Button
                    variant="secondary"
                    className="prep-small"
                    aria-label={t('material.insertLabel', { part, title: piece.title })}
                    onClick={() => insert(piece)}
                  >
                    {t('material.insert')}
                  </Button>
                  <Button
                    variant="ghost"
                    className="prep-small"
                    aria-label={t('material.copyLabel', { title: piece.title })}
                    onClick={() => void copy(piece)}
                  >
                    {t('material.copy')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <StatusMessage tone={message?.tone}>{message?.text}</StatusMessage>
    </section>
  )
}

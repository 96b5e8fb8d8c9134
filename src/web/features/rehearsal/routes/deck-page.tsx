import '../rehearsal.css'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { STAGE_LABELS } from '../../../../domain/debrief'
import type { CardView } from '../../../../shared/schemas/rehearsal'
import { StatusMessage } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { Button, buttonClass } from '../../../components/ui/button'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog'
import { SelectField } from '../../../components/ui/fields'
import { PageLoading } from '../../../components/ui/loading'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { useListFilters } from '../../../lib/use-list-filters'
import { useDeleteCard } from '../api/delete-card'
import { type CardsQuery, useCards } from '../api/get-cards'
import { useUpcomingInterviews } from '../api/get-upcoming-interviews'
import { FROM_INTERVIEW, isBankCategory, useCategoryOptions } from '../components/categories'
import { LoadFailed } from '../components/load-failed'
import { QuestionFilters } from '../components/question-filters'
import { QuestionItem } from '../components/question-item'
import { useWhen } from '../components/time-words'

const isCategory = (v: string | null): v is string => v === FROM_INTERVIEW || isBankCategory(v)

/** The whole deck: search, a category filter, and each card with where it stands. */
export function DeckPage() {
  const { t } = useTranslation('rehearsal')
  const describe = useDescribeError()
  const categoryOptions = useCategoryOptions(
    { value: '', label: t('categories.all') },
    { value: FROM_INTERVIEW, label: t('categories.from_interview') },
  )
  useDocumentTitle(t('deck.title'))
  const { params, q, search, setSearch, setParam } = useListFilters(300)
  const category = params.get('category')
  const query: CardsQuery = {
    ...(isCategory(category) ? { category } : {}),
    ...(q ? { q } : {}),
  }
  const filtered = Object.keys(query).length > 0

  const cards = useCards(query)
  const [removing, setRemoving] = useState<CardView | null>(null)
  const [removed, setRemoved] = useState(false)
  const remove = useDeleteCard()
  const list = cards.data?.cards ?? []

  return (
    <div className="page rehearsal">
      <header className="page-header">
        <BackLink to="/rehearsal">{t('deck.back')}</BackLink>
        <div className="r-header-row">
          <h1 className="page-title">{t('deck.heading')}</h1>
          <Link to="/rehearsal/bank" className={buttonClass('primary')}>
            + {t('deck.addQuestions')}
          </Link>
        </div>
        <p className="lead">{t('deck.lead')}</p>
      </header>

      <QuestionFilters searchId="deck-search" search={search} onSearch={setSearch}>
        <SelectField
          id="deck-category"
          label={t('deck.category')}
          value={isCategory(category) ? category : ''}
          onChange={(event) => setParam('category', event.target.value)}
          options={categoryOptions}
        />
      </QuestionFilters>

      <StatusMessage>{removed ? t('deck.removed') : null}</StatusMessage>

      {cards.isPending ? (
        <PageLoading label={t('deck.loading')} />
      ) : cards.isError ? (
        <LoadFailed query={cards} />
      ) : list.length === 0 ? (
        <div className="card card--quiet">
          <p>{filtered ? t('deck.noMatch') : t('deck.empty')}</p>
          {filtered ? null : (
            <Link to="/rehearsal/bank" className={buttonClass('primary')}>
              {t('deck.addQuestions')}
            </Link>
          )}
        </div>
      ) : (
        <>
          <p className="muted r-small" role="status">
            {t('deck.count', { count: list.length })}
          </p>
          <ul className="r-list">
            {list.map((card) => (
              <li key={card.id}>
                <DeckItem card={card} onRemove={() => setRemoving(card)} />
              </li>
            ))}
          </ul>
        </>
      )}

      <CramPicker />

      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('deck.removeTitle')}
        cancelLabel={t('cancel')}
        confirmLabel={t('deck.removeConfirm')}
        pendingLabel={t('deck.removeConfirm')}
        pending={remove.isPending}
        onConfirm={() => {
          if (!removing) return
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null)
              setRemoved(true)
            },
          })
        }}
        error={remove.isError ? describe(remove.error) : null}
      >
        {removing ? (
          <>
            <p className="r-quote" lang={removing.lang}>
              {removing.question}
            </p>
            <p>{t('deck.removeBody', { count: removing.attemptCount })}</p>
          </>
        ) : null}
      </ConfirmDialog>
    </div>
  )
}

function DeckItem({ card, onRemove }: { card: CardView; onRemove: () => void }) {
  const { t } = useTranslation('rehearsal')
  const when = useWhen()
  const formatDate = useFormatDate()
  const due = new Date(card.due).getTime() <= Date.now()
  return (
    <QuestionItem
      card={card}
      category={card.category}
      lang={card.lang}
      question={<Link to={`/rehearsal/cards/${card.id}`}>{card.question}</Link>}
    >
      <p className="r-item__meta">
        <span>
          {card.attemptCount > 0 ? t('deck.attempts', { count: card.attemptCount }) : t('deck.noAttempt')}
        </span>
        {card.lastAssertiveness !== null ? (
          <span>{t('deck.assertiveness', { score: card.lastAssertiveness })}</span>
        ) : null}
        <span>
          {due ? (
            <strong className="r-due-now">{t('when.dueNow')}</strong>
          ) : (
            <time dateTime={card.due} title={formatDate(card.due, 'shortDateTime')}>
              {t('when.nextReview', { when: when(card.due) })}
            </time>
          )}
        </span>
      </p>
      <div className="r-item__actions">
        <Link to={`/rehearsal/cards/${card.id}`} className={buttonClass('secondary', 'r-button-small')}>
          {t('deck.practise')}
        </Link>
        <Button
          variant="ghost"
          className="r-button-small"
          aria-label={t('deck.removeLabel', { question: card.question })}
          onClick={onRemove}
        >
          {t('deck.remove')}
        </Button>
      </div>
    </QuestionItem>
  )
}

/** Upcoming interviews, each leading to a review of the cards that fit it. */
function CramPicker() {
  const { t } = useTranslation('rehearsal')
  const lang = useLanguage()
  const formatDate = useFormatDate()
  const upcoming = useUpcomingInterviews()
  const [chosen, setChosen] = useState('')
  const id = useId()
  const items = upcoming.data ?? []
  const selected = chosen !== '' && items.some((i) => i.id === chosen) ? chosen : (items[0]?.id ?? '')
  if (upcoming.isPending || upcoming.isError) return null
  return (
    <section className="card r-cram-picker" aria-labelledby={`${id}-title`}>
      <h2 className="section-title" id={`${id}-title`}>
        {t('deck.cramTitle')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('deck.cramNone')}</p>
      ) : (
        <>
          <p>{t('deck.cramBody')}</p>
          <SelectField
            id={`${id}-select`}
            label={t('deck.cramSelect')}
            value={selected}
            onChange={(event) => setChosen(event.target.value)}
            options={items.map((i) => ({
              value: i.id,
              label: `${i.company} · ${STAGE_LABELS[i.stage][lang]} · ${formatDate(i.date, 'shortDay')}`,
            }))}
          />
          <Link to={`/rehearsal/cram/${selected}`} className={buttonClass('secondary', 'r-start')}>
            {t('deck.cramGo')}
          </Link>
        </>
      )}
    </section>
  )
}

export { DeckPage as Component }

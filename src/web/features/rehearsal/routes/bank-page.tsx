import '../rehearsal.css'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Language } from '../../../../shared/schemas/common'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { SelectField } from '../../../components/ui/fields'
import { PageLoading } from '../../../components/ui/loading'
import { useDescribeError } from '../../../lib/error-text'
import { isLanguage } from '../../../lib/i18n'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { useListFilters } from '../../../lib/use-list-filters'
import { useAddCard } from '../api/add-card'
import { type BankQuery, useBank } from '../api/get-bank'
import { BANK_CATEGORIES, isBankCategory, useCategoryLabel } from '../components/categories'

const LANGUAGES: readonly Language[] = ['fr', 'en']

/** The shipped question bank, to pick questions from, and a form for one's own question. */
export function BankPage() {
  const { t } = useTranslation('rehearsal')
  const uiLanguage = useLanguage()
  const describe = useDescribeError()
  const categoryLabel = useCategoryLabel()
  useDocumentTitle(t('bank.title'))
  const { params, q, search, setSearch, setParam } = useListFilters(300)
  const langParam = params.get('lang')
  const lang: Language = isLanguage(langParam) ? langParam : uiLanguage
  const category = params.get('category')
  const query: BankQuery = {
    lang,
    ...(isBankCategory(category) ? { category } : {}),
    ...(q ? { q } : {}),
  }

  const bank = useBank(query)
  const add = useAddCard()
  const [added, setAdded] = useState<string | null>(null)
  const questions = bank.data?.questions ?? []

  return (
    <div className="page rehearsal">
      <header className="page-header">
        <Link to="/rehearsal/deck" className="back-link">
          <span aria-hidden="true">←</span>
          {t('bank.back')}
        </Link>
        <h1 className="page-title">{t('bank.heading')}</h1>
        <p className="lead">{t('bank.lead')}</p>
      </header>

      <search className="r-filters" aria-label={t('deck.filtersLabel')}>
        <div className="field">
          <label className="field__label" htmlFor="bank-search">
            {t('deck.search')}
          </label>
          <input
            id="bank-search"
            className="input"
            type="search"
            value={search}
            placeholder={t('deck.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="r-filters__row">
          <SelectField
            id="bank-lang"
            label={t('bank.language')}
            value={lang}
            onChange={(event) => setParam('lang', event.target.value)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`), lang: l }))}
          />
          <SelectField
            id="bank-category"
            label={t('deck.category')}
            value={isBankCategory(category) ? category : ''}
            onChange={(event) => setParam('category', event.target.value)}
            options={[
              { value: '', label: t('categories.all') },
              ...BANK_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
            ]}
          />
        </div>
      </search>

      <StatusMessage>{added ? t('bank.added', { question: added }) : null}</StatusMessage>
      {add.isError ? <FormAlert>{describe(add.error)}</FormAlert> : null}

      {bank.isPending ? (
        <PageLoading label={t('bank.loading')} />
      ) : bank.isError ? (
        <div className="r-stack">
          <FormAlert>{describe(bank.error)}</FormAlert>
          <Button variant="secondary" className="r-start" onClick={() => bank.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : questions.length === 0 ? (
        <div className="card card--quiet">
          <p>{t('bank.noMatch')}</p>
        </div>
      ) : (
        <>
          <p className="muted r-small">{t('bank.count', { count: questions.length })}</p>
          <ul className="r-list">
            {questions.map((question) => {
              const adding =
                add.isPending && add.variables && 'bankKey' in add.variables
                  ? add.variables.bankKey === question.key
                  : false
              return (
                <li key={question.key}>
                  <article className="r-item r-bank-item">
                    <p className="r-item__tags">
                      <span className="r-item__category">{categoryLabel(question.category)}</span>
                    </p>
                    <h2 className="r-item__question" lang={question.lang}>
                      {question.text}
                    </h2>
                    {question.hint ? (
                      <details className="r-details">
                        <summary>{t('bank.hint')}</summary>
                        <p lang={question.lang}>{question.hint}</p>
                      </details>
                    ) : null}
                    <div className="r-item__actions">
                      {question.inDeck ? (
                        <Button variant="secondary" className="r-button-small" disabled>
                          ✓ {t('bank.inDeck')}
                        </Button>
                      ) : (
                        <Button
                          variant="primary"
                          className="r-button-small"
                          aria-label={t('bank.addLabel', { question: question.text })}
                          pending={adding}
                          disabled={add.isPending}
                          onClick={() =>
                            add.mutate(
                              { bankKey: question.key },
                              { onSuccess: () => setAdded(question.text) },
                            )
                          }
                        >
                          + {t('bank.add')}
                        </Button>
                      )}
                    </div>
                  </article>
                </li>
              )
            })}
          </ul>
        </>
      )}

      <OwnQuestionForm />
    </div>
  )
}

function OwnQuestionForm() {
  const { t } = useTranslation('rehearsal')
  const uiLanguage = useLanguage()
  const describe = useDescribeError()
  const categoryLabel = useCategoryLabel()
  const add = useAddCard()
  const [question, setQuestion] = useState('')
  const [lang, setLang] = useState<Language>(uiLanguage)
  const [category, setCategory] = useState('')
  const [hint, setHint] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [addedId, setAddedId] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (question.trim() === '') {
      setError(t('bank.ownRequired'))
      document.getElementById('own-question-text')?.focus()
      return
    }
    setError(undefined)
    add.mutate(
      {
        question: question.trim(),
        lang,
        hint: hint.trim(),
        ...(isBankCategory(category) ? { category } : {}),
      },
      {
        onSuccess: ({ card }) => {
          setAddedId(card.id)
          setQuestion('')
          setHint('')
        },
      },
    )
  }

  return (
    <section className="card r-own" id="own-question" aria-labelledby="own-question-title">
      <h2 className="section-title" id="own-question-title">
        {t('bank.ownTitle')}
      </h2>
      <p className="muted">{t('bank.ownLead')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="own-question-text">
            {t('bank.ownQuestion')}
          </label>
          <textarea
            id="own-question-text"
            className="input r-textarea"
            rows={2}
            maxLength={1000}
            value={question}
            lang={lang}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'own-question-text-error' : undefined}
            onChange={(event) => setQuestion(event.target.value)}
          />
          {error ? (
            <p className="field__error" id="own-question-text-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="r-filters__row">
          <SelectField
            id="own-question-lang"
            label={t('bank.ownLanguage')}
            value={lang}
            onChange={(event) => setLang(isLanguage(event.target.value) ? event.target.value : uiLanguage)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`), lang: l }))}
          />
          <SelectField
            id="own-question-category"
            label={t('bank.ownCategory')}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            options={[
              { value: '', label: t('categories.none') },
              ...BANK_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
            ]}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="own-question-hint">
            {t('bank.ownHint')}
          </label>
          <p className="field__hint" id="own-question-hint-hint">
            {t('bank.ownHintHint')}
          </p>
          <textarea
            id="own-question-hint"
            className="input r-textarea"
            rows={3}
            maxLength={20000}
            value={hint}
            lang={lang}
            aria-describedby="own-question-hint-hint"
            onChange={(event) => setHint(event.target.value)}
          />
        </div>
        {add.isError ? <FormAlert>{describe(add.error)}</FormAlert> : null}
        <StatusMessage>
          {addedId ? (
            <>
              {t('bank.ownAdded')} <Link to={`/rehearsal/cards/${addedId}`}>{t('deck.practise')}</Link>
            </>
          ) : null}
        </StatusMessage>
        <Button
          type="submit"
          className="r-start"
          pending={add.isPending}
          pendingLabel={t('bank.ownSubmitting')}
        >
          {t('bank.ownSubmit')}
        </Button>
      </form>
    </section>
  )
}

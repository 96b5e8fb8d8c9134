import '../rehearsal.css'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import type { Language } from '../../../../shared/schemas/common'
import type { bankQuestionSchema } from '../../../../shared/schemas/rehearsal'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { BackLink } from '../../../components/ui/back-link'
import { Button } from '../../../components/ui/button'
import { SelectField, TextAreaField } from '../../../components/ui/fields'
import { PageLoading } from '../../../components/ui/loading'
import { useDescribeError } from '../../../lib/error-text'
import { isLanguage } from '../../../lib/i18n'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useLanguage } from '../../../lib/use-language'
import { useListFilters } from '../../../lib/use-list-filters'
import { useAddCard } from '../api/add-card'
import { type BankQuery, useBank } from '../api/get-bank'
import { isBankCategory, useCategoryOptions } from '../components/categories'
import { LoadFailed } from '../components/load-failed'
import { QuestionFilters } from '../components/question-filters'
import { QuestionItem } from '../components/question-item'

const LANGUAGES: readonly Language[] = ['fr', 'en']

/** The languages a question can be in, as the options of a select, each in its own language. */
function useLanguageOptions() {
  const { t } = useTranslation('rehearsal')
  return LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`), lang: l }))
}

/** The shipped question bank, to pick questions from, and a form for one's own question. */
export function BankPage() {
  const { t } = useTranslation('rehearsal')
  const uiLanguage = useLanguage()
  const describe = useDescribeError()
  const languageOptions = useLanguageOptions()
  const categoryOptions = useCategoryOptions({ value: '', label: t('categories.all') })
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
        <BackLink to="/rehearsal/deck">{t('bank.back')}</BackLink>
        <h1 className="page-title">{t('bank.heading')}</h1>
        <p className="lead">{t('bank.lead')}</p>
      </header>

      <QuestionFilters searchId="bank-search" search={search} onSearch={setSearch}>
        <div className="r-filters__row">
          <SelectField
            id="bank-lang"
            label={t('bank.language')}
            value={lang}
            onChange={(event) => setParam('lang', event.target.value)}
            options={languageOptions}
          />
          <SelectField
            id="bank-category"
            label={t('deck.category')}
            value={isBankCategory(category) ? category : ''}
            onChange={(event) => setParam('category', event.target.value)}
            options={categoryOptions}
          />
        </div>
      </QuestionFilters>

      <StatusMessage>{added ? t('bank.added', { question: added }) : null}</StatusMessage>
      {add.isError ? <FormAlert>{describe(add.error)}</FormAlert> : null}

      {bank.isPending ? (
        <PageLoading label={t('bank.loading')} />
      ) : bank.isError ? (
        <LoadFailed query={bank} />
      ) : questions.length === 0 ? (
        <div className="card card--quiet">
          <p>{t('bank.noMatch')}</p>
        </div>
      ) : (
        <>
          <p className="muted r-small">{t('bank.count', { count: questions.length })}</p>
          <ul className="r-list">
            {questions.map((question) => (
              <li key={question.key}>
                <BankQuestion
                  question={question}
                  adding={
                    add.isPending && add.variables && 'bankKey' in add.variables
                      ? add.variables.bankKey === question.key
                      : false
                  }
                  busy={add.isPending}
                  onAdd={() =>
                    add.mutate({ bankKey: question.key }, { onSuccess: () => setAdded(question.text) })
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}

      <OwnQuestionForm />
    </div>
  )
}

type BankQuestionProps = {
  question: z.infer<typeof bankQuestionSchema>
  /** This question is being added. */
  adding: boolean
  /** A question is being added: the others wait. */
  busy: boolean
  onAdd: () => void
}

/** A question of the bank, with its hint folded, and the button to add it to the deck. */
function BankQuestion({ question, adding, busy, onAdd }: BankQuestionProps) {
  const { t } = useTranslation('rehearsal')
  return (
    <QuestionItem
      category={question.category}
      lang={question.lang}
      question={question.text}
      className="r-item r-bank-item"
    >
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
            disabled={busy}
            onClick={onAdd}
          >
            + {t('bank.add')}
          </Button>
        )}
      </div>
    </QuestionItem>
  )
}

function OwnQuestionForm() {
  const { t } = useTranslation('rehearsal')
  const uiLanguage = useLanguage()
  const describe = useDescribeError()
  const languageOptions = useLanguageOptions()
  const categoryOptions = useCategoryOptions({ value: '', label: t('categories.none') })
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
        <TextAreaField
          id="own-question-text"
          label={t('bank.ownQuestion')}
          error={error}
          className="r-textarea"
          rows={2}
          maxLength={1000}
          value={question}
          lang={lang}
          onChange={(event) => setQuestion(event.target.value)}
        />
        <div className="r-filters__row">
          <SelectField
            id="own-question-lang"
            label={t('bank.ownLanguage')}
            value={lang}
            onChange={(event) => setLang(isLanguage(event.target.value) ? event.target.value : uiLanguage)}
            options={languageOptions}
          />
          <SelectField
            id="own-question-category"
            label={t('bank.ownCategory')}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            options={categoryOptions}
          />
        </div>
        <TextAreaField
          id="own-question-hint"
          label={t('bank.ownHint')}
          hint={t('bank.ownHintHint')}
          className="r-textarea"
          rows={3}
          maxLength={20000}
          value={hint}
          lang={lang}
          onChange={(event) => setHint(event.target.value)}
        />
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

export { BankPage as Component }

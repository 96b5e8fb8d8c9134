import { createContext, type ReactNode, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { MoodEntry } from '../../../../domain/progress'
import type { Language } from '../../../../shared/schemas/common'
import type { ReceivedLink } from '../../../../shared/schemas/sharing'
import { Button, buttonClass } from '../../../components/ui/button'
import { PageLoading } from '../../../components/ui/loading'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useDocumentTitle } from '../../../lib/use-document-title'

/**
 * The top of every shared page: whose it is, the reader's role, and that it is read-only (`note`
 * says so where the page also takes comments).
 */
export function SharedHeader({
  link,
  title,
  back,
  note,
}: {
  link: ReceivedLink
  title: string
  back?: string
  note?: string
}) {
  const { t } = useTranslation('supporting')
  const formatDate = useFormatDate()
  useDocumentTitle(title)
  return (
    <header className="page-header">
      <p className="shared__back">
        <Link to={back ?? '/people'}>
          {back ? t('shared.backToSpace', { name: link.owner.displayName }) : t('shared.backToPeople')}
        </Link>
      </p>
      <h1 className="page-title">{title}</h1>
      <p className="lead">
        {t(`shared.youAre.${link.role}`, { name: link.owner.displayName })}
        {link.acceptedAt ? ` · ${t('shared.since', { date: formatDate(link.acceptedAt) })}` : null}
      </p>
      <p className="muted">{note ?? t('shared.readOnly')}</p>
    </header>
  )
}

/**
 * What a shared page shows while it loads or when it cannot: a 404 means the link ended or does not
 * share this (the server does not say which), anything else can be tried again.
 */
export function SharedState({
  query,
}: {
  query: { error: unknown; isError: boolean; refetch: () => unknown; isFetching: boolean }
}): ReactNode {
  const { t } = useTranslation('supporting')
  const describe = useDescribeError()
  if (!query.isError) return <PageLoading label={t('shared.loading')} />
  if (isApiError(query.error, 404)) return <NotShared />
  return (
    <div className="page">
      <div className="alert alert--error" role="alert">
        {describe(query.error)}
      </div>
      <Button variant="secondary" onClick={() => void query.refetch()} pending={query.isFetching}>
        {t('shared.retry')}
      </Button>
    </div>
  )
}

export function NotShared() {
  const { t } = useTranslation('supporting')
  useDocumentTitle(t('notShared.title'))
  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-title">{t('notShared.title')}</h1>
        <p className="lead">{t('notShared.body')}</p>
      </header>
      <Link to="/people" className={buttonClass('secondary', 'shared__to-people')}>
        {t('shared.backToPeople')}
      </Link>
    </div>
  )
}

const OwnerLanguage = createContext<Language | undefined>(undefined)

/** Below it, the person's own words (`Theirs`) are marked with the language they use Rebond in. */
export function OwnerWords({ link, children }: { link: ReceivedLink; children: ReactNode }) {
  return <OwnerLanguage value={link.owner.language}>{children}</OwnerLanguage>
}

/**
 * Words the person wrote, marked with their language: a screen reader reads a French note in French on a page
 * shown in English. `lang` where the words say their own (a question practised in English by someone who uses
 * Rebond in French), else the one they use Rebond in. A paragraph that keeps its line breaks with `block`, else a
 * span inside the reader's text.
 */
export function Theirs({
  children,
  block = false,
  lang,
}: {
  children: ReactNode
  block?: boolean
  lang?: Language
}) {
  const ownerLanguage = useContext(OwnerLanguage)
  const language = lang ?? ownerLanguage
  return block ? (
    <p className="prewrap" lang={language}>
      {children}
    </p>
  ) : (
    <span lang={language}>{children}</span>
  )
}

/** Moods as the person noted them: when, how they felt (1 to 5), and the note if they wrote one. */
export function MoodList({ moods }: { moods: readonly MoodEntry[] }) {
  const { t } = useTranslation('supporting')
  const formatDate = useFormatDate()
  if (moods.length === 0) return <p className="muted">{t('progress.noMoods')}</p>
  return (
    <ul>
      {moods.map((m) => (
        <li key={m.id}>
          {formatDate(m.at)} · {m.mood}/5
          {m.note ? (
            <>
              {' — '}
              <Theirs>{m.note}</Theirs>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

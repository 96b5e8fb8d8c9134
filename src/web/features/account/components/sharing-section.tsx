import './sharing-section.css'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OwnedLink, ReceivedLink } from '../../../../shared/schemas/sharing'
import { FormAlert, StatusMessage } from '../../../components/ui/alert'
import { Button, buttonClass } from '../../../components/ui/button'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { TextField } from '../../../components/ui/fields'
import { TitledSection } from '../../../components/ui/titled-section'
import { isApiError } from '../../../lib/api-client'
import { useFormatDate } from '../../../lib/dates'
import { useDescribeError } from '../../../lib/error-text'
import { useCreateInvitation, useEndSharingLink, useSharingLinks } from '../api/sharing'
import { useInterviewChoices, useLinkAccessLog } from '../api/sharing-log'
import { SecretAddress } from './secret-address'

type Role = 'coach' | 'partner'
const TOGGLES = ['debriefs', 'rehearsal', 'mockInterviews', 'progress', 'moods', 'rebounds'] as const
type Toggle = (typeof TOGGLES)[number]

/** What a link shares, in words: "debriefs (all) · rehearsal answers · Progress". */
function useSharedWords() {
  const { t } = useTranslation('account')
  return (shares: OwnedLink['shares']) => {
    const parts: string[] = []
    if (shares.debriefs === 'all') parts.push(t('sharing.what.debriefsAll'))
    if (shares.debriefs === 'selected')
      parts.push(t('sharing.what.debriefsSelected', { count: shares.interviewIds.length }))
    for (const key of ['rehearsal', 'mockInterviews', 'progress', 'moods', 'rebounds'] as const) {
      if (shares[key]) parts.push(t(`sharing.what.${key}`))
    }
    return parts.join(' · ')
  }
}

/** The checklist of the person's interviews whose debriefs an invitation shares, one by one. */
function ChosenDebriefs({
  chosen,
  onChange,
  error,
}: {
  chosen: readonly string[]
  onChange: (ids: string[]) => void
  error: string | undefined
}) {
  const { t } = useTranslation('account')
  const describe = useDescribeError()
  const formatDate = useFormatDate()
  const interviews = useInterviewChoices(true)
  return (
    <fieldset className="share-choices" aria-describedby={error ? 'sharing-selection-error' : undefined}>
      <legend className="choice-group__legend">{t('sharing.chooseDebriefs')}</legend>
      {interviews.isError ? <FormAlert>{describe(interviews.error)}</FormAlert> : null}
      {interviews.isPending ? <p role="status">{t('sharing.loadingInterviews')}</p> : null}
      {interviews.data?.interviews.length === 0 ? <p className="muted">{t('sharing.noInterviews')}</p> : null}
      {interviews.data?.interviews.map((interview) => (
        <label key={interview.id} className="share-choice">
          <input
            type="checkbox"
            checked={chosen.includes(interview.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...chosen, interview.id] : chosen.filter((id) => id !== interview.id),
              )
            }
          />
          <span>
            {interview.company} — {interview.role}{' '}
            <span className="muted">({formatDate(interview.date)})</span>
          </span>
        </label>
      ))}
      {error ? (
        <p className="field__error" id="sharing-selection-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

/** The invitation form: the role, what to share (the mood log and rebound plans unticked), a note of whom it is for. */
function InviteForm({
  byMail,
  onMade,
}: {
  byMail: boolean
  onMade: (made: { url: string; mailedTo: string | null }) => void
}) {
  const { t } = useTranslation('account')
  const describe = useDescribeError()
  const create = useCreateInvitation()
  const [role, setRole] = useState<Role>('coach')
  const [label, setLabel] = useState('')
  const [email, setEmail] = useState('')
  const [chosen, setChosen] = useState<Record<Toggle, boolean>>({
    debriefs: true,
    rehearsal: true,
    mockInterviews: true,
    progress: true,
    moods: false,
    rebounds: false,
  })
  const [debriefScope, setDebriefScope] = useState<'all' | 'selected'>('all')
  const [interviewIds, setInterviewIds] = useState<string[]>([])
  const choosing = chosen.debriefs && debriefScope === 'selected'
  const selectionError =
    isApiError(create.error) && create.error.fields
      ? Object.entries(create.error.fields).find(([field]) => field.startsWith('shares.interviewIds'))?.[1]
      : undefined
  const emailError = isApiError(create.error) ? create.error.fields?.email : undefined

  function submit(event: FormEvent) {
    event.preventDefault()
    const to = email.trim()
    create.mutate(
      {
        role,
        label,
        ...(byMail && to !== '' ? { email: to } : {}),
        shares: {
          debriefs: chosen.debriefs ? debriefScope : 'none',
          interviewIds: choosing ? interviewIds : [],
          rehearsal: chosen.rehearsal,
          mockInterviews: chosen.mockInterviews,
          progress: chosen.progress,
          moods: chosen.moods,
          rebounds: chosen.rebounds,
        },
      },
      {
        onSuccess: (made) => {
          onMade({ url: made.url, mailedTo: made.mailed ? to : null })
          setEmail('')
        },
      },
    )
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {create.isError ? <FormAlert>{describe(create.error)}</FormAlert> : null}
      <ChoiceGroup<Role>
        legend={t('sharing.role')}
        name="sharing-role"
        value={role}
        onChange={setRole}
        choices={[
          { value: 'coach', label: t('sharing.roles.coach') },
          { value: 'partner', label: t('sharing.roles.partner') },
        ]}
      />
      <p className="muted">{t(`sharing.roleHint.${role}`)}</p>
      <fieldset className="share-choices">
        <legend className="choice-group__legend">{t('sharing.whatLegend')}</legend>
        {TOGGLES.map((key) => (
          <label key={key} className="share-choice">
            <input
              type="checkbox"
              checked={chosen[key]}
              onChange={(event) => setChosen({ ...chosen, [key]: event.target.checked })}
            />
            <span>{t(`sharing.choose.${key}`)}</span>
          </label>
        ))}
        {chosen.debriefs ? (
          <div className="share-debriefs">
            <ChoiceGroup<'all' | 'selected'>
              legend={t('sharing.debriefScope')}
              name="sharing-debrief-scope"
              value={debriefScope}
              onChange={setDebriefScope}
              choices={[
                { value: 'all', label: t('sharing.debriefsAll') },
                { value: 'selected', label: t('sharing.debriefsChosen') },
              ]}
            />
            {choosing ? (
              <ChosenDebriefs chosen={interviewIds} onChange={setInterviewIds} error={selectionError} />
            ) : null}
          </div>
        ) : null}
        <p className="muted">{t('sharing.neverAccount')}</p>
      </fieldset>
      <TextField
        id="sharing-label"
        label={t('sharing.label')}
        hint={t('sharing.labelHint')}
        value={label}
        maxLength={80}
        onChange={(event) => setLabel(event.target.value)}
      />
      {byMail ? (
        <TextField
          id="sharing-email"
          type="email"
          autoComplete="off"
          inputMode="email"
          label={t('sharing.email')}
          hint={t('sharing.emailHint')}
          error={emailError}
          value={email}
          maxLength={254}
          onChange={(event) => setEmail(event.target.value)}
        />
      ) : null}
      <div className="form__footer">
        <Button type="submit" pending={create.isPending} pendingLabel={t('sharing.inviting')}>
          {t('sharing.invite')}
        </Button>
      </div>
    </form>
  )
}

type LogEntry = { resourceKind: string; resourceId: string | null; title: string | null }

/** An opening in words: "the debrief Acme — Designer", "the list of debriefs", "Progress". */
function useLogWords() {
  const { t } = useTranslation('account')
  return (entry: LogEntry): string => {
    switch (entry.resourceKind) {
      case 'overview':
        return t('sharing.log.kinds.overview')
      case 'debrief':
        return entry.resourceId
          ? t('sharing.log.kinds.debriefOne', { title: entry.title ?? t('sharing.log.deleted') })
          : t('sharing.log.kinds.debrief')
      case 'rehearsal_answer':
        return t('sharing.log.kinds.rehearsal')
      case 'rehearsal_recording':
        return t('sharing.log.kinds.recording')
      case 'mock_report':
        return entry.resourceId ? t('sharing.log.kinds.mockOne') : t('sharing.log.kinds.mock')
      case 'progress':
        return t('sharing.log.kinds.progress')
      case 'mood_log':
        return t('sharing.log.kinds.moods')
      case 'rebound_plan':
        return t('sharing.log.kinds.rebounds')
      default:
        return entry.resourceKind
    }
  }
}

/** What the invitee opened through a link, and when: fetched when the person opens it. */
function AccessLog({ link, who }: { link: OwnedLink; who: string }) {
  const { t } = useTranslation('account')
  const formatDate = useFormatDate()
  const describe = useDescribeError()
  const [open, setOpen] = useState(false)
  const log = useLinkAccessLog(link.id, open)
  const words = useLogWords()
  return (
    <details className="share-log" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('sharing.log.show', { name: who })}</summary>
      {log.isError ? <FormAlert>{describe(log.error)}</FormAlert> : null}
      {log.isPending && open ? <p role="status">{t('sharing.log.loading')}</p> : null}
      {log.data ? (
        log.data.entries.length === 0 ? (
          <p className="muted">{t('sharing.log.none')}</p>
        ) : (
          <ul className="share-log__list">
            {log.data.entries.map((entry) => (
              <li key={entry.id}>
                <span className="muted">{formatDate(entry.openedAt, 'dateTime')}</span> {words(entry)}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </details>
  )
}

function OwnedItem({ link }: { link: OwnedLink }) {
  const { t } = useTranslation('account')
  const formatDate = useFormatDate()
  const sharedWords = useSharedWords()
  const end = useEndSharingLink()
  const describe = useDescribeError()
  const who = link.invitee?.displayName ?? (link.label || t('sharing.notYet'))
  const since =
    link.state === 'active' && link.acceptedAt
      ? t('sharing.since', { date: formatDate(link.acceptedAt) })
      : link.state === 'pending'
        ? t('sharing.pendingUntil', { date: formatDate(link.expiresAt) })
        : link.state === 'expired'
          ? t('sharing.expired')
          : t(link.endedBy === 'invitee' ? 'sharing.endedByThem' : 'sharing.endedByYou', {
              date: formatDate(link.endedAt ?? link.createdAt),
            })
  return (
    <li className="share-item">
      <div>
        <strong>{who}</strong> <span className="muted">— {t(`sharing.roles.${link.role}`)}</span>
        {link.invitee && link.label ? <p className="muted">{link.label}</p> : null}
        <p>{sharedWords(link.shares)}</p>
        <p className="muted">
          {since}
          {link.state === 'active' || link.state === 'ended'
            ? ` · ${link.lastLookedAt ? t('sharing.lastLooked', { date: formatDate(link.lastLookedAt) }) : t('sharing.neverLooked')}`
            : null}
        </p>
        {link.lastLookedAt ? <AccessLog link={link} who={who} /> : null}
        {end.isError ? <FormAlert>{describe(end.error)}</FormAlert> : null}
      </div>
      {link.state === 'active' || link.state === 'pending' ? (
        <Button
          variant="danger-outline"
          pending={end.isPending}
          pendingLabel={t('sharing.ending')}
          onClick={() => end.mutate(link.id)}
          aria-label={t('sharing.endNamed', { name: who })}
        >
          {link.state === 'pending' ? t('sharing.withdraw') : t('sharing.end')}
        </Button>
      ) : null}
    </li>
  )
}

function ReceivedItem({ link }: { link: ReceivedLink }) {
  const { t } = useTranslation('account')
  const formatDate = useFormatDate()
  const sharedWords = useSharedWords()
  const end = useEndSharingLink()
  const describe = useDescribeError()
  return (
    <li className="share-item">
      <div>
        <strong>{link.owner.displayName}</strong>{' '}
        <span className="muted">— {t(`sharing.youAre.${link.role}`)}</span>
        <p>{sharedWords(link.shares)}</p>
        {link.acceptedAt ? (
          <p className="muted">{t('sharing.since', { date: formatDate(link.acceptedAt) })}</p>
        ) : null}
        {end.isError ? <FormAlert>{describe(end.error)}</FormAlert> : null}
      </div>
      <Link
        to={`/coaching/${encodeURIComponent(link.id)}`}
        className={buttonClass('secondary')}
        aria-label={t('sharing.reviewNamed', { name: link.owner.displayName })}
      >
        {t('sharing.review')}
      </Link>
      <Button
        variant="secondary"
        pending={end.isPending}
        pendingLabel={t('sharing.ending')}
        onClick={() => end.mutate(link.id)}
        aria-label={t('sharing.leaveNamed', { name: link.owner.displayName })}
      >
        {t('sharing.leave')}
      </Button>
    </li>
  )
}

/** Account's "Who sees what": the links made, an invitation form, and the people one supports. */
export function SharingSection() {
  const { t } = useTranslation('account')
  const describe = useDescribeError()
  const links = useSharingLinks()
  const [made, setMade] = useState<{ url: string; mailedTo: string | null } | null>(null)

  return (
    <TitledSection id="sharing-title" title={t('sharing.heading')}>
      <p>{t('sharing.intro')}</p>
      {links.isPending ? <p role="status">{t('sharing.loading')}</p> : null}
      {links.isError ? <FormAlert>{describe(links.error)}</FormAlert> : null}
      {links.data ? (
        links.data.owned.length > 0 ? (
          <ul className="share-list" aria-label={t('sharing.ownedLabel')}>
            {links.data.owned.map((link) => (
              <OwnedItem key={link.id} link={link} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('sharing.none')}</p>
        )
      ) : null}
      {made?.mailedTo ? <StatusMessage>{t('sharing.mailed', { email: made.mailedTo })}</StatusMessage> : null}
      {made ? <SecretAddress id="sharing-url" url={made.url} words="sharing" /> : null}
      {links.data && links.data.received.length > 0 ? (
        <>
          <h3 className="share-subheading">{t('sharing.receivedHeading')}</h3>
          <ul className="share-list" aria-label={t('sharing.receivedHeading')}>
            {links.data.received.map((link) => (
              <ReceivedItem key={link.id} link={link} />
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="share-subheading">{t('sharing.inviteHeading')}</h3>
      <InviteForm byMail={links.data?.byMail ?? false} onMade={setMade} />
    </TitledSection>
  )
}

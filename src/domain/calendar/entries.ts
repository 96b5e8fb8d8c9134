/**
 * What Rebond puts in a person's calendar: their interviews, an evening of preparation the day
 * before each, the feedback follow-ups they planned, and the check-in that ends a 48-hour rebound.
 * Pure: plain rows in, entries out, the clock and the person's zone passed in. Every entry has a
 * UID that depends only on what it is about, so a calendar updates it rather than adding another.
 */
import { atLocalClock } from '../accounts/time-zone'
import { type InterviewStage, STAGE_LABELS } from '../debrief/taxonomy'
import { FOLLOW_UP_REMINDER, followUpReminderStart } from '../feedback/tracking'
import type { Lang } from '../language'

export type CalendarEntry = {
  uid: string
  start: Date
  durationMinutes: number
  title: string
  description: string
  /** The page of the app it is about, when known. */
  path?: string
  alarmMinutesBefore?: number
}

export type FeedInterview = {
  id: string
  date: string
  durationMinutes: number | null
  stage: InterviewStage
  company: string
  role: string
}
export type FeedFollowUp = {
  interviewId: string
  followUpAt: string
  interviewDate: string
  company: string
  role: string
}
export type FeedRebound = { id: string; createdAt: string; company: string }

/** Preparation the evening before, at this local time, for this long. */
export const PREPARATION_REMINDER = { hour: 18, minute: 0, durationMinutes: 30, alarmMinutesBefore: 10 }
/** The rebound's check-in: the evening its 48 hours end. */
export const REBOUND_CHECK_IN = { hour: 18, minute: 0, durationMinutes: 15 }
/** An interview with no duration given. */
export const DEFAULT_INTERVIEW_MINUTES = 60
/** What the feed keeps of the past: what happened in the last weeks stays where the calendar showed it. */
export const FEED_PAST_DAYS = 30

const DAY_MS = 86_400_000

type Reminder = { hour: number; minute: number; durationMinutes: number }
/** A reminder's slot on a day: its local time in the person's zone, and its length. */
const reminderSlot = (day: Date, timeZone: string, reminder: Reminder) => ({
  start: atLocalClock(day, timeZone, reminder.hour, reminder.minute),
  durationMinutes: reminder.durationMinutes,
})

const sep = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ')

const longDate = (iso: string, lang: Lang, timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))

export function interviewEntry(interview: FeedInterview, lang: Lang): CalendarEntry {
  const stage = STAGE_LABELS[interview.stage][lang]
  return {
    uid: `interview-${interview.id}@rebond`,
    start: new Date(interview.date),
    durationMinutes: interview.durationMinutes ?? DEFAULT_INTERVIEW_MINUTES,
    title: `${lang === 'fr' ? 'Entretien' : 'Interview'}${sep(lang)}${interview.company}`,
    description:
      lang === 'fr'
        ? `${stage} pour le poste ${interview.role}. Après l’entretien, notez à chaud ce qui s’est passé dans Rebond.`
        : `${stage} for the ${interview.role} role. Afterwards, note down what happened in Rebond while it is fresh.`,
    path: `/interviews/${interview.id}`,
  }
}

export function preparationEntry(interview: FeedInterview, lang: Lang, timeZone: string): CalendarEntry {
  const dayBefore = new Date(new Date(interview.date).getTime() - DAY_MS)
  return {
    uid: `preparation-${interview.id}@rebond`,
    ...reminderSlot(dayBefore, timeZone, PREPARATION_REMINDER),
    title:
      lang === 'fr'
        ? `Préparer l’entretien de demain${sep(lang)}${interview.company}`
        : `Prepare tomorrow’s interview${sep(lang)}${interview.company}`,
    description:
      lang === 'fr'
        ? `Demain, ${longDate(interview.date, lang, timeZone)}. Relisez vos leçons des derniers entretiens et répétez deux ou trois réponses : une demi-heure suffit.`.replace(
            ' :',
            '\u00a0:',
          )
        : `Tomorrow, ${longDate(interview.date, lang, timeZone)}. Reread the lessons from your last interviews and rehearse two or three answers: half an hour is enough.`,
    path: `/interviews/${interview.id}/prep`,
    alarmMinutesBefore: PREPARATION_REMINDER.alarmMinutesBefore,
  }
}

/** The follow-up of a feedback request: the same event as its own `.ics` download (same UID). */
export function followUpEntry(followUp: FeedFollowUp, lang: Lang, timeZone: string): CalendarEntry {
  const interviewDate = longDate(followUp.interviewDate, lang, timeZone)
  return {
    uid: `feedback-${followUp.interviewId}@rebond`,
    start: followUpReminderStart(new Date(followUp.followUpAt), timeZone),
    durationMinutes: FOLLOW_UP_REMINDER.durationMinutes,
    title:
      lang === 'fr'
        ? `Relancer ${followUp.company} pour un retour`
        : `Follow up with ${followUp.company} about feedback`,
    description:
      lang === 'fr'
        ? `Vous avez demandé un retour sur votre entretien du ${interviewDate} (${followUp.role}). Sans réponse, une relance courte et polie est tout à fait normale.`
        : `You asked for feedback on your interview of ${interviewDate} (${followUp.role}). With no answer yet, a short, polite follow-up is perfectly normal.`,
    path: `/interviews/${followUp.interviewId}/feedback`,
    alarmMinutesBefore: FOLLOW_UP_REMINDER.alarmMinutesBefore,
  }
}

export function reboundCheckInEntry(rebound: FeedRebound, lang: Lang, timeZone: string): CalendarEntry {
  const end = new Date(new Date(rebound.createdAt).getTime() + 2 * DAY_MS)
  return {
    uid: `rebound-${rebound.id}@rebond`,
    ...reminderSlot(end, timeZone, REBOUND_CHECK_IN),
    title:
      lang === 'fr'
        ? `Point sur votre rebond${sep(lang)}${rebound.company}`
        : `Rebound check-in${sep(lang)}${rebound.company}`,
    description:
      lang === 'fr'
        ? 'Les 48 heures de votre plan se terminent. Cochez ce qui est fait, notez comment vous allez : même un petit pas compte.'.replace(
            ' :',
            '\u00a0:',
          )
        : 'The 48 hours of your plan are ending. Tick what is done and note how you feel: even a small step counts.',
    path: `/rebound/${rebound.id}`,
  }
}

/**
 * Every entry of the feed, in time order: each interview given (the repository keeps those from
 * `FEED_PAST_DAYS` ago on) with its preparation evening, planned follow-ups, and open rebounds'
 * check-ins. Past entries stay while in the window, so a calendar does not see them vanish.
 */
export function calendarEntries(
  sources: { interviews: FeedInterview[]; followUps: FeedFollowUp[]; rebounds: FeedRebound[] },
  lang: Lang,
  timeZone: string,
): CalendarEntry[] {
  const entries: CalendarEntry[] = []
  for (const interview of sources.interviews) {
    entries.push(interviewEntry(interview, lang))
    entries.push(preparationEntry(interview, lang, timeZone))
  }
  for (const followUp of sources.followUps) entries.push(followUpEntry(followUp, lang, timeZone))
  for (const rebound of sources.rebounds) entries.push(reboundCheckInEntry(rebound, lang, timeZone))
  return entries.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid))
}

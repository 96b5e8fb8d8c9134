import { useMemo } from 'react'
import {
  INTERVIEW_OUTCOMES,
  INTERVIEW_STAGES,
  type InterviewOutcome,
  type InterviewStage,
} from '../../../../domain/debrief'
import type { InterviewListItem, InterviewsQuery } from '../../../../shared/schemas/interviews'
import { useFormatDate } from '../../../lib/dates'
import { useListFilters } from '../../../lib/use-list-filters'
import { useApplications } from '../api/get-applications'
import { useInterviews } from '../api/get-interviews'

const foldName = (name: string) =>
  name
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

export const isStage = (v: string | null): v is InterviewStage =>
  INTERVIEW_STAGES.includes(v as InterviewStage)
export const isOutcome = (v: string | null): v is InterviewOutcome =>
  INTERVIEW_OUTCOMES.includes(v as InterviewOutcome)

export type MonthGroup = { month: string; items: InterviewListItem[] }

/**
 * The interviews page's data: its filters and search (in the address), the interviews that match,
 * grouped by month, and the companies to filter by.
 */
export function useInterviewList() {
  const formatDate = useFormatDate()
  // The search waits for a pause in typing, then goes into the address (a reload keeps it).
  const filters = useListFilters(350)
  const { params, q } = filters

  const stage = params.get('stage')
  const outcome = params.get('outcome')
  const company = params.get('company') ?? ''
  const query: InterviewsQuery = {
    ...(isStage(stage) ? { stage } : {}),
    ...(isOutcome(outcome) ? { outcome } : {}),
    ...(company ? { company } : {}),
    ...(q ? { q } : {}),
  }
  const filtered = Object.keys(query).length > 0

  const interviews = useInterviews(query)
  const applications = useApplications()
  // The filter matches whole names whatever the case and accents (see the server): "Orange" and
  // "orange" are one choice, "Orange Bank" another.
  const companies = useMemo(() => {
    const byName = new Map<string, string>()
    for (const { company: name } of applications.data?.applications ?? []) {
      const key = foldName(name)
      if (!byName.has(key)) byName.set(key, name.trim())
    }
    return [...byName.values()].sort((a, b) => a.localeCompare(b))
  }, [applications.data])

  const groups = useMemo(() => {
    const out: MonthGroup[] = []
    for (const item of interviews.data?.interviews ?? []) {
      const month = formatDate(item.date, 'month')
      const last = out[out.length - 1]
      if (last && last.month === month) last.items.push(item)
      else out.push({ month, items: [item] })
    }
    return out
  }, [interviews.data, formatDate])

  const count = interviews.data?.interviews.length ?? 0
  return { filters, stage, outcome, company, filtered, interviews, companies, groups, count }
}

export type InterviewList = ReturnType<typeof useInterviewList>

import type { Lang } from '../language'
import {
  CAUSE_INFO,
  type DEBRIEF_STEPS,
  EMOTION_INFO,
  FORMAT_LABELS,
  type InterviewFormat,
  type InterviewOutcome,
  type InterviewStage,
  OUTCOME_LABELS,
  QUESTION_FEELING_LABELS,
  RATING_LABELS,
  RATINGS,
  REASON_LABELS,
  SEVERITY_LABELS,
  STAGE_LABELS,
} from './taxonomy'
import type { DebriefContent } from './types'

export type InterviewForExport = {
  company: string
  role: string
  date: string
  stage: InterviewStage
  format: InterviewFormat | null
  outcome: InterviewOutcome
  gutFeeling: number | null
  durationMinutes: number | null
  interviewers: { name: string; role: string }[]
  note: string
}

const T = {
  fr: {
    title: 'Débrief',
    interview: 'L’entretien',
    date: 'Date',
    stage: 'Étape',
    format: 'Format',
    outcome: 'Issue',
    gut: 'Ressenti à chaud',
    duration: 'Durée',
    minutes: 'min',
    interviewers: 'Interlocuteurs',
    note: 'Note',
    feelings: 'Ce que vous ressentiez',
    wentWell: 'Ce qui s’est bien passé',
    questions: 'Les questions',
    yourAnswer: 'Votre réponse',
    felt: 'Ressenti',
    reaction: 'Réaction du recruteur',
    causes: 'Causes identifiées',
    severity: 'gravité',
    relatedQuestions: 'questions liées',
    destabilizing: 'Questions déstabilisantes',
    why: 'Pourquoi',
    betterAnswer: 'Meilleure réponse',
    toRehearse: 'à répéter',
    lessons: 'Leçons et actions',
    beforeNext: 'à vérifier avant le prochain entretien',
    ratings: 'Auto-évaluation (sur 5)',
    empty: '_Rien de noté pour cette étape._',
    skipped: '_Étape passée._',
  },
  en: {
    title: 'Debrief',
    interview: 'The interview',
    date: 'Date',
    stage: 'Stage',
    format: 'Format',
    outcome: 'Outcome',
    gut: 'Gut feeling',
    duration: 'Duration',
    minutes: 'min',
    interviewers: 'Interviewers',
    note: 'Note',
    feelings: 'How you felt',
    wentWell: 'What went well',
    questions: 'The questions',
    yourAnswer: 'Your answer',
    felt: 'Felt',
    reaction: "Recruiter's reaction",
    causes: 'Causes found',
    severity: 'severity',
    relatedQuestions: 'related questions',
    destabilizing: 'Tough questions',
    why: 'Why',
    betterAnswer: 'Better answer',
    toRehearse: 'to rehearse',
    lessons: 'Lessons and actions',
    beforeNext: 'check before my next interview',
    ratings: 'Self-ratings (out of 5)',
    empty: '_Nothing noted for this step._',
    skipped: '_Step skipped._',
  },
} as const

/**
 * Text typed by the user, made inert: Markdown renderers would otherwise execute raw HTML
 * or turn a leading "#" into a heading.
 */
/** A heading holds one line: line breaks inside it (a question typed over two lines) become spaces. */
const headingText = (text: string): string => escapeMarkdown(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '))

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|])/g, '\\$1')
}

/** Keeps multi-line text inside a list item or a quote. */
const block = (text: string, prefix: string) =>
  escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n')

/** A moment written out with its clock time in the person's time zone (an IANA name). */
export function formatDate(iso: string, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

/** The debrief as Markdown; times are given in `timeZone`, the person's, and say which it is. */
export function debriefMarkdown(
  interview: InterviewForExport,
  debrief: DebriefContent,
  lang: Lang,
  timeZone: string,
): string {
  const t = T[lang]
  const out: string[] = []
  const section = (title: string) => out.push('', `## ${title}`, '')
  // French typography puts a space before the colon.
  const colon = lang === 'fr' ? ' :' : ':'
  const skipped = (step: (typeof DEBRIEF_STEPS)[number]) => debrief.skipped.includes(step)

  out.push(`# ${t.title} — ${headingText(interview.company)}, ${headingText(interview.role)}`)
  section(t.interview)
  out.push(`- ${t.date}${colon} ${formatDate(interview.date, lang, timeZone)} (${timeZone})`)
  out.push(`- ${t.stage}${colon} ${STAGE_LABELS[interview.stage][lang]}`)
  if (interview.format) out.push(`- ${t.format}${colon} ${FORMAT_LABELS[interview.format][lang]}`)
  out.push(`- ${t.outcome}${colon} ${OUTCOME_LABELS[interview.outcome][lang]}`)
  if (interview.gutFeeling !== null) out.push(`- ${t.gut}${colon} ${interview.gutFeeling}/5`)
  if (interview.durationMinutes !== null)
    out.push(`- ${t.duration}${colon} ${interview.durationMinutes} ${t.minutes}`)
  if (interview.interviewers.length > 0) {
    const people = interview.interviewers
      .map((p) => (p.role ? `${escapeMarkdown(p.name)} (${escapeMarkdown(p.role)})` : escapeMarkdown(p.name)))
      .join(', ')
    out.push(`- ${t.interviewers}${colon} ${people}`)
  }
  if (interview.note.trim()) out.push('', block(interview.note, '> '))

  section(t.feelings)
  if (debrief.feelings.emotions.length === 0 && !debrief.feelings.wentWell.trim()) {
    out.push(skipped('feelings') ? t.skipped : t.empty)
  } else {
    for (const e of debrief.feelings.emotions)
      out.push(`- ${EMOTION_INFO[e.emotion][lang]} (${e.intensity}/5)`)
    if (debrief.feelings.wentWell.trim())
      out.push('', `**${t.wentWell}**`, '', block(debrief.feelings.wentWell, ''))
    if (debrief.feelings.note.trim()) out.push('', block(debrief.feelings.note, ''))
  }

  section(t.questions)
  const questions = debrief.questions.filter((q) => q.question.trim())
  if (questions.length === 0) out.push(skipped('replay') ? t.skipped : t.empty)
  questions.forEach((q, i) => {
    out.push(`${i + 1}. **${escapeMarkdown(q.question.trim())}**`)
    if (q.answer.trim()) out.push(`   - ${t.yourAnswer}${colon} ${block(q.answer, '').replace(/\n/g, ' ')}`)
    if (q.feeling) out.push(`   - ${t.felt}${colon} ${QUESTION_FEELING_LABELS[q.feeling][lang]}`)
    if (q.recruiterReaction.trim())
      out.push(`   - ${t.reaction}${colon} ${block(q.recruiterReaction, '').replace(/\n/g, ' ')}`)
  })

  const questionNumber = new Map(questions.map((q, i) => [q.id, i + 1]))
  section(t.causes)
  if (debrief.causes.length === 0) out.push(skipped('diagnose') ? t.skipped : t.empty)
  for (const c of debrief.causes) {
    const label =
      c.cause === 'other' && c.otherLabel.trim()
        ? escapeMarkdown(c.otherLabel.trim())
        : CAUSE_INFO[c.cause].label[lang]
    const refs = c.questionIds.map((id) => questionNumber.get(id)).filter((n) => n !== undefined)
    const extra = [`${t.severity} ${SEVERITY_LABELS[c.severity][lang].toLowerCase()}`]
    if (refs.length > 0) extra.push(`${t.relatedQuestions} ${refs.join(', ')}`)
    out.push(`- **${label}** (${extra.join(' ; ')})`)
    if (c.evidence.trim()) out.push(block(c.evidence, '  '))
  }

  section(t.destabilizing)
  const byId = new Map(debrief.questions.map((q) => [q.id, q]))
  if (debrief.destabilizing.length === 0) out.push(skipped('destabilizing') ? t.skipped : t.empty)
  for (const d of debrief.destabilizing) {
    const q = byId.get(d.questionId)
    if (!q) continue
    out.push(`### ${headingText(q.question.trim() || '—')}${d.rehearse ? ` (${t.toRehearse})` : ''}`, '')
    const reasons = d.reasons.map((r) =>
      r === 'other' && d.reasonOther.trim() ? escapeMarkdown(d.reasonOther.trim()) : REASON_LABELS[r][lang],
    )
    if (reasons.length > 0) out.push(`${t.why}${colon} ${reasons.join(', ')}`, '')
    if (d.betterAnswer.trim()) out.push(`**${t.betterAnswer}**`, '', block(d.betterAnswer, '> '), '')
  }

  section(t.lessons)
  const lessons = debrief.lessons.filter((l) => l.text.trim())
  if (lessons.length === 0) out.push(skipped('lessons') ? t.skipped : t.empty)
  lessons.forEach((lesson, i) => {
    out.push(`${i + 1}. ${escapeMarkdown(lesson.text.trim())}`)
    for (const a of lesson.actions.filter((x) => x.text.trim())) {
      const flag = a.checkBeforeNext ? ` — _${t.beforeNext}_` : ''
      out.push(`   - [${a.status === 'done' ? 'x' : ' '}] ${escapeMarkdown(a.text.trim())}${flag}`)
    }
  })

  section(t.ratings)
  const rated = RATINGS.filter((r) => debrief.ratings[r] !== null)
  if (rated.length === 0) out.push(skipped('ratings') ? t.skipped : t.empty)
  for (const r of rated) out.push(`- ${RATING_LABELS[r][lang]}${colon} ${debrief.ratings[r]}/5`)

  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}

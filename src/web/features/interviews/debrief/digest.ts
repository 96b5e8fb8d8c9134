import type { TFunction } from 'i18next'
import {
  type Bilingual,
  CAUSE_INFO,
  type DebriefContent,
  type DebriefStep,
  EMOTION_INFO,
  QUESTION_FEELING_LABELS,
  RATING_LABELS,
  RATINGS,
  REASON_LABELS,
  SEVERITY_LABELS,
} from '../../../../domain/debrief'

type Label = (label: Bilingual) => string

/** One step of a debrief as short lines of plain text: to compare two versions, or copy one. */
export function stepDigest(
  content: DebriefContent,
  step: DebriefStep,
  label: Label,
  t: TFunction<'debrief'>,
  options: { full?: boolean } = {},
): string[] {
  const lines: string[] = []
  const clip = (text: string, max = 160) => {
    if (options.full) return text.trim()
    const clean = text.trim().replace(/\s+/g, ' ')
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
  }
  switch (step) {
    case 'feelings': {
      const { emotions, wentWell, note } = content.feelings
      if (emotions.length > 0)
        lines.push(emotions.map((e) => `${label(EMOTION_INFO[e.emotion])} (${e.intensity}/5)`).join(', '))
      if (wentWell.trim()) lines.push(`${t('digest.wentWell')} ${clip(wentWell)}`)
      if (note.trim()) lines.push(`${t('digest.note')} ${clip(note)}`)
      break
    }
    case 'replay':
      content.questions.forEach((q, i) => {
        const feeling = q.feeling ? ` — ${label(QUESTION_FEELING_LABELS[q.feeling])}` : ''
        lines.push(`${i + 1}. ${clip(q.question) || t('untitledQuestion')}${feeling}`)
        if (q.answer.trim()) lines.push(`   ${t('digest.answer')} ${clip(q.answer)}`)
        if (q.recruiterReaction.trim()) lines.push(`   ${t('digest.reaction')} ${clip(q.recruiterReaction)}`)
      })
      break
    case 'diagnose':
      for (const c of content.causes) {
        const name =
          c.cause === 'other' && c.otherLabel.trim() ? c.otherLabel : label(CAUSE_INFO[c.cause].label)
        lines.push(`${clip(name)} (${label(SEVERITY_LABELS[c.severity])})`)
        if (c.evidence.trim()) lines.push(`   ${clip(c.evidence)}`)
      }
      break
    case 'destabilizing':
      for (const d of content.destabilizing) {
        const question = content.questions.find((q) => q.id === d.questionId)
        lines.push(clip(question?.question ?? '') || t('untitledQuestion'))
        const reasons = d.reasons.map((r) =>
          r === 'other' && d.reasonOther.trim() ? d.reasonOther : label(REASON_LABELS[r]),
        )
        if (reasons.length > 0) lines.push(`   ${t('digest.reasons')} ${clip(reasons.join(', '))}`)
        if (d.betterAnswer.trim()) lines.push(`   ${t('digest.betterAnswer')} ${clip(d.betterAnswer, 600)}`)
        if (d.rehearse) lines.push(`   ${t('digest.rehearse')}`)
      }
      break
    case 'lessons':
      content.lessons.forEach((lesson, i) => {
        lines.push(`${i + 1}. ${clip(lesson.text) || '—'}`)
        for (const action of lesson.actions) {
          const box = action.status === 'done' ? '[x]' : '[ ]'
          const flag = action.checkBeforeNext ? ` (${t('digest.beforeNext')})` : ''
          lines.push(`   ${box} ${clip(action.text) || '—'}${flag}`)
        }
      })
      break
    case 'ratings':
      for (const rating of RATINGS) {
        const value = content.ratings[rating]
        if (value !== null) lines.push(t('digest.rating', { label: label(RATING_LABELS[rating]), value }))
      }
      break
  }
  if (lines.length === 0) lines.push(content.skipped.includes(step) ? t('digest.skipped') : t('digest.empty'))
  return lines
}

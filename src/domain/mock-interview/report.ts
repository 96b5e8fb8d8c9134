// The report right after a session: per question what was asked and answered, with the analyzer's figures;
// the tension before and after; what moved against earlier sessions. An answer that gives too little to
// judge gets "not enough to say", never a verdict.
import { escapeMarkdown } from '../debrief/markdown'
import { STAGE_LABELS } from '../debrief/taxonomy'
import { fillersPer100Words } from '../rehearsal/cards'
import { type PostingTerm, termsUsed } from './posting-terms'
import type { CheckIn, RecordedAnswer, SessionState } from './session'
import type { MockLang, PressureLevel } from './settings'

export type Verdict = 'not-enough' | 'low' | 'medium' | 'high'

export type ReportAnswer = RecordedAnswer & {
  verdict: Verdict
  /** Labels of the posting's terms this answer used. */
  postingTerms: string[]
  /** Spoken (or, when written, estimated) time beyond the answer limit. */
  overLimit: boolean
}

export type ReportQuestion = { questionIndex: number; text: string; answers: ReportAnswer[] }

/** One session in figures: what progress charts and later reports compare. */
export type SessionSummary = {
  level: PressureLevel
  answered: number
  judged: number
  /** Means over judged main answers; null when none was judged. */
  averageAssertiveness: number | null
  fillersPer100: number | null
  /** Share (0–1) of judged main answers that told a result. */
  resultShare: number | null
  averageSpokenSeconds: number | null
  /** Mean long pauses per spoken main answer; absent from sessions saved before it was measured. */
  averageLongPauses?: number | null
  tensionBefore: number | null
  tensionAfter: number | null
}

export const COMPARED_METRICS = [
  'averageAssertiveness',
  'fillersPer100',
  'resultShare',
  'tensionAfter',
] as const
export type ComparedMetric = (typeof COMPARED_METRICS)[number]
const LOWER_IS_BETTER: ReadonlySet<ComparedMetric> = new Set(['fillersPer100', 'tensionAfter'])

export type Comparison = { metric: ComparedMetric; previous: number; current: number; better: boolean }

export type MockReport = {
  questions: ReportQuestion[]
  before: CheckIn | null
  after: CheckIn | null
  summary: SessionSummary
  /** Against the mean of up to three previous sessions; empty for a first session. */
  comparisons: Comparison[]
}

export const verdictOf = (answer: RecordedAnswer): Verdict =>
  answer.gate === 'ok' ? answer.figures.assertivenessLevel : 'not-enough'

const round1 = (value: number): number => Math.round(value * 10) / 10
const mean = (values: number[]): number | null =>
  values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length)

export function summarize(
  s: Pick<SessionState, 'settings' | 'answers' | 'before' | 'after'>,
): SessionSummary {
  const judged = s.answers.filter((a) => a.followUp === 0 && a.gate === 'ok')
  const spoken = s.answers.flatMap((a) =>
    a.followUp === 0 && a.spokenSeconds !== null ? [a.spokenSeconds] : [],
  )
  return {
    level: s.settings.level,
    answered: s.answers.filter((a) => a.followUp === 0).length,
    judged: judged.length,
    averageAssertiveness: mean(judged.map((a) => a.figures.assertivenessScore)),
    fillersPer100: mean(judged.map((a) => fillersPer100Words(a.figures))),
    resultShare:
      judged.length === 0
        ? null
        : Math.round((judged.filter((a) => a.figures.star.result).length * 100) / judged.length) / 100,
    averageSpokenSeconds: mean(spoken),
    averageLongPauses: mean(
      s.answers.flatMap((a) => (a.followUp === 0 && a.longPauses !== null ? [a.longPauses] : [])),
    ),
    tensionBefore: s.before?.tension ?? null,
    tensionAfter: s.after?.tension ?? null,
  }
}

/** What moved against earlier sessions (most recent last); a metric missing on either side is left out. */
export function compareWith(current: SessionSummary, previous: readonly SessionSummary[]): Comparison[] {
  const recent = previous.slice(-3)
  return COMPARED_METRICS.flatMap((metric) => {
    const now = current[metric]
    const before = mean(recent.flatMap((p) => (p[metric] === null ? [] : [p[metric] as number])))
    if (now === null || before === null) return []
    const better = LOWER_IS_BETTER.has(metric) ? now < before : now > before
    return [{ metric, previous: before, current: now, better }]
  })
}

export function buildReport(
  s: Pick<SessionState, 'settings' | 'questions' | 'answers' | 'before' | 'after'>,
  options: { terms?: readonly PostingTerm[]; previous?: readonly SessionSummary[] } = {},
): MockReport {
  const terms = options.terms ?? []
  const questions: ReportQuestion[] = s.questions.flatMap((question, questionIndex) => {
    const answers = s.answers
      .filter((a) => a.questionIndex === questionIndex)
      .sort((a, b) => a.followUp - b.followUp)
      .map((a) => ({
        ...a,
        verdict: verdictOf(a),
        postingTerms: termsUsed(a.text, terms).map((t) => t.label),
        overLimit: (a.spokenSeconds ?? a.figures.estimatedSeconds) > a.limitSeconds,
      }))
    return answers.length === 0 ? [] : [{ questionIndex, text: question.text, answers }]
  })
  const summary = summarize(s)
  return {
    questions,
    before: s.before,
    after: s.after,
    summary,
    comparisons: compareWith(summary, options.previous ?? []),
  }
}

const WEAKNESS: Record<Verdict, number> = { 'not-enough': 0, low: 1, medium: 2, high: 3 }

/**
 * The questions worth rehearsing, weakest first: answers with nothing to judge, then low, then medium
 * assertiveness (ties: the lower score). A question answered with high assertiveness is not proposed.
 */
export function weakestQuestions(report: MockReport, max = 3): number[] {
  return report.questions
    .flatMap((q) => {
      const main = q.answers.find((a) => a.followUp === 0)
      return main && main.verdict !== 'high' ? [{ q, main }] : []
    })
    .sort(
      (a, b) =>
        WEAKNESS[a.main.verdict] - WEAKNESS[b.main.verdict] ||
        a.main.figures.assertivenessScore - b.main.figures.assertivenessScore ||
        a.q.questionIndex - b.q.questionIndex,
    )
    .slice(0, max)
    .map(({ q }) => q.questionIndex)
}

const T = {
  fr: {
    title: 'Entretien blanc',
    stage: 'Étape',
    level: 'Niveau de pression',
    tension: 'Tension (1 à 5)',
    before: 'avant',
    after: 'après',
    question: 'Question',
    followUp: 'Relance',
    answer: 'Réponse',
    noAnswer: '(pas de réponse)',
    seconds: 'Durée',
    estimated: 'estimée',
    pauses: 'Longues pauses',
    interrupted: 'Interrompue',
    verdict: 'Assurance',
    terms: 'Termes de l’offre repris',
    verdicts: { 'not-enough': 'pas assez pour juger', low: 'faible', medium: 'moyenne', high: 'forte' },
    findings: (f: RecordedAnswer['figures']) =>
      `${f.wordCount} mots, ${f.fillerCount} tics, ${f.hedgeCount} précautions, ${f.metricsCount} chiffres, structure STAR ${f.starParts}/4`,
    progress: 'Par rapport aux séances précédentes',
    metrics: {
      averageAssertiveness: 'Assurance moyenne',
      fillersPer100: 'Tics pour 100 mots',
      resultShare: 'Réponses avec un résultat',
      tensionAfter: 'Tension après',
    },
    better: 'en progrès',
    notBetter: 'pas encore',
  },
  en: {
    title: 'Mock interview',
    stage: 'Stage',
    level: 'Pressure level',
    tension: 'Tension (1 to 5)',
    before: 'before',
    after: 'after',
    question: 'Question',
    followUp: 'Follow-up',
    answer: 'Answer',
    noAnswer: '(no answer)',
    seconds: 'Time',
    estimated: 'estimated',
    pauses: 'Long pauses',
    interrupted: 'Interrupted',
    verdict: 'Assertiveness',
    terms: 'Posting terms used',
    verdicts: { 'not-enough': 'not enough to say', low: 'low', medium: 'medium', high: 'high' },
    findings: (f: RecordedAnswer['figures']) =>
      `${f.wordCount} words, ${f.fillerCount} fillers, ${f.hedgeCount} hedges, ${f.metricsCount} figures, STAR structure ${f.starParts}/4`,
    progress: 'Compared with previous sessions',
    metrics: {
      averageAssertiveness: 'Average assertiveness',
      fillersPer100: 'Fillers per 100 words',
      resultShare: 'Answers with a result',
      tensionAfter: 'Tension after',
    },
    better: 'improving',
    notBetter: 'not yet',
  },
} as const

const oneLine = (text: string): string => escapeMarkdown(text.replace(/\s+/g, ' ').trim())

/** The report as Markdown, in the session's language, for the person to keep or share. */
export function reportMarkdown(
  report: MockReport,
  session: {
    lang: MockLang
    stage: keyof typeof STAGE_LABELS
    level: PressureLevel
    role: string
    date: string
  },
): string {
  const t = T[session.lang]
  // French puts a non-breaking space before a colon, English none.
  const colon = session.lang === 'fr' ? '\u00a0:' : ':'
  const out: string[] = [`# ${t.title}${session.role.trim() ? ` — ${oneLine(session.role)}` : ''}`, '']
  out.push(`- ${session.date}`)
  out.push(`- ${t.stage}${colon} ${STAGE_LABELS[session.stage][session.lang]}`)
  out.push(`- ${t.level}${colon} ${session.level}/4`)
  if (report.before || report.after) {
    out.push(
      `- ${t.tension}${colon} ${t.before} ${report.before?.tension ?? '–'}, ${t.after} ${report.after?.tension ?? '–'}`,
    )
  }
  for (const q of report.questions) {
    out.push('', `## ${q.questionIndex + 1}. ${oneLine(q.text)}`)
    for (const a of q.answers) {
      if (a.followUp > 0) out.push('', `**${t.followUp}** — ${oneLine(a.prompt)}`)
      out.push('', a.text.trim() ? escapeMarkdown(a.text.trim()) : t.noAnswer, '')
      const seconds = a.spokenSeconds ?? a.figures.estimatedSeconds
      out.push(
        `- ${t.seconds}${colon} ${Math.round(seconds)} s${a.spokenSeconds === null ? ` (${t.estimated})` : ''} / ${a.limitSeconds} s`,
      )
      if (a.longPauses !== null) out.push(`- ${t.pauses}${colon} ${a.longPauses}`)
      if (a.interrupted) out.push(`- ${t.interrupted}`)
      out.push(`- ${t.verdict}${colon} ${t.verdicts[a.verdict]}`)
      if (a.verdict !== 'not-enough') out.push(`- ${t.findings(a.figures)}`)
      if (a.postingTerms.length > 0)
        out.push(`- ${t.terms}${colon} ${a.postingTerms.map(escapeMarkdown).join(', ')}`)
    }
  }
  if (report.comparisons.length > 0) {
    out.push('', `## ${t.progress}`, '')
    for (const c of report.comparisons) {
      out.push(
        `- ${t.metrics[c.metric]}${colon} ${c.previous} → ${c.current} (${c.better ? t.better : t.notBetter})`,
      )
    }
  }
  return `${out.join('\n')}\n`
}

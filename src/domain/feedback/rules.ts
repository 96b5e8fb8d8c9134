import { type Bilingual, CAUSE_INFO, type Cause, type InterviewStage } from '../debrief/taxonomy'

/**
 * When and how to ask a recruiter for feedback, by round. Early rounds rarely bring detailed
 * feedback, so the ask is short and expectations are set; late rounds often do, so the ask is
 * prompt and precise. Data, tested table-driven.
 */
export type Expectation = 'rare' | 'possible' | 'likely'
export type RoundRule = {
  expectation: Expectation
  /** Ask within this many days of the interview (or of the answer, when it came). */
  askWithinDays: number
  /** Which template fits: a short, polite ask, or one with precise points. */
  style: 'short' | 'detailed'
  /** A reminder this many days after asking, when nothing came back. */
  followUpAfterDays: number
}

export const ROUND_RULES: Record<InterviewStage, RoundRule> = {
  screening: { expectation: 'rare', askWithinDays: 7, style: 'short', followUpAfterDays: 7 },
  hr: { expectation: 'rare', askWithinDays: 5, style: 'short', followUpAfterDays: 7 },
  manager: { expectation: 'possible', askWithinDays: 3, style: 'detailed', followUpAfterDays: 7 },
  technical: { expectation: 'likely', askWithinDays: 3, style: 'detailed', followUpAfterDays: 7 },
  panel: { expectation: 'likely', askWithinDays: 3, style: 'detailed', followUpAfterDays: 7 },
  final: { expectation: 'likely', askWithinDays: 2, style: 'detailed', followUpAfterDays: 7 },
}

export const EXPECTATION_TEXT: Record<Expectation, Bilingual> = {
  rare: {
    fr: 'Après un premier échange, les recruteurs donnent rarement un retour détaillé : beaucoup n’en ont pas le temps. Demandez quand même, en quelques lignes, sans rien attendre de précis. Un simple mot est déjà une information.',
    en: 'After an early round, recruiters seldom give detailed feedback: many simply lack the time. Ask anyway, in a few lines, without expecting much. Even a short reply tells you something.',
  },
  possible: {
    fr: 'Après un entretien avec le manager, un retour est possible, surtout si vous le demandez vite et précisément. Posez une ou deux questions ciblées plutôt qu’une demande vague.',
    en: 'After a hiring-manager round, feedback is possible, above all if you ask soon and precisely. Ask one or two focused questions rather than a vague request.',
  },
  likely: {
    fr: 'À ce stade, vous avez investi du temps de part et d’autre : un retour détaillé est souvent accordé. Demandez-le dans les jours qui suivent, avec des points précis.',
    en: 'At this stage both sides have invested time: detailed feedback is often given. Ask within a few days, with precise points.',
  },
}

/** What to ask the recruiter about, given what the debrief found. */
export const CAUSE_QUESTIONS: Record<Cause, Bilingual> = {
  company_research: {
    fr: 'Ma connaissance de votre entreprise et de ses enjeux vous a-t-elle paru suffisante ?',
    en: 'Did my understanding of your company and its challenges seem sufficient?',
  },
  professional_project: {
    fr: 'Mon projet professionnel vous a-t-il paru clair et cohérent avec le poste ?',
    en: 'Did my professional goals come across as clear and consistent with the role?',
  },
  unprepared_question: {
    fr: 'Comment avez-vous perçu ma réponse à la question à laquelle je ne m’attendais pas ?',
    en: 'How did you perceive my answer to the question that caught me off guard?',
  },
  not_assertive: {
    fr: 'Mes réponses vous ont-elles paru assez affirmées et convaincantes ?',
    en: 'Did my answers come across as confident and convincing enough?',
  },
  no_examples: {
    fr: 'Auriez-vous eu besoin d’exemples plus concrets ou de résultats chiffrés ?',
    en: 'Would more concrete examples or measured results have helped?',
  },
  questions_for_recruiter: {
    fr: 'Les questions que j’ai posées en fin d’entretien vous ont-elles semblé pertinentes ?',
    en: 'Did the questions I asked at the end seem relevant to you?',
  },
  salary: {
    fr: 'Mes attentes salariales étaient-elles un frein ?',
    en: 'Were my salary expectations an obstacle?',
  },
  logistics: {
    fr: 'Les conditions de l’entretien (horaire, connexion) ont-elles pesé dans votre appréciation ?',
    en: 'Did the practical conditions (timing, connection) weigh in your assessment?',
  },
  stress_body_language: {
    fr: 'Comment avez-vous perçu ma présence et mon aisance pendant l’échange ?',
    en: 'How did you perceive my presence and ease during the conversation?',
  },
  skill_gap: {
    fr: 'Quelles compétences vous ont manqué dans mon profil pour ce poste ?',
    en: 'Which skills were missing from my profile for this role?',
  },
  fit_mismatch: {
    fr: 'Qu’est-ce qui vous a fait penser que le poste ou l’équipe ne me correspondait pas ?',
    en: 'What made you think the role or team was not the right fit?',
  },
  other: {
    fr: 'Y a-t-il un point sur lequel je gagnerais à progresser en priorité ?',
    en: 'Is there one point I would gain most from working on?',
  },
}

export type FeedbackAdvice = {
  rule: RoundRule
  expectation: Bilingual
  /** Up to three precise points to ask about, most severe causes first; none for early rounds. */
  points: Bilingual[]
}

const SEVERITY_ORDER = { major: 0, notable: 1, minor: 2 } as const

export function feedbackAdvice(
  stage: InterviewStage,
  causes: readonly { cause: Cause; severity: 'minor' | 'notable' | 'major' }[],
): FeedbackAdvice {
  const rule = ROUND_RULES[stage]
  const points =
    rule.style === 'detailed'
      ? [...causes]
          .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
          .filter((c, i, all) => all.findIndex((x) => x.cause === c.cause) === i)
          .slice(0, 3)
          .map((c) => CAUSE_QUESTIONS[c.cause])
      : []
  return { rule, expectation: EXPECTATION_TEXT[rule.expectation], points }
}

/** Label of a cause, for a person reading the advice. */
export const causeLabel = (cause: Cause, lang: 'fr' | 'en'): string => CAUSE_INFO[cause].label[lang]

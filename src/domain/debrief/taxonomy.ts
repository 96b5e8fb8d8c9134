/**
 * The debrief's vocabularies, as data in both languages: interview stages and formats,
 * outcomes, emotions, causes of a difficult interview, and why a question destabilized.
 * Adding an entry here is enough for the API, the web app and the Markdown export.
 */
export type Bilingual = { fr: string; en: string }

/** A table's keys, in its order: the vocabulary its labels define, for `z.enum` and for lists. */
export function keysOf<K extends string>(table: Record<K, unknown>): readonly [K, ...K[]] {
  return Object.keys(table) as [K, ...K[]]
}

export const STAGE_LABELS = {
  screening: { fr: 'Pré-qualification', en: 'Screening' },
  hr: { fr: 'Entretien RH', en: 'HR interview' },
  manager: { fr: 'Manager', en: 'Hiring manager' },
  technical: { fr: 'Technique', en: 'Technical' },
  panel: { fr: 'Jury / panel', en: 'Panel' },
  final: { fr: 'Entretien final', en: 'Final round' },
} satisfies Record<string, Bilingual>
export type InterviewStage = keyof typeof STAGE_LABELS
export const INTERVIEW_STAGES = keysOf(STAGE_LABELS)
/** Early rounds rarely bring detailed feedback; late ones more often. */
export const EARLY_STAGES: readonly InterviewStage[] = ['screening', 'hr']

export const FORMAT_LABELS = {
  phone: { fr: 'Téléphone', en: 'Phone' },
  video: { fr: 'Visio', en: 'Video' },
  on_site: { fr: 'Sur place', en: 'On site' },
} satisfies Record<string, Bilingual>
export type InterviewFormat = keyof typeof FORMAT_LABELS
export const INTERVIEW_FORMATS = keysOf(FORMAT_LABELS)

export const OUTCOME_LABELS = {
  pending: { fr: 'En attente', en: 'Waiting' },
  passed: { fr: 'Étape franchie', en: 'Passed' },
  rejected: { fr: 'Refus', en: 'Not selected' },
  no_news: { fr: 'Sans nouvelles', en: 'No news' },
} satisfies Record<string, Bilingual>
export type InterviewOutcome = keyof typeof OUTCOME_LABELS
export const INTERVIEW_OUTCOMES = keysOf(OUTCOME_LABELS)

export const APPLICATION_STATUS_LABELS = {
  active: { fr: 'En cours', en: 'Active' },
  offer: { fr: 'Offre reçue', en: 'Offer' },
  rejected: { fr: 'Non retenue', en: 'Not selected' },
  withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
  no_news: { fr: 'Sans nouvelles', en: 'No news' },
} satisfies Record<string, Bilingual>
export type ApplicationStatus = keyof typeof APPLICATION_STATUS_LABELS
export const APPLICATION_STATUSES = keysOf(APPLICATION_STATUS_LABELS)

export type Valence = 'hard' | 'good'
export const EMOTION_INFO = {
  frustration: { fr: 'Frustration', en: 'Frustration', valence: 'hard' },
  disappointment: { fr: 'Déception', en: 'Disappointment', valence: 'hard' },
  doubt: { fr: 'Doute', en: 'Doubt', valence: 'hard' },
  anger: { fr: 'Colère', en: 'Anger', valence: 'hard' },
  shame: { fr: 'Gêne', en: 'Embarrassment', valence: 'hard' },
  anxiety: { fr: 'Inquiétude', en: 'Worry', valence: 'hard' },
  fatigue: { fr: 'Fatigue', en: 'Tiredness', valence: 'hard' },
  relief: { fr: 'Soulagement', en: 'Relief', valence: 'good' },
  calm: { fr: 'Calme', en: 'Calm', valence: 'good' },
  pride: { fr: 'Fierté', en: 'Pride', valence: 'good' },
  hope: { fr: 'Espoir', en: 'Hope', valence: 'good' },
  curiosity: { fr: 'Curiosité', en: 'Curiosity', valence: 'good' },
} satisfies Record<string, Bilingual & { valence: Valence }>
export type Emotion = keyof typeof EMOTION_INFO
export const EMOTIONS = keysOf(EMOTION_INFO)

export const CAUSE_INFO = {
  company_research: {
    label: { fr: 'Recherches insuffisantes sur l’entreprise', en: 'Not enough research on the company' },
    hint: {
      fr: 'Vous manquiez d’éléments sur ses produits, son actualité ou sa culture.',
      en: 'You lacked facts about its products, news or culture.',
    },
  },
  professional_project: {
    label: { fr: 'Projet professionnel pas assez clair', en: 'No clear career goal' },
    hint: {
      fr: 'Difficile d’expliquer où vous allez et pourquoi ce poste s’inscrit dans ce chemin.',
      en: 'Hard to explain where you are heading and why this job fits that path.',
    },
  },
  unprepared_question: {
    label: { fr: 'Question déstabilisante non préparée', en: 'A tough question I had not prepared' },
    hint: {
      fr: 'Une question à laquelle vous ne vous attendiez pas a pesé sur la suite.',
      en: 'A question caught you off guard and the rest suffered from it.',
    },
  },
  not_assertive: {
    label: { fr: 'Réponses pas assez affirmées', en: 'Answers not assertive enough' },
    hint: {
      fr: 'Beaucoup de « je pense », de conditionnels ou de précautions.',
      en: 'Lots of "I think", conditionals or hedging.',
    },
  },
  no_examples: {
    label: { fr: 'Pas d’exemples concrets ni de résultats', en: 'No concrete examples or results' },
    hint: {
      fr: 'Des affirmations sans situation vécue ni chiffre pour les appuyer.',
      en: 'Claims without a real situation or a figure to back them.',
    },
  },
  questions_for_recruiter: {
    label: { fr: 'Peu ou pas de questions au recruteur', en: 'Weak or no questions for the recruiter' },
    hint: {
      fr: 'À la fin, vous n’aviez pas de question qui montre votre intérêt.',
      en: 'At the end, you had no question showing your interest.',
    },
  },
  salary: {
    label: { fr: 'Prétentions salariales', en: 'Salary expectations' },
    hint: {
      fr: 'La question du salaire a été délicate ou mal amenée.',
      en: 'The salary question was awkward or badly handled.',
    },
  },
  logistics: {
    label: { fr: 'Logistique ou ponctualité', en: 'Logistics or punctuality' },
    hint: {
      fr: 'Retard, problème de connexion, lieu mal repéré, documents oubliés.',
      en: 'Late, connection trouble, hard-to-find place, missing documents.',
    },
  },
  stress_body_language: {
    label: { fr: 'Stress et langage corporel', en: 'Stress and body language' },
    hint: {
      fr: 'Le trac a pris de la place : voix, regard, débit, posture.',
      en: 'Nerves took over: voice, eye contact, pace, posture.',
    },
  },
  skill_gap: {
    label: { fr: 'Écart de compétences pour le poste', en: 'Skill gap for the role' },
    hint: {
      fr: 'Le poste demandait une compétence que vous n’avez pas encore.',
      en: 'The job required a skill you do not have yet.',
    },
  },
  fit_mismatch: {
    label: { fr: 'Décalage de valeurs ou de culture', en: 'Values or fit mismatch' },
    hint: {
      fr: 'Le courant n’est pas passé, ou l’entreprise ne vous ressemblait pas.',
      en: "It didn't click, or the company did not feel like a fit.",
    },
  },
  other: {
    label: { fr: 'Autre cause', en: 'Other cause' },
    hint: { fr: 'Nommez-la avec vos mots.', en: 'Name it in your own words.' },
  },
} satisfies Record<string, { label: Bilingual; hint: Bilingual }>
export type Cause = keyof typeof CAUSE_INFO
export const CAUSES = keysOf(CAUSE_INFO)

export const SEVERITY_LABELS = {
  minor: { fr: 'Léger', en: 'Minor' },
  notable: { fr: 'Notable', en: 'Notable' },
  major: { fr: 'Important', en: 'Major' },
} satisfies Record<string, Bilingual>
export type Severity = keyof typeof SEVERITY_LABELS
export const SEVERITIES = keysOf(SEVERITY_LABELS)

export const QUESTION_FEELING_LABELS = {
  at_ease: { fr: 'À l’aise', en: 'At ease' },
  so_so: { fr: 'Entre les deux', en: 'So-so' },
  destabilized: { fr: 'Déstabilisante', en: 'Thrown off' },
} satisfies Record<string, Bilingual>
export type QuestionFeeling = keyof typeof QUESTION_FEELING_LABELS
export const QUESTION_FEELINGS = keysOf(QUESTION_FEELING_LABELS)

export const REASON_LABELS = {
  did_not_know: { fr: 'Je ne savais pas quoi dire', en: "I didn't know what to say" },
  not_prepared: { fr: 'Je ne l’avais pas préparée', en: "I hadn't prepared it" },
  too_personal: { fr: 'Trop personnelle', en: 'Too personal' },
  caught_off_guard: { fr: 'Effet de surprise', en: 'Caught off guard' },
  unexpected_format: { fr: 'Format inattendu', en: 'Unexpected format' },
  hostile_tone: { fr: 'Ton hostile', en: 'Hostile tone' },
  other: { fr: 'Autre raison', en: 'Other reason' },
} satisfies Record<string, Bilingual>
export type DestabilizationReason = keyof typeof REASON_LABELS
export const DESTABILIZATION_REASONS = keysOf(REASON_LABELS)

export const RATING_LABELS = {
  serenity: { fr: 'Sérénité', en: 'Calm' },
  confidence: { fr: 'Confiance en moi', en: 'Confidence' },
  oralEase: { fr: 'Aisance orale', en: 'Speaking with ease' },
  preparation: { fr: 'Préparation', en: 'Preparation' },
} satisfies Record<string, Bilingual>
export type Rating = keyof typeof RATING_LABELS
export const RATINGS = keysOf(RATING_LABELS)

export const STEP_LABELS = {
  feelings: { fr: 'Ce que vous ressentez', en: 'How you feel' },
  replay: { fr: 'Revivre l’entretien', en: 'Replay the interview' },
  diagnose: { fr: 'Comprendre les causes', en: 'Understand the causes' },
  destabilizing: { fr: 'Questions déstabilisantes', en: 'Tough questions' },
  lessons: { fr: 'Leçons et actions', en: 'Lessons and actions' },
  ratings: { fr: 'Auto-évaluation', en: 'Self-ratings' },
} satisfies Record<string, Bilingual>
export type DebriefStep = keyof typeof STEP_LABELS
export const DEBRIEF_STEPS = keysOf(STEP_LABELS)

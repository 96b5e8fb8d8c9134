/**
 * The debrief's vocabularies, as data in both languages: interview stages and formats,
 * outcomes, emotions, causes of a difficult interview, and why a question destabilized.
 * Adding an entry here is enough for the API, the web app and the Markdown export.
 */
export type Bilingual = { fr: string; en: string }

export const INTERVIEW_STAGES = ['screening', 'hr', 'manager', 'technical', 'panel', 'final'] as const
export type InterviewStage = (typeof INTERVIEW_STAGES)[number]
export const STAGE_LABELS: Record<InterviewStage, Bilingual> = {
  screening: { fr: 'Pré-qualification', en: 'Screening' },
  hr: { fr: 'Entretien RH', en: 'HR interview' },
  manager: { fr: 'Manager', en: 'Hiring manager' },
  technical: { fr: 'Technique', en: 'Technical' },
  panel: { fr: 'Jury / panel', en: 'Panel' },
  final: { fr: 'Entretien final', en: 'Final round' },
}
/** Early rounds rarely bring detailed feedback; late ones more often. */
export const EARLY_STAGES: readonly InterviewStage[] = ['screening', 'hr']

export const INTERVIEW_FORMATS = ['phone', 'video', 'on_site'] as const
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number]
export const FORMAT_LABELS: Record<InterviewFormat, Bilingual> = {
  phone: { fr: 'Téléphone', en: 'Phone' },
  video: { fr: 'Visio', en: 'Video' },
  on_site: { fr: 'Sur place', en: 'On site' },
}

export const INTERVIEW_OUTCOMES = ['pending', 'passed', 'rejected', 'no_news'] as const
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number]
export const OUTCOME_LABELS: Record<InterviewOutcome, Bilingual> = {
  pending: { fr: 'En attente', en: 'Waiting' },
  passed: { fr: 'Étape franchie', en: 'Passed' },
  rejected: { fr: 'Refus', en: 'Not selected' },
  no_news: { fr: 'Sans nouvelles', en: 'No news' },
}

export const APPLICATION_STATUSES = ['active', 'offer', 'rejected', 'withdrawn', 'no_news'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Bilingual> = {
  active: { fr: 'En cours', en: 'Active' },
  offer: { fr: 'Offre reçue', en: 'Offer' },
  rejected: { fr: 'Non retenue', en: 'Not selected' },
  withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
  no_news: { fr: 'Sans nouvelles', en: 'No news' },
}

export type Valence = 'hard' | 'good'
export const EMOTIONS = [
  'frustration',
  'disappointment',
  'doubt',
  'anger',
  'shame',
  'anxiety',
  'fatigue',
  'relief',
  'calm',
  'pride',
  'hope',
  'curiosity',
] as const
export type Emotion = (typeof EMOTIONS)[number]
export const EMOTION_INFO: Record<Emotion, Bilingual & { valence: Valence }> = {
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
}

export const CAUSES = [
  'company_research',
  'professional_project',
  'unprepared_question',
  'not_assertive',
  'no_examples',
  'questions_for_recruiter',
  'salary',
  'logistics',
  'stress_body_language',
  'skill_gap',
  'fit_mismatch',
  'other',
] as const
export type Cause = (typeof CAUSES)[number]
export const CAUSE_INFO: Record<Cause, { label: Bilingual; hint: Bilingual }> = {
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
}

export const SEVERITIES = ['minor', 'notable', 'major'] as const
export type Severity = (typeof SEVERITIES)[number]
export const SEVERITY_LABELS: Record<Severity, Bilingual> = {
  minor: { fr: 'Léger', en: 'Minor' },
  notable: { fr: 'Notable', en: 'Notable' },
  major: { fr: 'Important', en: 'Major' },
}

export const QUESTION_FEELINGS = ['at_ease', 'so_so', 'destabilized'] as const
export type QuestionFeeling = (typeof QUESTION_FEELINGS)[number]
export const QUESTION_FEELING_LABELS: Record<QuestionFeeling, Bilingual> = {
  at_ease: { fr: 'À l’aise', en: 'At ease' },
  so_so: { fr: 'Entre les deux', en: 'So-so' },
  destabilized: { fr: 'Déstabilisante', en: 'Thrown off' },
}

export const DESTABILIZATION_REASONS = [
  'did_not_know',
  'not_prepared',
  'too_personal',
  'caught_off_guard',
  'unexpected_format',
  'hostile_tone',
  'other',
] as const
export type DestabilizationReason = (typeof DESTABILIZATION_REASONS)[number]
export const REASON_LABELS: Record<DestabilizationReason, Bilingual> = {
  did_not_know: { fr: 'Je ne savais pas quoi dire', en: "I didn't know what to say" },
  not_prepared: { fr: 'Je ne l’avais pas préparée', en: "I hadn't prepared it" },
  too_personal: { fr: 'Trop personnelle', en: 'Too personal' },
  caught_off_guard: { fr: 'Effet de surprise', en: 'Caught off guard' },
  unexpected_format: { fr: 'Format inattendu', en: 'Unexpected format' },
  hostile_tone: { fr: 'Ton hostile', en: 'Hostile tone' },
  other: { fr: 'Autre raison', en: 'Other reason' },
}

export const RATINGS = ['serenity', 'confidence', 'oralEase', 'preparation'] as const
export type Rating = (typeof RATINGS)[number]
export const RATING_LABELS: Record<Rating, Bilingual> = {
  serenity: { fr: 'Sérénité', en: 'Calm' },
  confidence: { fr: 'Confiance en moi', en: 'Confidence' },
  oralEase: { fr: 'Aisance orale', en: 'Speaking with ease' },
  preparation: { fr: 'Préparation', en: 'Preparation' },
}

export const DEBRIEF_STEPS = [
  'feelings',
  'replay',
  'diagnose',
  'destabilizing',
  'lessons',
  'ratings',
] as const
export type DebriefStep = (typeof DEBRIEF_STEPS)[number]
export const STEP_LABELS: Record<DebriefStep, Bilingual> = {
  feelings: { fr: 'Ce que vous ressentez', en: 'How you feel' },
  replay: { fr: 'Revivre l’entretien', en: 'Replay the interview' },
  diagnose: { fr: 'Comprendre les causes', en: 'Understand the causes' },
  destabilizing: { fr: 'Questions déstabilisantes', en: 'Tough questions' },
  lessons: { fr: 'Leçons et actions', en: 'Lessons and actions' },
  ratings: { fr: 'Auto-évaluation', en: 'Self-ratings' },
}

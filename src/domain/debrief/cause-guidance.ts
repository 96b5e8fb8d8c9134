/**
 * From a cause to what to do: for each cause of the taxonomy, two or three concrete actions
 * (bilingual data, offered in one tap in the lessons step) and the part of the next interview's
 * preparation it feeds. Kept apart from taxonomy.ts so that its labels can be reworded freely.
 */
import { type Bilingual, type Cause, keysOf } from './taxonomy'

/** The parts of an interview's preparation page a cause can feed (its section ids there). */
/** Each section's name as it reads inside a sentence ("Pour la suite : la fiche de recherche…"). */
export const PREP_SECTION_LABELS = {
  research: { fr: 'la fiche de recherche sur l’entreprise', en: 'the company research checklist' },
  pitch: { fr: 'votre présentation (pitch)', en: 'your pitch' },
  questions: { fr: 'vos questions au recruteur', en: 'your questions for the recruiter' },
  logistics: { fr: 'la logistique du jour J', en: 'the logistics of the day' },
  likely: { fr: 'les questions probables', en: 'the likely questions' },
  rehearsal: { fr: 'vos séances d’entraînement', en: 'your practice sessions' },
} satisfies Record<string, Bilingual>
export type PrepSection = keyof typeof PREP_SECTION_LABELS
export const PREP_SECTIONS = keysOf(PREP_SECTION_LABELS)

export type CauseGuidance = {
  /** The lesson its actions go under when taken in one tap. */
  lesson: Bilingual
  /** Two or three small, doable actions, in the person's voice ("I…"). */
  actions: readonly Bilingual[]
  /** The preparation section that picks this up before the next interview. */
  feeds: PrepSection
}

export const CAUSE_GUIDANCE: Record<Cause, CauseGuidance> = {
  company_research: {
    lesson: {
      fr: 'Mieux connaître l’entreprise avant d’y aller',
      en: 'Know the company better before going in',
    },
    feeds: 'research',
    actions: [
      {
        fr: 'Remplir la fiche de recherche avant le prochain entretien : mission, actualité, concurrents.',
        en: 'Fill in the research checklist before the next interview: mission, news, competitors.',
      },
      {
        fr: 'Trouver une actualité récente de l’entreprise et en tirer une question à poser.',
        en: 'Find one recent piece of company news and turn it into a question to ask.',
      },
      {
        fr: 'Écrire en une phrase pourquoi cette entreprise, et pas une autre.',
        en: 'Write in one sentence why this company, and not another one.',
      },
    ],
  },
  professional_project: {
    lesson: {
      fr: 'Savoir dire où je vais, et pourquoi ce poste',
      en: 'Be able to say where I am heading, and why this job',
    },
    feeds: 'pitch',
    actions: [
      {
        fr: 'Réécrire mon pitch : d’où je viens, ce que je fais le mieux, où je vais.',
        en: 'Rewrite my pitch: where I come from, what I do best, where I am heading.',
      },
      {
        fr: 'Dire mon projet à voix haute en une minute, trois fois.',
        en: 'Say my project out loud in one minute, three times.',
      },
      {
        fr: 'Relier ce poste à mon projet en deux phrases.',
        en: 'Link this job to my project in two sentences.',
      },
    ],
  },
  unprepared_question: {
    lesson: {
      fr: 'Avoir une réponse prête aux questions difficiles',
      en: 'Have an answer ready for the hard questions',
    },
    feeds: 'rehearsal',
    actions: [
      {
        fr: 'Écrire une meilleure réponse à cette question et la répéter.',
        en: 'Write a better answer to that question and rehearse it.',
      },
      {
        fr: 'Préparer une phrase pour gagner du temps : « Bonne question, je prends une seconde. »',
        en: 'Prepare a line to buy time: "Good question, let me think for a second."',
      },
      {
        fr: 'Lister trois questions difficiles probables pour ce type de poste.',
        en: 'List three likely hard questions for this kind of role.',
      },
    ],
  },
  not_assertive: {
    lesson: { fr: 'Parler de ce que j’ai fait avec assurance', en: 'Speak about what I did with confidence' },
    feeds: 'rehearsal',
    actions: [
      {
        fr: 'Reformuler mes réponses clés avec « j’ai fait », sans conditionnel.',
        en: 'Rephrase my key answers with "I did", without hedging.',
      },
      {
        fr: 'Répéter une réponse avec l’analyseur jusqu’à retirer les « je pense ».',
        en: 'Rehearse one answer with the analyzer until the "I think"s are gone.',
      },
    ],
  },
  no_examples: {
    lesson: { fr: 'Appuyer chaque point sur un exemple vécu', en: 'Back each point with a real example' },
    feeds: 'likely',
    actions: [
      {
        fr: 'Préparer deux exemples chiffrés : la situation, ce que j’ai fait, le résultat.',
        en: 'Prepare two examples with figures: the situation, what I did, the result.',
      },
      {
        fr: 'Associer un exemple vécu à chaque exigence de l’annonce.',
        en: 'Match a real example to each requirement of the job posting.',
      },
    ],
  },
  questions_for_recruiter: {
    lesson: { fr: 'Arriver avec mes questions au recruteur', en: 'Come with my questions for the recruiter' },
    feeds: 'questions',
    actions: [
      {
        fr: 'Préparer trois questions au recruteur sur le poste et l’équipe.',
        en: 'Prepare three questions for the recruiter about the job and the team.',
      },
      {
        fr: 'Noter une question sur les prochaines étapes, à poser en fin d’entretien.',
        en: 'Write down a question about the next steps, to ask at the end.',
      },
    ],
  },
  salary: {
    lesson: {
      fr: 'Savoir annoncer mes prétentions salariales',
      en: 'Know how to state my salary expectations',
    },
    feeds: 'likely',
    actions: [
      {
        fr: 'Chercher la fourchette de salaire du poste et fixer la mienne.',
        en: 'Look up the salary range for the role and set my own.',
      },
      {
        fr: 'Écrire ma réponse sur le salaire en une phrase et la dire à voix haute.',
        en: 'Write my salary answer in one sentence and say it out loud.',
      },
    ],
  },
  logistics: {
    lesson: { fr: 'Préparer le jour J la veille', en: 'Get the day ready the day before' },
    feeds: 'logistics',
    actions: [
      {
        fr: 'Repérer le lieu ou tester le lien de la visio la veille.',
        en: 'Check the place or test the video link the day before.',
      },
      {
        fr: 'Préparer mes documents la veille : CV, annonce, questions.',
        en: 'Get my documents ready the day before: CV, posting, questions.',
      },
      {
        fr: 'Prévoir d’arriver ou de me connecter dix minutes en avance.',
        en: 'Plan to arrive or log in ten minutes early.',
      },
    ],
  },
  stress_body_language: {
    lesson: { fr: 'Apprivoiser le trac', en: 'Tame the nerves' },
    feeds: 'rehearsal',
    actions: [
      {
        fr: 'M’enregistrer en répondant à une question et me réécouter.',
        en: 'Record myself answering a question and listen back.',
      },
      {
        fr: 'Faire une courte séance de respiration juste avant l’entretien.',
        en: 'Do a short breathing exercise just before the interview.',
      },
      {
        fr: 'Répéter avec une personne de confiance, en conditions réelles.',
        en: 'Rehearse with someone I trust, as if for real.',
      },
    ],
  },
  skill_gap: {
    lesson: { fr: 'Travailler la compétence qui m’a manqué', en: 'Work on the skill I was missing' },
    feeds: 'likely',
    actions: [
      {
        fr: 'Choisir une ressource pour commencer à combler cet écart, et m’y mettre cette semaine.',
        en: 'Pick one resource to start closing that gap, and begin this week.',
      },
      {
        fr: 'Préparer une réponse honnête : ce que je sais déjà, comment j’apprends vite.',
        en: 'Prepare an honest answer: what I already know, how I learn fast.',
      },
    ],
  },
  fit_mismatch: {
    lesson: { fr: 'Choisir des entreprises qui me ressemblent', en: 'Pick companies that fit me' },
    feeds: 'research',
    actions: [
      {
        fr: 'Noter ce qui ne m’a pas convenu, pour mieux choisir mes prochaines candidatures.',
        en: 'Write down what did not suit me, to choose my next applications better.',
      },
      {
        fr: 'Regarder la culture de l’entreprise avant le prochain entretien : avis, valeurs affichées.',
        en: 'Look at the company culture before the next interview: reviews, stated values.',
      },
    ],
  },
  other: {
    lesson: { fr: 'Ce que je ferai autrement', en: 'What I will do differently' },
    feeds: 'likely',
    actions: [
      {
        fr: 'Écrire une action concrète pour que ça ne se reproduise pas.',
        en: 'Write one concrete action so that it does not happen again.',
      },
      {
        fr: 'En parler à une personne de confiance pour avoir un autre regard.',
        en: 'Talk it over with someone I trust for another view.',
      },
    ],
  },
}

/** The actions suggested by the causes chosen, in their order, without repeats. */
export function suggestedActions(causes: readonly { cause: Cause }[], lang: 'fr' | 'en'): string[] {
  const texts = causes.flatMap(({ cause }) => CAUSE_GUIDANCE[cause].actions.map((action) => action[lang]))
  return [...new Set(texts)]
}

import type { DemoAccount } from './demo-types'

// A plausible French job search over six weeks: a project manager moving into digital roles.
export const demoFr: DemoAccount = {
  email: 'camille.demo@example.org',
  displayName: 'Camille (démo)',
  language: 'fr',
  rehearsals: [
    {
      question: 'Quelles sont vos prétentions salariales ?',
      hint: 'Une fourchette appuyée sur le marché et sur ce que vous apportez, dite sans vous excuser.',
      attempts: [
        {
          daysAgo: 29,
          grade: 'again',
          text: 'Euh, je ne sais pas trop, je pense que je serais un peu flexible, enfin ça dépend du poste, quoi.',
        },
        {
          daysAgo: 27,
          grade: 'hard',
          text: 'Je pense que quelque chose autour de 45 000 euros serait plutôt correct, mais je suis assez flexible.',
        },
        {
          daysAgo: 22,
          grade: 'good',
          text: "Je vise entre 45 000 et 50 000 euros bruts par an. C'est cohérent avec le marché lillois pour ce niveau de poste.",
        },
        {
          daysAgo: 12,
          grade: 'good',
          text: "Je vise entre 45 000 et 50 000 euros bruts. J'ai piloté un budget de 2 millions d'euros et une équipe de 8 personnes : cette fourchette reflète ce niveau de responsabilité.",
        },
        {
          daysAgo: 4,
          grade: 'easy',
          text: "Entre 45 000 et 50 000 euros bruts par an. C'est le niveau du marché pour une cheffe de projet digital avec mon expérience, et je suis prête à en discuter selon le package.",
        },
      ],
    },
    {
      question: 'Parlez-moi d’un projet dont vous êtes fière.',
      hint: 'Situation, objectif, ce que vous avez fait vous-même, et un résultat chiffré.',
      attempts: [
        {
          daysAgo: 25,
          grade: 'hard',
          text: "Bah, on a fait un salon l'an dernier, du coup on était pas mal dans l'équipe, et ça s'est plutôt bien passé je crois.",
          spoken: { seconds: 12, wpm: [170, 195], pauses: [2.4, 1.1], pitch: 1.6, fillers: 3 },
        },
        {
          daysAgo: 18,
          grade: 'good',
          text: "L'an dernier, je devais organiser un salon pour 3 000 visiteurs. J'ai renégocié les contrats des prestataires. Résultat : nous avons réduit le budget de 15 %.",
          spoken: { seconds: 12, wpm: [160, 180], pauses: [2.1, 0.8], pitch: 2.1, fillers: 2 },
        },
        {
          daysAgo: 9,
          grade: 'good',
          text: "En 2025, chez Événements du Nord, on m'a confié un salon de 3 000 visiteurs avec un budget en baisse. J'ai renégocié les contrats et mis en place une billetterie en ligne. Résultat : 15 % d'économies et 20 % de visiteurs en plus.",
          spoken: { seconds: 17, wpm: [140, 160], pauses: [0.9, 0.6], pitch: 2.6, fillers: 1 },
        },
        {
          daysAgo: 6,
          grade: 'good',
          text: "En 2025, je devais organiser un salon de 3 000 visiteurs avec un budget réduit de 10 %. J'ai renégocié les contrats des prestataires et lancé une billetterie en ligne. Résultat : 15 % d'économies et 20 % de visiteurs en plus.",
          spoken: { seconds: 16, wpm: [135, 155], pauses: [0.7], pitch: 2.9 },
        },
        {
          daysAgo: 2,
          grade: 'easy',
          text: "Chez Événements du Nord, on m'a confié un salon de 3 000 visiteurs avec un budget en baisse. J'ai renégocié six contrats et créé la billetterie en ligne. Nous avons économisé 15 % et accueilli 20 % de visiteurs en plus.",
          spoken: { seconds: 16, wpm: [130, 150], pauses: [0.8, 0.5], pitch: 3.1 },
        },
      ],
    },
  ],
  moods: [
    [30, 1, 'Refus de Decathlon, dur à encaisser.'],
    [26, 2, ''],
    [19, 3, 'Un bon échange avec une ancienne collègue.'],
    [11, 3, ''],
    [5, 4, 'Je me sens mieux préparée.'],
  ],
  applications: [
    {
      key: 'decathlon',
      company: 'Decathlon',
      role: 'Cheffe de projet digital',
      source: 'Welcome to the Jungle',
      status: 'rejected',
      notes: 'Poste à Lille, équipe e-commerce de 12 personnes.',
      interviews: [
        {
          daysAgo: 38,
          hour: 10,
          stage: 'hr',
          format: 'phone',
          outcome: 'passed',
          gutFeeling: 4,
          note: 'Échange cordial avec la RH, surtout sur mon parcours.',
          interviewers: [{ name: 'Sophie Lemaire', role: 'Chargée de recrutement' }],
          debrief: {
            emotions: [
              ['relief', 4],
              ['hope', 3],
            ],
            wentWell: "J'ai bien expliqué pourquoi je quitte l'événementiel.",
            questions: [
              {
                q: 'Présentez-vous en quelques minutes.',
                a: 'Mon parcours, du terrain au digital.',
                feeling: 'at_ease',
              },
              { q: 'Pourquoi Decathlon ?', a: "Le sport, et l'ampleur du site.", feeling: 'so_so' },
            ],
            causes: [['company_research', 'minor', 'Je connaissais mal leurs marques propres.']],
            lessons: [
              ['Relire le rapport annuel avant chaque entretien', ['Lire les résultats 2025 de Decathlon']],
            ],
            ratings: [4, 3, 4, 3],
          },
        },
        {
          daysAgo: 30,
          hour: 14,
          stage: 'manager',
          format: 'on_site',
          outcome: 'rejected',
          gutFeeling: 2,
          note: "La question sur le salaire m'a déstabilisée.",
          interviewers: [{ name: 'Marc Dubois', role: 'Responsable e-commerce' }],
          debrief: {
            emotions: [
              ['disappointment', 4],
              ['doubt', 3],
              ['pride', 2],
            ],
            wentWell: 'Mon exemple du salon professionnel a marqué Marc, il a pris des notes.',
            questions: [
              {
                q: 'Racontez un projet dont vous êtes fière.',
                a: 'Le salon de 2024, 3 000 visiteurs.',
                feeling: 'at_ease',
              },
              {
                q: 'Quelles sont vos prétentions salariales ?',
                a: "J'ai dit « je ne sais pas trop, ce que vous proposez ».",
                feeling: 'destabilized',
                reaction: 'Il a noté quelque chose, puis est passé à autre chose.',
              },
              {
                q: 'Pourquoi ce trou de six mois dans votre CV ?',
                a: "J'ai un peu bafouillé sur ma formation.",
                feeling: 'destabilized',
              },
            ],
            causes: [
              ['salary', 'major', "Je n'avais aucune fourchette en tête.", [1]],
              ['not_assertive', 'notable', 'Beaucoup de « je pense » et de « peut-être ».', [1, 2]],
            ],
            better: {
              1: "Pour ce poste à Lille, je vise entre 42 et 46 k€ brut annuels, selon la part variable. C'est cohérent avec le marché et mon expérience.",
              2: "J'ai pris six mois pour me former au marketing digital : une certification Google Ads et un projet réel pour une association, qui a doublé ses dons en ligne.",
            },
            rehearse: [1, 2],
            lessons: [
              [
                'Arriver avec une fourchette de salaire argumentée',
                ['Comparer trois grilles de salaires', 'Répéter ma réponse à voix haute'],
              ],
              ['Présenter ma reconversion comme un choix', ['Écrire trois phrases sur ma formation']],
            ],
            ratings: [2, 2, 3, 2],
          },
        },
      ],
    },
    {
      key: 'leroy',
      company: 'Leroy Merlin',
      role: 'Product owner parcours client',
      source: 'Cooptation',
      status: 'active',
      notes: 'Recommandée par Julien, ancien collègue.',
      interviews: [
        {
          daysAgo: 16,
          hour: 9,
          stage: 'screening',
          format: 'video',
          outcome: 'passed',
          gutFeeling: 3,
          note: 'Visio de 20 minutes, beaucoup de questions sur Scrum.',
          interviewers: [{ name: 'Nadia Benali', role: 'Talent acquisition' }],
          debrief: {
            emotions: [
              ['calm', 3],
              ['doubt', 2],
            ],
            wentWell: 'Ma réponse sur les prétentions salariales était claire, cette fois.',
            questions: [
              {
                q: 'Quelles sont vos prétentions salariales ?',
                a: 'Entre 42 et 46 k€, argumenté.',
                feeling: 'at_ease',
              },
              { q: 'Quelle est votre expérience de Scrum ?', a: 'Surtout théorique.', feeling: 'so_so' },
            ],
            causes: [['skill_gap', 'notable', "Peu d'expérience concrète en Scrum.", [1]]],
            lessons: [
              ['Raconter mes projets avec le vocabulaire agile', ['Préparer un exemple de backlog priorisé']],
            ],
            ratings: [3, 3, 3, 3],
          },
        },
        {
          daysAgo: 6,
          hour: 15,
          stage: 'technical',
          format: 'on_site',
          outcome: 'pending',
          gutFeeling: 3,
          note: 'Étude de cas sur le parcours de retrait en magasin.',
          interviewers: [
            { name: 'Thomas Girard', role: 'Lead product' },
            { name: 'Inès Moreau', role: 'UX designer' },
          ],
          debrief: {
            emotions: [['fatigue', 3]],
            wentWell: "J'ai posé des questions sur les utilisateurs avant de proposer.",
            questions: [
              {
                q: 'Comment prioriseriez-vous ces cinq demandes ?',
                a: 'Impact et effort, mais hésitant.',
                feeling: 'destabilized',
              },
            ],
            causes: [],
            lessons: [],
            ratings: null,
            currentStep: 'diagnose',
          },
        },
        {
          daysAgo: -3,
          hour: 11,
          stage: 'final',
          format: 'on_site',
          outcome: 'pending',
          gutFeeling: null,
          note: 'Rencontre avec la directrice produit.',
        },
      ],
    },
    {
      key: 'sg',
      company: 'Société Générale',
      role: 'Cheffe de projet transformation',
      source: 'Site carrière',
      status: 'no_news',
      notes: '',
      interviews: [
        {
          daysAgo: 2,
          hour: 16,
          stage: 'hr',
          format: 'video',
          outcome: 'no_news',
          gutFeeling: 3,
          note: 'Entretien court, peu de questions.',
        },
      ],
    },
  ],
}

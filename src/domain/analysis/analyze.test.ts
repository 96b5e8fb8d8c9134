import { describe, expect, it } from 'vitest'
import { MAX_ANSWER_LENGTH as SHARED_MAX_ANSWER_LENGTH } from '../answer-limits'
import { assessAssertiveness } from './assertiveness'
import { type AnswerAnalysis, analyzeAnswer, MAX_ANSWER_LENGTH, type Span } from './index'
import { spanProblems } from './test-checks'

const texts = (spans: readonly Span[]) => spans.map((s) => s.text)

function expectValid(input: string, a: AnswerAnalysis): void {
  expect(spanProblems(input, a)).toEqual([])
}

/** Applies every rewrite (they never overlap) from the end, so offsets stay valid. */
function applyRewrites(input: string, a: AnswerAnalysis): string {
  const edits = a.suggestions
    .filter((s) => s.rewrite !== undefined)
    .sort((x, y) => y.span.start - x.span.start)
  let out = input
  for (const s of edits) out = out.slice(0, s.span.start) + (s.rewrite ?? '') + out.slice(s.span.end)
  return out
}

describe('fillers', () => {
  it.each([
    ['fr', 'Euh, je pense, euh, que oui.', ['Euh', 'euh']],
    ['fr', 'euh euh heu hum bah', ['euh', 'euh', 'heu', 'hum', 'bah']],
    ['fr', "Du coup, en fait, j'ai fait le tour en gros.", ['Du coup', 'en fait', 'en gros']],
    ['fr', "C'était compliqué, quoi.", ['quoi']],
    [
      'fr',
      'Tu vois, vous voyez, je veux dire, disons, c’était dur.',
      ['Tu vois', 'vous voyez', 'je veux dire', 'disons'],
    ],
    ['fr', "On a livré, et voilà. Bref, c'est fini.", ['voilà', 'Bref']],
    ['fr', "J'étais style perdu, genre vraiment perdu.", ['style', 'genre']],
    ['fr', 'Mardi, enfin, mercredi.', ['enfin']],
    ['en', 'Um, uh, er, erm, hmm.', ['Um', 'uh', 'er', 'erm', 'hmm']],
    ['en', 'It was, like, really hard, you know.', ['like', 'you know']],
    [
      'en',
      'I mean, basically, I actually literally did it. So yeah.',
      ['I mean', 'basically', 'actually', 'literally', 'So yeah'],
    ],
    ['en', 'You see, we had like 50 tickets.', ['You see', 'like']],
  ] as const)('%s: %s', (lang, input, expected) => {
    expect(texts(analyzeAnswer(input, { lang }).fillers)).toEqual(expected)
  })
})

describe('hedges', () => {
  it.each([
    ['fr', 'Je pense que je sais faire.', ['Je pense que']],
    ['fr', "Je crois qu'on a réussi, peut-être un peu vite.", ["Je crois qu'", 'peut-être', 'un peu']],
    ['fr', "Il me semble que c'est plutôt bon et assez clair.", ['Il me semble', 'plutôt', 'assez']],
    [
      'fr',
      "Normalement, en quelque sorte, on va dire que j'essaie de bien faire.",
      ['Normalement', 'en quelque sorte', 'on va dire', "j'essaie de"],
    ],
    [
      'fr',
      "J'ai essayé de, je dirais, probablement, éventuellement, a priori.",
      ["J'ai essayé de", 'je dirais', 'probablement', 'éventuellement', 'a priori'],
    ],
    [
      'fr',
      "J'ai l'impression que c'est plus ou moins pas trop dur, sans doute.",
      ["J'ai l'impression que", 'plus ou moins', 'pas trop', 'sans doute'],
    ],
    [
      'fr',
      'Je ne sais pas si je pourrais, je serais, je ferais ou je saurais.',
      ['Je ne sais pas si', 'je pourrais', 'je serais', 'je ferais', 'je saurais'],
    ],
    [
      'en',
      'I think I guess I believe maybe perhaps.',
      ['I think', 'I guess', 'I believe', 'maybe', 'perhaps'],
    ],
    [
      'en',
      "It's kind of odd, sort of slow, a bit long, a little late, probably fine.",
      ['kind of', 'sort of', 'a bit', 'a little', 'probably'],
    ],
    ['en', "I'd say I try to, I'd try to, I tried to.", ["I'd say", 'I try to', "I'd try to", 'I tried to']],
    [
      'en',
      'I just helped, somewhat, more or less. I feel like hopefully I am not sure.',
      ['just', 'somewhat', 'more or less', 'I feel like', 'hopefully', 'not sure'],
    ],
    ['en', 'I might help. I could help. I would help.', ['I might', 'I could', 'I would']],
  ] as const)('%s: %s', (lang, input, expected) => {
    expect(texts(analyzeAnswer(input, { lang }).hedges)).toEqual(expected)
  })
})

describe('traps from the labeling guide', () => {
  it.each([
    ['fr', "Si j'étais recruté, je mettrais en place un suivi. Je pourrais aussi former l'équipe.", [], []],
    ['fr', "Je ne savais pas quoi faire. C'est quoi, le problème ? Vous faites quoi ?", [], []],
    ['fr', "Ce genre de projet, c'est le genre de défi que j'aime.", [], []],
    ['fr', 'Voilà pourquoi je postule. Voilà deux ans que je code.', [], []],
    ['fr', "Plutôt que d'attendre, j'ai agi. J'avais assez de temps.", [], []],
    ['fr', "J'ai analysé, testé et enfin livré. Enfin, tout a marché.", [], []],
    ['fr', 'Pourriez-vous répéter ? Je crois en cette équipe.', [], []],
    ['fr', 'J’ai fait un choix. Il en fait partie. En fait, j’ai changé d’avis.', ['En fait'], []],
    [
      'fr',
      "Mon parcours en bref : un bref passage en banque. Disons-le : c'est mon style de travail.",
      [],
      [],
    ],
    ['fr', 'Je pense que je sais. Je pense à vous.', [], ['Je pense que']],
    ['fr', 'Je veux dire merci à mon équipe.', [], []],
    ['fr', 'Si vous me recrutez, je serais ravi de venir.', [], []],
    ['en', 'If you hired me, I would start with an audit. I could then train the team.', [], []],
    ['en', 'I like Python and I would like to learn Go. We use a tool like Jira.', [], []],
    ['en', 'It was a just decision, made just after the launch and just before the holidays.', [], []],
    ['en', 'Could you tell me more? I believe in honest feedback.', [], []],
    ['en', "I'd say that it works. I think that it works.", [], ["I'd say", 'I think']],
    ['en', 'What kind of team is it? I think about users a lot.', [], []],
    ['en', "I mean it. You know the answer. I'd already finished. Like I said, it worked.", [], []],
    ['en', 'I feel like it helped.', [], ['I feel like']],
    ['en', 'Uh uh, um um.', ['Uh', 'uh', 'um', 'um'], []],
  ] as const)('%s: %s', (lang, input, fillers, hedges) => {
    const a = analyzeAnswer(input, { lang })
    expect(texts(a.fillers)).toEqual(fillers)
    expect(texts(a.hedges)).toEqual(hedges)
  })

  it('treats typographic apostrophes like straight ones and keeps the original text', () => {
    const straight = analyzeAnswer("J'ai l'impression que je pense qu'on y arrive, j'essaie de.")
    const curly = analyzeAnswer('J’ai l’impression que je pense qu’on y arrive, j’essaie de.')
    expect(curly.hedges.map((s) => s.start)).toEqual(straight.hedges.map((s) => s.start))
    expect(texts(curly.hedges)).toEqual(['J’ai l’impression que', 'je pense qu’', 'j’essaie de'])
    expect(texts(analyzeAnswer('I’d say I’m fine.', { lang: 'en' }).hedges)).toEqual(['I’d say'])
  })
})

describe('hypotheses, concessions and inverted conditionals', () => {
  // A conditional inside a real hypothesis is not a hedge; a concession ("même si", "even if") is not a
  // hypothesis, and a hypothesis only covers its own clause and what follows it.
  it.each([
    ['fr', 'Je pourrais gérer ce projet, même si je débute.', ['Je pourrais']],
    ['fr', 'Même si je débute, je pourrais gérer ce projet.', ['je pourrais']],
    ['fr', "Même s'il faut du temps, je saurais m'adapter.", ['je saurais']],
    ['fr', "Si j'étais recruté, je mettrais en place un suivi hebdomadaire.", []],
    ['fr', "Je mettrais en place un suivi hebdomadaire si vous me confiez l'équipe.", []],
    ['fr', 'Je ferais un audit complet, si vous me le demandiez.', []],
    [
      'fr',
      "Je pourrais gérer l'équipe, et si on me donnait des moyens, je recruterais deux personnes.",
      ['Je pourrais'],
    ],
    ['fr', 'Je pourrais commencer lundi, à condition de finir mon préavis.', []],
    ['fr', 'Je serais disponible en mars, à moins que vous préfériez février.', []],
    ['en', 'I could lead it, even if I lack experience.', ['I could']],
    ['en', 'Even if I lack experience, I could lead it.', ['I could']],
    ['en', 'If you hired me, I would start with an audit.', []],
    ['en', 'I would start with an audit, if you hired me.', []],
    ['en', 'I could lead the team, and if you gave me a budget, I would hire two people.', ['I could']],
    ['en', 'Should we win the contract, I would hire two people.', []],
    ['en', 'Were I hired, I would start with the backlog.', []],
    ['en', 'Had I known, I would have asked for help earlier.', []],
    ['en', 'I would have acted sooner, had I known.', []],
    ['en', 'And should the client refuse, I would offer a discount.', []],
    ['en', 'Should I bring my portfolio? I could send it today.', ['I could']],
    ['en', 'I would stay late, unless the team needed me in the morning.', []],
    ['en', "I would say I'm organized, and if needed I could work weekends.", ['I would']],
    ['en', 'I could work weekends if needed.', []],
    [
      'en',
      'If you hire me, I would start with an audit. I led a team of ten. I could manage it.',
      ['I could'],
    ],
    ['fr', 'Je pourrais travailler le samedi si besoin.', []],
    ['fr', 'Le cas échéant, je ferais appel à un prestataire.', []],
    ['fr', "Je pourrais gérer l'équipe et si on me donnait des moyens je recruterais.", ['Je pourrais']],
    // An opinion ("I'd say", "je dirais") in a sentence that carries a plan on still hedges.
    ['en', "I'd cut it to five if I could do it again. I'd say shipping less is better.", ["I'd say"]],
    ['en', 'If you hired me, I would start with an audit. I would say the first month matters.', ['I would']],
    ['en', "If you asked my manager, I'd say she trusts me.", []],
    ['fr', 'Si vous me recrutez, je ferais un audit. Je dirais que le premier mois compte.', ['Je dirais']],
    // "gérais", "préfériez": imperfect and subjunctive, not conditionals that carry a hypothesis on.
    [
      'fr',
      "Si vous me recrutez, je ferais un audit. Je gérais déjà une équipe. Je pourrais l'encadrer.",
      ['Je pourrais'],
    ],
  ] as const)('%s: %s', (lang, input, hedges) => {
    expect(texts(analyzeAnswer(input, { lang }).hedges)).toEqual(hedges)
  })
})

describe('"like": tic, verb, preposition or conjunction', () => {
  it.each([
    // A tic where neither the verb nor the preposition fits.
    ['We had like a huge backlog.', ['like'], []],
    ['It took like forever.', ['like'], []],
    ['And like the client called back.', ['like'], []],
    ['So like the whole team quit.', ['like'], []],
    ['I spent like the whole weekend on it.', ['like'], []],
    ['It took like a week to fix.', ['like'], []],
    ['There was like a huge queue every morning.', ['like'], []],
    ['It was like impossible to plan.', ['like'], []],
    ['This was like super hard.', ['like'], []],
    ['We got like a hundred complaints.', ['like'], []],
    ['We had like um no budget.', ['like', 'um'], []],
    // The verb.
    ['I like Python and I would like to learn Go.', [], []],
    ['Customers like quick answers, and our clients like the whole experience.', [], []],
    ['I really like the whole team. I kind of like it.', [], ['kind of']],
    ['I enjoy coding and like working with people.', [], []],
    // The preposition.
    ['We use a tool like Jira. Companies like ours need it.', [], []],
    ['Something like that happened. It looks like a bug.', [], []],
    ['It was like a nightmare. The office was like a maze.', [], []],
    ['We, like all startups, had no process. Like everyone else, I was nervous.', [], []],
    ['Just like my previous job, I had to report daily.', [], []],
    ['We worked like crazy and hired like-minded people.', [], []],
    ['And like most startups, we had no process. And like every Monday, we held a retro.', [], []],
    ['I feel like it helped. It felt like forever.', [], ['I feel like']],
    // The conjunction.
    ['And like I said, it worked. So like you said, we need a plan.', [], []],
  ] as const)('en: %s', (input, fillers, hedges) => {
    const a = analyzeAnswer(input, { lang: 'en' })
    expect(texts(a.fillers)).toEqual(fillers)
    expect(texts(a.hedges)).toEqual(hedges)
  })
})

describe('false positives', () => {
  it.each([
    ['en', 'Just to be clear, I led the migration.', [], []],
    ['en', "It's kind of you to ask. That was kind of them.", [], []],
    ['en', "I'm kind of nervous.", [], ['kind of']],
    ['en', 'We just launched the app last week, and I just joined the company.', [], []],
    ['en', 'Just last week, we shipped it.', [], []],
    ['en', 'Just so you know, I can start in March.', [], []],
    ['en', 'I just helped the team.', [], ['just']],
    ['fr', 'Je ne sais plus quoi.', [], []],
    ['fr', 'Je ne savais pas quoi dire.', [], []],
    ['fr', 'Il a ce je ne sais quoi.', [], []],
    ['fr', "C'était dur quoi.", ['quoi'], []],
    ['fr', "Je sais pas, quoi. C'était dur.", ['quoi'], []],
    ['fr', 'Au final, enfin, on a réussi.', [], []],
    ['fr', "J'ai testé, puis, enfin, on a livré.", [], []],
    ['fr', 'Mardi, enfin, mercredi.', ['enfin'], []],
    ['fr', "Je suis à l'aise avec Excel, enfin, les tableaux croisés.", ['enfin'], []],
    // "enfin" correcting what was just said, without a comma after it.
    ['fr', 'On était cinq, enfin six avec la stagiaire.', ['enfin'], []],
    ['fr', 'Trois mois, enfin quatre, de négociation.', ['enfin'], []],
    ['fr', 'Je suis organisé, enfin normalement.', ['enfin'], ['normalement']],
    ['fr', 'Tout le monde a suivi, enfin presque.', ['enfin'], []],
    // … but not "enfin" ending a list, nor meaning "at last".
    ['fr', "D'abord l'analyse, puis le test, enfin deux semaines de recette.", [], []],
    ['fr', 'Ils ont enfin commencé à les lire.', [], []],
    // "je veux dire" followed by an adverb then what is said is not a tic.
    ['fr', "Je veux dire aussi que l'équipe m'a aidée.", [], []],
    ['fr', 'Je veux dire, on avait tout misé sur un canal.', ['Je veux dire'], []],
    // "plutôt de" weakens, except opening a clause as "rather than".
    ['fr', "Mon style, c'est plutôt de fixer un cap.", [], ['plutôt']],
    ['fr', 'Je suis plutôt de nature calme.', [], ['plutôt']],
    ['fr', 'Plutôt de tout refaire, j’ai corrigé trois écrans.', [], []],
    // "like" right after a subject, set off by a comma and followed by an adverb and a verb.
    ['en', 'Now they like, barely use the phone.', ['like'], []],
    ['en', 'We like, never had any documentation.', ['like'], []],
    ['en', 'They like working with me. I like, um, solving problems.', ['um'], []],
    ['en', 'What I like, honestly, is the people. Things I like, such as Python, are fun.', [], []],
    ['en', 'That is what I like, really.', [], []],
  ] as const)('%s: %s', (lang, input, fillers, hedges) => {
    const a = analyzeAnswer(input, { lang })
    expect(texts(a.fillers)).toEqual(fillers)
    expect(texts(a.hedges)).toEqual(hedges)
  })
})

describe('self-deprecation, STAR, metrics, ownership', () => {
  it.each([
    ['fr', 'Je ne suis pas très bon en Excel.', true],
    ['fr', "Ce n'était pas grand-chose, j'ai eu de la chance.", true],
    ['fr', "Je manque d'expérience en X, donc je suis une formation.", false],
    ['en', "I'm bad at this. It was nothing special.", true],
    ['en', "I'm no expert. I was just lucky.", true],
    ['en', 'I lack experience in X, so I am taking a course.', false],
    ['en', 'Last sprint I just fixed a few flaky tests, nothing big.', true],
    ['en', 'Nothing major changed that year, so we kept the process.', false],
    ['fr', "Franchement, ce n'était rien d'exceptionnel.", true],
  ] as const)('self-deprecation %s: %s', (lang, input, expected) => {
    expect(analyzeAnswer(input, { lang }).selfDeprecation.length > 0).toBe(expected)
  })

  it('keeps a story told after a plan, in the clauses without a conditional', () => {
    const a = analyzeAnswer(
      'Si vous me confiez ce portefeuille, je rencontrerais chaque client. Je pourrais aussi m’appuyer sur ce que j’ai fait chez Axa : j’y ai mis en place des revues, et le taux est passé de 82 % à 91 %.',
    )
    expect(a.star).toEqual({ situation: true, task: false, action: true, result: true })
    expect(texts(a.hedges)).toEqual([])
  })

  it('finds each STAR part from its cues', () => {
    const fr = analyzeAnswer(
      "Dans mon précédent poste, je devais réduire les délais. J'ai mis en place un suivi. Résultat : deux jours gagnés.",
    )
    expect(fr.star).toEqual({ situation: true, task: true, action: true, result: true })
    const en = analyzeAnswer(
      'Last year at Acme, my goal was to cut costs. I built a tool. As a result, costs fell by 10%.',
    )
    expect(en.star).toEqual({ situation: true, task: true, action: true, result: true })
    expect(analyzeAnswer('Je suis motivé et curieux.').star).toEqual({
      situation: false,
      task: false,
      action: false,
      result: false,
    })
  })

  it.each([
    // situation: a place, maybe after a short word; a duration; how things stood.
    ['fr', "Dans ma start-up, on n'avait aucun process.", 'situation', true],
    ['fr', "J'ai fait un bref passage dans la banque.", 'situation', true],
    ['fr', "J'ai été infirmière pendant dix ans.", 'situation', true],
    ['fr', 'Sur le projet de migration, mon binôme a tout fait.', 'situation', true],
    ['fr', 'Au début, face aux clients mécontents, je paniquais.', 'situation', true],
    ['fr', "J'aimerais travailler dans une petite entreprise.", 'situation', false],
    ['fr', "C'est tout ce que j'avais à dire sur ce projet.", 'situation', false],
    ['fr', "J'ai essayé de le convaincre, sans succès au début.", 'situation', false],
    ['en', 'At a logistics startup, I onboarded new clients.', 'situation', true],
    ['en', 'I built it for a hospital in Leeds.', 'situation', true],
    ['en', 'We were a four-person platform team.', 'situation', true],
    ['en', 'I taught maths for seven years.', 'situation', true],
    ['en', 'Do you know what our churn was when I arrived?', 'situation', true],
    ['en', 'The launch week was really stressful.', 'situation', true],
    ['en', "I'd love to work for a company that values learning.", 'situation', false],
    // task
    ['en', 'I took ownership of the crashes.', 'task', true],
    // action: small steps, "only", "y"/"en" before the verb, a first step in the present perfect.
    ['fr', "J'ai juste un peu automatisé l'export.", 'action', true],
    ['fr', "Chez Axa, j'y ai mis en place des revues.", 'action', true],
    ['en', 'The client was ready, and I only sent the contract.', 'action', true],
    ['en', "I've started by handing the report to a junior.", 'action', true],
    // result: changes with an adverb, lasting changes, "at last", comparisons, others' gains.
    ['fr', 'Les disputes ont nettement diminué.', 'result', true],
    ['fr', 'Les erreurs ont quasiment disparu.', 'result', true],
    ['fr', 'Le budget se boucle désormais en six semaines.', 'result', true],
    ['fr', "L'équipe en fait maintenant autant que moi.", 'result', true],
    ['fr', 'Je cherche désormais un poste plus stable.', 'result', false],
    ['fr', 'Je veux maintenant évoluer vers le management.', 'result', false],
    ['fr', 'Nous avions enfin assez de marge pour embaucher.', 'result', true],
    ['fr', 'Les licences ont coûté 40 000 euros de moins.', 'result', true],
    ['fr', 'Aucun magasin n’a dû fermer.', 'result', true],
    ['fr', 'Mes collègues gagnent une heure par jour.', 'result', true],
    ['fr', 'Tout est arrivé à l’heure.', 'result', true],
    ['fr', 'On a recruté neuf personnes, sans un seul départ.', 'result', true],
    ['fr', 'En six semaines, les fiches étaient à jour.', 'result', true],
    ['fr', "J'ai proposé un bilan, et depuis on teste chaque canal.", 'result', true],
    ['fr', "Depuis, j'ai mis en place une liste de contrôle.", 'result', false],
    ['fr', 'Depuis deux ans, je travaille seule.', 'result', false],
    ['en', 'Queries ran five times faster.', 'result', true],
    ['en', 'The bot now resolves about 40% of chats.', 'result', true],
    ['en', 'Now the whole team uses it.', 'result', true],
    ['en', "Now I'm looking for a new challenge.", 'result', false],
    ['en', 'Fewer orders came back after that.', 'result', true],
    ['en', 'We literally never lost an order again.', 'result', true],
    ['en', 'The meetings became much shorter.', 'result', true],
    ['en', 'We brought build times down to eight minutes.', 'result', true],
    ['en', 'That decision saved our renewal season.', 'result', true],
    ['en', 'The team adopted them.', 'result', true],
    ['en', 'We got the green light in March.', 'result', true],
    ['en', 'The app passed the external audit.', 'result', true],
  ] as const)('STAR cue %s: %s (%s)', (lang, input, part, expected) => {
    expect(analyzeAnswer(input, { lang }).star[part]).toBe(expected)
  })

  it.each([
    ['fr', 'Nous avons gagné 30 % de clients.', true],
    ['fr', 'Trois clients ont signé, deux fois plus que prévu.', true],
    ['fr', "En 2022, j'ai changé de poste.", false],
    ['fr', "J'ai 5 ans d'expérience.", true],
    ['en', 'In 2019 I joined the team.', false],
    ['en', 'I have five years of experience and 2000 customers.', true],
    ['en', 'It took 3 weeks.', true],
    ['fr', 'Mes collègues gagnent une heure par jour.', true],
    ['fr', 'Nous avons recruté en un semestre.', true],
    ['fr', 'Un jour, un client a appelé.', false],
    ['en', 'Support calls dropped by a third.', true],
    ['en', 'A quarter of our clients renewed.', true],
    ['en', 'We used a third-party tool and a third party audited it.', false],
  ] as const)('metrics %s: %s', (lang, input, expected) => {
    expect(analyzeAnswer(input, { lang }).metrics.length > 0).toBe(expected)
  })

  it.each([
    ['fr', "J'ai fait ceci, je fais cela, j'ai livré.", 'i'],
    ['fr', 'Nous avons livré, on a testé, nous avons gagné.', 'we'],
    ['fr', "Il nous a aidés. J'ai tout fait.", 'i'],
    ['fr', "J'ai codé, nous avons testé.", 'mixed'],
    ['fr', 'Le projet a réussi.', 'none'],
    // "on" is always a subject, even before an object pronoun.
    ['fr', "On m'a confié le projet. J'ai recruté deux personnes.", 'mixed'],
    ['fr', "On nous a demandé de tout refaire, et on m'a laissé carte blanche.", 'we'],
    ['fr', "On m'a confié la refonte. J'ai repris les maquettes, j'ai testé et j'ai livré.", 'i'],
    ['en', 'I did it. I shipped it.', 'i'],
    ['en', 'We did it. We shipped it.', 'we'],
    ['en', 'I coded and we tested.', 'mixed'],
    ['en', 'They helped us.', 'none'],
  ] as const)('ownership %s: %s', (lang, input, expected) => {
    expect(analyzeAnswer(input, { lang }).ownership.verdict).toBe(expected)
  })
})

describe('language detection', () => {
  it.each([
    ["J'ai travaillé dans une équipe de cinq personnes pendant deux ans.", 'fr'],
    ['I worked in a team of five people for two years.', 'en'],
    ['Je pense que the project was a success, mais nous avons eu des soucis.', 'fr'],
    ['I think que the project was great and we were happy with it.', 'en'],
    ['', 'fr'],
    ['😀', 'fr'],
  ] as const)('%s → %s', (input, expected) => {
    expect(analyzeAnswer(input).lang).toBe(expected)
  })

  it('uses the language given by the caller', () => {
    expect(analyzeAnswer('Euh, um.', { lang: 'en' }).lang).toBe('en')
  })
})

describe('odd input never throws and stays consistent', () => {
  const long = 'Euh, dans mon précédent poste, j’ai réduit les coûts de 20 %, voilà. '
    .repeat(400)
    .slice(0, MAX_ANSWER_LENGTH)
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['one word', 'Bonjour'],
    ['only fillers', 'euh euh euh, hum, bah'],
    ['emoji', '😀🚀 👍🏽 ❤️'],
    ['mixed languages', 'Je pense que I think we did great, du coup like, you know, voilà.'],
    ['punctuation', '...,,,!!! ??? — « »'],
    ['twenty thousand characters', long],
    ['longer than the maximum', `${long}${'x'.repeat(500)}`],
    ['lone surrogate at the cut', `${'a'.repeat(MAX_ANSWER_LENGTH - 1)}😀`],
    ['digits and symbols', '30 % 1 200 € 3,5 x2 B2B COVID-19 2022'],
  ])('%s', (_name, input) => {
    const a = analyzeAnswer(input)
    expectValid(input, a)
  })

  it('uses the same answer limit as the API schemas and the web app', () => {
    expect(MAX_ANSWER_LENGTH).toBe(SHARED_MAX_ANSWER_LENGTH)
  })

  it('handles a non-string at runtime', () => {
    expect(() => analyzeAnswer(undefined as unknown as string)).not.toThrow()
  })

  it('counts words and estimates speaking time at 140 words per minute', () => {
    expect(analyzeAnswer('').wordCount).toBe(0)
    const a = analyzeAnswer(Array.from({ length: 140 }, () => 'mot').join(' '))
    expect(a.wordCount).toBe(140)
    expect(a.estimatedSeconds).toBe(60)
    expect(analyzeAnswer("J'ai peut-être 30 % d'avance.").wordCount).toBe(4)
  })
})

describe('suggestions and rewrites', () => {
  it.each([
    ['fr', 'Euh, j’ai géré le projet.', 'J’ai géré le projet.'],
    ['fr', "C'était dur, quoi.", "C'était dur."],
    ['fr', 'On a fini, euh, à temps.', 'On a fini, à temps.'],
    ['fr', 'Euh euh, du coup, on a livré.', 'On a livré.'],
    ['fr', 'Je pense que je sais le faire.', 'Je sais le faire.'],
    ['fr', 'On a livré, et voilà.', 'On a livré.'],
    ['en', 'I think I know how to do it.', 'I know how to do it.'],
    ['en', 'Um, so, basically, I led it.', 'So, I led it.'],
    ['en', 'It went well, I think.', 'It went well.'],
    ['en', 'I think that I can help.', 'I can help.'],
  ] as const)('%s: %s', (lang, input, expected) => {
    expect(applyRewrites(input, analyzeAnswer(input, { lang }))).toBe(expected)
  })

  it('turns "je pense que je sais" into "je sais" with a hedged-claim suggestion', () => {
    const a = analyzeAnswer('Je pense que je sais gérer la pression.')
    const s = a.suggestions.find((x) => x.kind === 'hedged-claim')
    expect(s?.message.fr).toContain('« Je sais »')
    expect(s?.message.en).toContain('“Je sais”')
  })

  it('asks for the result and a number when a story has none', () => {
    const a = analyzeAnswer(
      "Dans mon précédent poste, je devais former l'équipe. J'ai organisé des ateliers.",
    )
    expect(a.suggestions.map((s) => s.kind)).toContain('add-result')
    const b = analyzeAnswer('Last year at Acme, I built a tool and as a result the team was happy.')
    expect(b.suggestions.map((s) => s.kind)).toContain('add-metric')
  })

  it('names the missing STAR part', () => {
    const kinds = analyzeAnswer('I built a dashboard. As a result, sales rose by 10%.').suggestions.map(
      (s) => s.kind,
    )
    expect(kinds).toContain('star-situation')
    expect(kinds).toContain('star-task')
    expect(kinds).not.toContain('star-action')
  })

  it('suggests saying what you did when "on" or "we" dominates', () => {
    const a = analyzeAnswer('On a livré, on a testé, nous avons gagné.')
    const s = a.suggestions.find((x) => x.kind === 'ownership')
    expect(s?.span.text).toBe('On')
    expect(s?.message.fr).toMatch(/vous/)
  })

  it('flags self-deprecation without a rewrite', () => {
    const s = analyzeAnswer("I'm not great at Excel.").suggestions.find((x) => x.kind === 'self-deprecation')
    expect(s?.rewrite).toBeUndefined()
    expect(s?.message.en.length).toBeGreaterThan(10)
  })
})

describe('assertiveness', () => {
  it.each([
    [0, 0, 100, false, 'high'],
    [1, 0, 100, false, 'high'],
    [1, 1, 101, false, 'high'],
    [1, 1, 100, false, 'medium'],
    [3, 0, 100, false, 'medium'],
    [4, 2, 100, false, 'low'],
    [5, 0, 100, false, 'low'],
    [0, 0, 100, true, 'low'],
    [0, 0, 0, false, 'high'],
  ] as const)('%i hedges, %i fillers, %i words, self-deprecation %s → %s', (h, f, w, sd, level) => {
    expect(assessAssertiveness(h, f, w, sd).level).toBe(level)
  })

  it('keeps the score inside the band of its level', () => {
    for (let h = 0; h < 30; h++) {
      for (const sd of [false, true]) {
        const { score, level } = assessAssertiveness(h, h % 3, 100, sd)
        if (level === 'high') expect(score).toBeGreaterThanOrEqual(70)
        if (level === 'medium') expect(score >= 40 && score <= 69).toBe(true)
        if (level === 'low') expect(score).toBeLessThanOrEqual(39)
      }
    }
  })
})

describe('rewrites keep capitals where they belong', () => {
  it('does not capitalise the next word when the removed hedge is mid-sentence', () => {
    const text = 'Right after that I guess we moved on.'
    const analysis = analyzeAnswer(text, { lang: 'en' })
    const hedge = analysis.suggestions.find((s) => s.span.text.startsWith('I guess'))
    expect(hedge?.rewrite).toBeDefined()
    const applied = text.slice(0, hedge?.span.start) + hedge?.rewrite + text.slice(hedge?.span.end)
    expect(applied).toBe('Right after that we moved on.')
  })

  it('moves the capital to the next word at the start of a sentence', () => {
    const text = 'Ça a marché. Euh, j’ai tout repris.'
    const analysis = analyzeAnswer(text, { lang: 'fr' })
    const filler = analysis.suggestions.find((s) => s.kind === 'filler')
    const applied = text.slice(0, filler?.span.start) + filler?.rewrite + text.slice(filler?.span.end)
    expect(applied).toBe('Ça a marché. J’ai tout repris.')
  })
})

describe('hedged claims', () => {
  it('does not offer to "state the claim" when the claim is hedged again', () => {
    const analysis = analyzeAnswer('Um, I think I kind of led the team.', { lang: 'en' })
    expect(analysis.suggestions.some((s) => s.kind === 'hedged-claim')).toBe(false)
    const think = analysis.suggestions.find((s) => s.span.text.startsWith('I think'))
    expect(think?.kind).toBe('hedge')
  })

  it('still offers it for a plain claim', () => {
    const analysis = analyzeAnswer('I think I know how to lead a team.', { lang: 'en' })
    const claim = analysis.suggestions.find((s) => s.kind === 'hedged-claim')
    expect(claim?.message.en).toContain('I know')
  })
})

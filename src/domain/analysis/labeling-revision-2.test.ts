import { describe, expect, it } from 'vitest'
import { type AnswerAnalysis, analyzeAnswer, type Span, type StarPart } from './index'
import { spanProblems } from './test-checks'

// What revision 2 of the labeling guide added (/work/shared/analyzer-labeling.md): French "bon" as a
// tic, "juste" as a minimizer, "pas (vraiment) expert·e" as self-deprecation; and, for STAR, explicit
// labels ("Tâche : …") with evidence that quotes what they introduce, never a cut word.

const texts = (spans: readonly Span[]) => spans.map((s) => s.text)
const fr = (text: string): AnswerAnalysis => {
  const a = analyzeAnswer(text, { lang: 'fr' })
  expect(spanProblems(text, a)).toEqual([])
  return a
}

describe('"bon" as a discourse tic', () => {
  it.each([
    ["Bon, alors, dans mon dernier poste, j'étais seule à l'accueil.", ['Bon']],
    ["Bon alors j'étais seule à l'accueil et ça débordait.", ['Bon']],
    ['Bon ben, on a fini par livrer avec une semaine de retard.', ['Bon', 'ben']],
    ["C'était serré, mais bon, on a tenu le délai.", ['bon']],
    ['On a perdu le client, enfin bon, ça arrive.', ['bon']],
    ["C'était pas simple, mais bon.", ['bon']],
    // Speech recognition: no punctuation, the words alone carry the tic.
    ["bon alors moi j'étais en alternance chez free mais bon on a quand même livré", ['bon', 'bon']],
    ["Bon je vais être honnête, la première réunion s'est mal passée.", ['Bon']],
  ])('%s', (input, expected) => {
    expect(texts(fr(input).fillers)).toEqual(expected)
  })

  it.each([
    'On a obtenu un bon résultat dès le premier trimestre.',
    "Je suis plutôt bon en négociation, j'ai signé douze contrats.",
    'Il faut du bon sens et de la bonne foi dans ce métier.',
    "Bon courage pour la suite, et merci pour l'échange.",
    'À quoi bon tout refaire si le client valide la maquette ?',
    "C'est bon, le client a validé la maquette le lendemain.",
    'Le matériel était bon marché, mais il tombait souvent en panne.',
    'Le bon de commande partait toujours en retard.',
    "J'ai tenu bon pendant la période de clôture.",
    'On a arrêté pour de bon les réunions du vendredi.',
    "c'était bon on a pu livrer le lundi",
    "j'étais bon je pense mais pas assez rapide",
    "c'était le bon je crois parce qu'il connaissait déjà le client",
  ])('not a tic: %s', (input) => {
    expect(texts(fr(input).fillers)).toEqual([])
  })
})

describe('"juste" as a minimizer', () => {
  it.each([
    ["J'ai juste aidé l'équipe à préparer le salon.", ['juste']],
    ["C'était juste un stage de deux mois.", ['juste']],
    ['Je faisais juste mon travail, rien de plus.', ['juste']],
    ['Il fallait juste relancer les clients en retard.', ['juste']],
    ["C'est juste que je n'avais pas le temps de tout vérifier.", ['juste']],
    ["j'ai juste repris les fichiers et on a fait le tri", ['juste']],
    // A small step stays an action, and both words weaken it.
    ["J'ai juste un peu automatisé l'export.", ['juste', 'un peu']],
  ])('%s', (input, expected) => {
    expect(texts(fr(input).hedges)).toEqual(expected)
  })

  it.each([
    "C'est juste, je n'avais pas pensé à ce cas.",
    "J'ai trouvé la réponse juste en relisant le contrat.",
    'Je suis arrivé juste après la fusion des deux services.',
    'On a livré juste à temps pour le salon.',
    'Le client voulait payer la juste valeur du service.',
    "Il est juste de dire que l'équipe m'a beaucoup aidé.",
    "Ce n'était pas juste un stage : j'avais mes propres clients.",
    'Il a été promu, à juste titre.',
    'Le calcul était juste, mais les données étaient fausses.',
    "C'était juste : on a fini la veille de l'audit.",
    "J'ai toujours été juste avec mon équipe, même sous pression.",
    'On avait juste assez de stock pour tenir la semaine.',
  ])('not a minimizer: %s', (input) => {
    expect(texts(fr(input).hedges)).toEqual([])
  })
})

describe('"pas (vraiment) expert·e" as self-deprecation', () => {
  it.each([
    'Je ne suis pas vraiment expert en SQL, mais je me débrouille.',
    'Je connais Excel, mais pas vraiment experte.',
    'Je ne suis pas expert·e en finance, je vous le dis tout de suite.',
    "je suis pas vraiment experte en droit social j'ai surtout fait de la paie",
    'Je ne suis pas experte en marketing digital.',
    'Je ne suis pas vraiment une experte.',
  ])('%s', (input) => {
    expect(fr(input).selfDeprecation.length).toBeGreaterThan(0)
  })

  it.each([
    "Mon manager n'était pas vraiment expert, alors j'ai pris le sujet en main.",
    'Je suis experte en paie depuis huit ans.',
    "Je manque d'expérience en SQL, donc je suis une formation en ligne.",
  ])('not self-deprecation: %s', (input) => {
    expect(fr(input).selfDeprecation).toEqual([])
  })
})

describe('explicit STAR labels', () => {
  const evidence = (a: AnswerAnalysis, part: StarPart) => texts(a.starEvidence[part])

  it('finds each part from its label and quotes what the label introduces', () => {
    const a = fr(
      "Situation : l'accueil de la mairie croulait sous les appels. Tâche : réduire l'attente au téléphone. Action : j'ai mis en place un rappel automatique. Résultat : deux fois moins d'appels perdus.",
    )
    expect(a.star).toEqual({ situation: true, task: true, action: true, result: true })
    expect(evidence(a, 'situation')).toEqual(["l'accueil de la mairie croulait sous les appels"])
    expect(evidence(a, 'task')).toEqual(["réduire l'attente au téléphone"])
    expect(evidence(a, 'action')).toEqual(["j'ai mis en place un rappel automatique"])
    expect(evidence(a, 'result')).toEqual(["deux fois moins d'appels perdus"])
  })

  it.each([
    [
      'Ma tâche : former les trois nouveaux arrivants en une semaine.',
      'former les trois nouveaux arrivants en une semaine',
    ],
    [
      'Tâche: faire passer la boutique sur le nouveau logiciel de caisse',
      'faire passer la boutique sur le nouveau logiciel de caisse',
    ],
    [
      'Mon objectif : garder tous les clients pendant la migration.',
      'garder tous les clients pendant la migration',
    ],
  ])('a task label: %s', (input, quoted) => {
    const a = fr(input)
    expect(a.star.task).toBe(true)
    expect(evidence(a, 'task')).toEqual([quoted])
  })

  it('stops a label’s quote at the end of its line', () => {
    const a = fr(
      "Contexte : une agence de voyage de six personnes\nTâche : refaire le site avant l'été\nAction : j'ai comparé trois devis\nRésultat : le site est sorti en mai",
    )
    // A time named under another label ("avant l'été") still sets the scene, after the label's quote.
    expect(evidence(a, 'situation')[0]).toBe('une agence de voyage de six personnes')
    expect(evidence(a, 'task')).toEqual(["refaire le site avant l'été"])
    expect(evidence(a, 'action')).toEqual(["j'ai comparé trois devis"])
    expect(evidence(a, 'result')).toEqual(['le site est sorti en mai'])
  })

  it('quotes what follows "Résultat," rather than the word alone', () => {
    const a = fr("J'ai relancé chaque client par téléphone. Résultat, les impayés ont fondu en un mois.")
    expect(evidence(a, 'result')).toEqual(['les impayés ont fondu en un mois'])
  })

  it('does not count a label with nothing after it', () => {
    const a = fr('Situation : je travaillais dans une boulangerie. Tâche :')
    expect(a.star.task).toBe(false)
    expect(a.starEvidence.task).toEqual([])
  })

  it('quotes what follows a label only when the label opens its clause', () => {
    const a = fr("J'ai rempli ma mission, puis je suis partie chez Orange.")
    expect(a.starEvidence.task).toEqual([])
    const b = fr('Le résultat ? Une charte commune, signée en juin.')
    expect(evidence(b, 'result')).toEqual(['Une charte commune, signée en juin'])
  })

  it('does not take a word that merely starts a sentence for a label', () => {
    const a = fr("Action collective, c'était le nom du projet chez Axa.")
    expect(a.star.action).toBe(false)
  })
})

describe('STAR evidence never cuts a word', () => {
  it('quotes a hyphenated verb whole', () => {
    const a = fr("J'ai sous-traité le tri des dossiers à un prestataire.")
    expect(a.star.action).toBe(true)
    expect(texts(a.starEvidence.action)).toEqual(["J'ai sous-traité"])
  })

  it('does not read "sous" as a past participle', () => {
    const a = fr("J'ai sous la main tous les contrats de l'année.")
    expect(a.star.action).toBe(false)
  })

  it.each([
    "Chez Saint-Gobain, j'ai repris la planification des tournées.",
    "On était vingt-cinq sur le plateau et j'ai co-construit le planning.",
    "J'ai re-testé chaque écran, puis j'ai contre-vérifié les totaux.",
    "Nous avions enfin un outil, et il m'a enfin laissé mener l'atelier.",
  ])('%s', (input) => {
    const a = fr(input)
    for (const part of ['situation', 'task', 'action', 'result'] as const) {
      for (const span of a.starEvidence[part]) {
        const before = input[span.start - 1] ?? ' '
        const after = input[span.end] ?? ' '
        expect(/[\p{L}\p{N}'’-]/u.test(before), `${part} «${span.text}» starts inside a word`).toBe(false)
        expect(/[\p{L}\p{N}'’-]/u.test(after), `${part} «${span.text}» ends inside a word`).toBe(false)
      }
    }
  })
})

describe('explicit STAR labels in English', () => {
  it('finds each part from its label and quotes what the label introduces', () => {
    const input =
      'Situation: our warehouse kept losing track of returns.\nTask: cut the backlog before the holiday peak.\nAction: I built a tracking sheet.\nResult: the backlog was gone in three weeks.'
    const a = analyzeAnswer(input, { lang: 'en' })
    expect(spanProblems(input, a)).toEqual([])
    expect(a.star).toEqual({ situation: true, task: true, action: true, result: true })
    expect(texts(a.starEvidence.situation)).toEqual(['our warehouse kept losing track of returns'])
    expect(texts(a.starEvidence.task)).toEqual(['cut the backlog before the holiday peak'])
    expect(texts(a.starEvidence.action)).toEqual(['I built a tracking sheet'])
    expect(texts(a.starEvidence.result)).toEqual(['the backlog was gone in three weeks'])
  })

  it('keeps "just" a minimizer, and not in "just after"', () => {
    const a = analyzeAnswer(
      'I just helped my manager, right after the merger, and it was just after lunch.',
      {
        lang: 'en',
      },
    )
    expect(texts(a.hedges)).toEqual(['just'])
  })
})

describe('"j\'ai dû" sets a task, the partitive "du" does not', () => {
  it.each([
    ["J'ai dû reprendre tout le planning en une semaine.", ["J'ai dû reprendre"]],
    ["J'ai dû, une fois de plus, tout reprendre.", ["J'ai dû"]],
    ["j'ai du reprendre tout le planning en une semaine", ["j'ai du reprendre"]],
    ["Nous avons du m'aider à boucler la clôture.", ["Nous avons du m'aider"]],
    ["j'ai du tout refaire avant l'audit", ["j'ai du tout refaire"]],
  ])('%s', (input, evidence) => {
    expect(texts(fr(input).starEvidence.task)).toEqual(evidence)
  })

  it.each([
    "J'ai du mal à déléguer, alors j'ai mis en place un point hebdomadaire.",
    "On a du travail, mais j'ai du temps pour apprendre.",
    "J'ai du plaisir à former les nouveaux.",
    "J'ai du caractère, et ça aide en négociation.",
  ])('no task: %s', (input) => {
    expect(fr(input).star.task).toBe(false)
  })
})

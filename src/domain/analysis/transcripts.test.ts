import { describe, expect, it } from 'vitest'
import { analyzeAnswer, looksSpoken } from './index'
import { countWords, tokenize, wordRuns } from './tokenize'

// Spoken transcripts (labeling guide, revision 2, "Spoken transcripts"): the rules hold on text with
// little or no punctuation, in lower case, with numbers in words.

const spokenByShape = (text: string) => {
  const runs = wordRuns(text)
  return looksSpoken(tokenize(text, runs), countWords(text, runs))
}
const texts = (spans: readonly { text: string }[]) => spans.map((s) => s.text)

describe('telling a transcript from a typed answer', () => {
  it('reads an unpunctuated answer as spoken, a punctuated one or a short one as typed', () => {
    expect(
      spokenByShape(
        "euh alors dans mon ancien poste j'étais responsable du rayon et j'ai réorganisé le stockage",
      ),
    ).toBe(true)
    expect(
      spokenByShape(
        "Dans mon ancien poste, j'étais responsable du rayon. J'ai réorganisé le stockage, puis formé l'équipe.",
      ),
    ).toBe(false)
    expect(spokenByShape("j'ai livré le projet")).toBe(false)
  })

  it('lets the caller say which it is, and reads typed text as before', () => {
    const text =
      "c'était un projet très tendu avec des délais courts c'était limite quoi mais le client est resté"
    expect(texts(analyzeAnswer(text, { lang: 'fr' }).fillers)).toEqual(['quoi'])
    expect(texts(analyzeAnswer(text, { lang: 'fr', transcript: true }).fillers)).toEqual(['quoi'])
    expect(texts(analyzeAnswer(text, { lang: 'fr', transcript: false }).fillers)).toEqual([])
  })
})

describe('clause boundaries found from the words', () => {
  it('finds a clause-final tag before a new clause', () => {
    const a = analyzeAnswer(
      "au début je savais pas quoi faire j'ai appelé le fournisseur c'était limite quoi mais on a livré",
      { lang: 'fr', transcript: true },
    )
    expect(texts(a.fillers)).toEqual(['quoi'])
    expect(a.fillers[0]?.start).toBeGreaterThan(60)
  })

  it('tells a self-correcting "enfin" from "finally" without commas', () => {
    const a = analyzeAnswer(
      "j'ai géré une équipe de six enfin cinq personnes on a travaillé en deux équipes et enfin on a terminé avant la rentrée",
      { lang: 'fr', transcript: true },
    )
    expect(texts(a.fillers)).toEqual(['enfin'])
    expect(a.fillers[0]?.start).toBe("j'ai géré une équipe de six ".length)
  })

  it('keeps "voilà deux ans" a presentative and the closing "et voilà" a tic', () => {
    const a = analyzeAnswer(
      "voilà deux ans que je travaille la nuit en réanimation j'ai créé une fiche de transmission et voilà",
      { lang: 'fr', transcript: true },
    )
    expect(a.fillers.map((s) => s.start)).toEqual([94])
    expect(texts(a.fillers)).toEqual(['voilà'])
  })

  it('opens a result with a lower-case "résultat" and no colon', () => {
    const a = analyzeAnswer(
      "notre plus gros client menaçait de partir j'ai mis en place un point chaque semaine résultat il a prolongé son contrat",
      { lang: 'fr', transcript: true },
    )
    expect(a.star.result).toBe(true)
    expect(texts(a.starEvidence.result)).toContain('résultat il a prolongé son contrat')
  })

  it('ends a spoken hypothesis at the first clause without a conditional', () => {
    const plan = analyzeAnswer(
      "si vous me recrutez je commencerais par un état des lieux ensuite je pourrais proposer un outil je pense que c'est urgent",
      { lang: 'fr', transcript: true },
    )
    expect(texts(plan.hedges)).toEqual(['je pense que'])
    const story = analyzeAnswer(
      "si j'étais à votre place je chercherais quelqu'un du terrain et je crois que c'est mon cas j'ai passé dix ans dans une grande enseigne",
      { lang: 'fr', transcript: true },
    )
    expect(texts(story.hedges)).toEqual(['je crois que'])
    expect(story.star.situation).toBe(true)
    const en = analyzeAnswer(
      'if you hired me i would start by meeting every shift lead then i could set up a weekly review i think the night shift needs it',
      { lang: 'en', transcript: true },
    )
    expect(texts(en.hedges)).toEqual(['i think'])
  })
})

describe('numbers said aloud', () => {
  it.each([
    ['fr', 'on a réduit la casse de trente pour cent en trois mois avec toute l’équipe du magasin', true],
    [
      'fr',
      "en deux mille vingt-deux j'ai rejoint une association c'était la troisième fois que je changeais de secteur",
      false,
    ],
    ['fr', 'on a vendu pour deux mille euros de matériel le premier samedi avec toute l’équipe', true],
    ['en', 'we cut the duplicates by half and conversion went up twenty percent after the launch', true],
    [
      'en',
      'back in twenty nineteen i was in my third year at a logistics company moving to a new system',
      false,
    ],
    ['en', 'errors dropped by a third once i wrote the checklist for the counter staff', true],
  ] as const)('%s: "%s" has a metric: %s', (lang, text, metric) => {
    expect(analyzeAnswer(text, { lang, transcript: true }).metrics.length > 0).toBe(metric)
  })
})

describe('hesitations as recognizers spell them', () => {
  it.each([
    [
      'fr',
      'euhh alors heu bon ben euhm on a livré le projet à temps avec toute l’équipe',
      ['euhh', 'heu', 'bon', 'ben', 'euhm'],
    ],
    [
      'en',
      'uhm so umm we shipped it uhh on time er with the whole team erm yes',
      ['uhm', 'umm', 'uhh', 'er', 'erm'],
    ],
  ] as const)('%s', (lang, text, expected) => {
    expect(texts(analyzeAnswer(text, { lang, transcript: true }).fillers)).toEqual(expected)
  })
})

describe('ownership in speech', () => {
  it('counts each subject of a false start', () => {
    const a = analyzeAnswer("j'ai j'ai géré le planning et on a on a livré le chantier en avance", {
      lang: 'fr',
      transcript: true,
    })
    expect(a.ownership).toEqual({ singular: 2, plural: 2, verdict: 'mixed' })
    const b = analyzeAnswer(
      'we we were a small team and we we split the work by page so i took the payment page',
      {
        lang: 'en',
        transcript: true,
      },
    )
    expect(b.ownership).toEqual({ singular: 1, plural: 4, verdict: 'we' })
  })
})

// Answers whose analyzer figures are known, shared by this folder's tests.
import type { MockLang } from './settings'

type Sample = Record<'strong' | 'noResult' | 'we' | 'hedged' | 'short' | 'rambling', string>

const long = (sentence: string, times: number): string =>
  Array.from({ length: times }, () => sentence).join(' ')

export const ANSWERS: Record<MockLang, Sample> = {
  fr: {
    strong:
      'Dans mon dernier poste, notre service client perdait des clients. J’ai analysé les réclamations, j’ai proposé un nouveau process de rappel et je l’ai mis en place avec deux collègues. Le taux de désabonnement a baissé de 15 % en six mois.',
    noResult:
      'Dans mon dernier poste, le service client perdait des clients. J’ai analysé les réclamations, j’ai proposé un nouveau process de rappel et je l’ai mis en place avec mes collègues du service.',
    we: 'Dans mon dernier poste, on avait un gros souci de réclamations. On a analysé les appels, on a monté un nouveau process de rappel et on l’a déployé dans toute l’équipe. Nous avons réduit les réclamations de 20 %.',
    hedged:
      'Je pense que j’ai peut-être un peu aidé l’équipe, enfin je crois, à réduire les réclamations de 20 %, il me semble, en proposant sans doute un nouveau process de rappel que j’ai mis en place moi-même.',
    short: 'Je suis quelqu’un de motivé et sérieux.',
    rambling: long(
      'J’ai analysé les réclamations, j’ai proposé un nouveau process de rappel et le taux de désabonnement a baissé de 15 % en six mois.',
      36,
    ),
  },
  en: {
    strong:
      'At my last job our support team was losing customers. I analysed the complaints, I designed a new callback process and I rolled it out with two colleagues. Churn fell by 15% in six months.',
    noResult:
      'At my last job our support team was losing customers. I analysed the complaints, I designed a new callback process and I rolled it out with my colleagues in the service.',
    we: 'At my last job we had a big complaints problem. We analysed the calls, we built a new callback process and we rolled it out across the whole team. We cut complaints by 20%.',
    hedged:
      'I think I maybe kind of helped the team, I guess, to cut complaints by 20%, probably by suggesting a new callback process that I set up myself, sort of.',
    short: 'I am motivated and serious.',
    rambling: long(
      'I analysed the complaints, I designed a new callback process and churn fell by 15% in six months.',
      36,
    ),
  },
}

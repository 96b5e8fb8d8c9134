// What the interviewer says, per language and persona. Written for this app; every persona stays courteous,
// the demanding one is brief and direct, never cutting. French addresses the person as "vous" and uses
// wording that fits everyone.
import type { MockLang, Persona } from './settings'

export const FOLLOW_UP_KINDS = ['outcome', 'personal', 'as-fact', 'example', 'one-sentence'] as const
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number]

/** Why the interviewer cut in, at level 4. */
export const INTERRUPTIONS = ['over-time', 'silence'] as const
export type Interruption = (typeof INTERRUPTIONS)[number]

type Lines = Record<Persona, string>

export const FOLLOW_UP_LINES: Record<MockLang, Record<FollowUpKind, Lines>> = {
  fr: {
    outcome: {
      bienveillant:
        'Et au bout du compte, qu’est-ce que cela a donné ? Un chiffre m’aiderait à mesurer l’effet.',
      neutre: 'Quel a été le résultat, concrètement ? Avez-vous un chiffre ?',
      exigeant: 'Le résultat, en un chiffre ?',
    },
    personal: {
      bienveillant: 'J’entends bien le travail d’équipe. Et vous, personnellement, qu’avez-vous fait ?',
      neutre: 'Et vous, personnellement, quel a été votre rôle ?',
      exigeant: 'Vous parlez de l’équipe. Votre part à vous, précisément ?',
    },
    'as-fact': {
      bienveillant: 'Pouvez-vous me le redire en une phrase, simplement, comme un fait ?',
      neutre: 'Redites-le en une phrase, comme un fait.',
      exigeant: 'Sans conditionnel : en une phrase, qu’avez-vous fait ?',
    },
    example: {
      bienveillant: 'Avez-vous un exemple précis en tête ? Prenez votre temps.',
      neutre: 'Pouvez-vous me donner un exemple concret ?',
      exigeant: 'Un exemple précis, s’il vous plaît.',
    },
    'one-sentence': {
      bienveillant: 'Merci, c’est riche. Si vous deviez tout résumer en une phrase ?',
      neutre: 'En une phrase, que faut-il retenir ?',
      exigeant: 'En une phrase, s’il vous plaît ?',
    },
  },
  en: {
    outcome: {
      bienveillant: 'And in the end, what came of it? A number would help me see the difference it made.',
      neutre: 'What was the result, concretely? Do you have a number?',
      exigeant: 'The result, in one number?',
    },
    personal: {
      bienveillant: 'I can hear it was a team effort. And you, personally, what did you do?',
      neutre: 'And you, personally, what was your part?',
      exigeant: 'You are describing the team. What exactly was your part?',
    },
    'as-fact': {
      bienveillant: 'Could you say that again in one simple sentence, as a fact?',
      neutre: 'Say it again in one sentence, as a fact.',
      exigeant: 'No maybes: in one sentence, what did you do?',
    },
    example: {
      bienveillant: 'Do you have a specific example in mind? Take your time.',
      neutre: 'Could you give me a concrete example?',
      exigeant: 'A specific example, please.',
    },
    'one-sentence': {
      bienveillant: 'Thank you, there is a lot there. If you had to sum it up in one sentence?',
      neutre: 'In one sentence, what should I remember?',
      exigeant: 'In one sentence, please?',
    },
  },
}

/** What the interviewer says when cutting in at level 4, before the follow-up it leads to. */
export const INTERRUPTION_LINES: Record<MockLang, Record<Interruption, Lines>> = {
  fr: {
    'over-time': {
      bienveillant: 'Je me permets de vous interrompre, le temps file.',
      neutre: 'Je vous interromps, nous avançons.',
      exigeant: 'Je vous arrête.',
    },
    silence: {
      bienveillant: 'Prenons-la autrement, ce n’est pas grave.',
      neutre: 'Reprenons par un autre bout.',
      exigeant: 'Passons par un exemple.',
    },
  },
  en: {
    'over-time': {
      bienveillant: 'Let me step in, we are short on time.',
      neutre: 'I will stop you there so we can move on.',
      exigeant: 'Let me stop you.',
    },
    silence: {
      bienveillant: 'Let us come at it another way, that is fine.',
      neutre: 'Let us try it from another angle.',
      exigeant: 'Let us go through an example.',
    },
  },
}

/** The follow-up an interruption leads to: an answer that runs on is asked for one sentence, a silence for an example. */
export const INTERRUPTION_FOLLOW_UP: Record<Interruption, FollowUpKind> = {
  'over-time': 'one-sentence',
  silence: 'example',
}

export const OPENING_LINES: Record<MockLang, Lines> = {
  fr: {
    bienveillant: 'Bonjour, merci d’être là. Installez-vous, nous allons prendre le temps.',
    neutre: 'Bonjour. Nous allons commencer, si vous le voulez bien.',
    exigeant: 'Bonjour. Le temps est compté, commençons.',
  },
  en: {
    bienveillant: 'Hello, thank you for coming. Make yourself comfortable, we will take our time.',
    neutre: 'Hello. Let us begin, if that suits you.',
    exigeant: 'Hello. Time is short, so let us start.',
  },
}

export const CLOSING_LINES: Record<MockLang, Lines> = {
  fr: {
    bienveillant: 'C’est terminé. Merci pour cet échange, vous avez mené l’exercice jusqu’au bout.',
    neutre: 'Nous avons terminé. Merci.',
    exigeant: 'C’est tout pour aujourd’hui. Merci.',
  },
  en: {
    bienveillant: 'That is the end. Thank you for this conversation, you saw the exercise through.',
    neutre: 'We are done. Thank you.',
    exigeant: 'That is all for today. Thank you.',
  },
}

export const followUpLine = (lang: MockLang, persona: Persona, kind: FollowUpKind): string =>
  FOLLOW_UP_LINES[lang][kind][persona]

/** The interviewer's full line for a follow-up, with the cut-in first when it interrupted the answer. */
export function followUpPrompt(
  lang: MockLang,
  persona: Persona,
  kind: FollowUpKind,
  interruption: Interruption | null,
): string {
  const line = followUpLine(lang, persona, kind)
  return interruption ? `${INTERRUPTION_LINES[lang][interruption][persona]} ${line}` : line
}

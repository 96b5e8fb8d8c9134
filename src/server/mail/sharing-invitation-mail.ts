import type { SharingRole } from '../../domain/sharing'
import { escapeHtml, mailHtml } from './mail-html'
import type { OutgoingMail } from './mailer'

type Words = {
  subject: (owner: string) => string
  invites: (owner: string, role: SharingRole) => string
  button: string
  steps: string
  once: (days: number) => string
  control: (owner: string) => string
  notYou: (owner: string) => string
  signature: string
}

// French typography: a no-break space (U+00A0) before : ; ! ? and the typographic apostrophe.
const WORDS: Record<'fr' | 'en', Words> = {
  fr: {
    subject: (owner) => `${owner} vous invite sur Rebond`,
    invites: (owner, role) =>
      role === 'coach'
        ? `${owner} prépare ses prochains entretiens d’embauche avec Rebond et vous invite à l’accompagner\u00a0: lire ce qu’il ou elle partage, commenter et proposer des questions à travailler.`
        : `${owner} prépare ses prochains entretiens d’embauche avec Rebond et vous invite à vous entraîner avec lui ou elle\u00a0: lire ce qu’il ou elle partage et commenter.`,
    button: 'Voir l’invitation',
    steps:
      'Le lien ouvre l’invitation. Vous vous connectez à Rebond, ou vous créez un compte, puis vous l’acceptez.',
    once: (days) => `Le lien ne sert qu’une fois et reste valable ${days} jours.`,
    control: (owner) =>
      `${owner} choisit ce que vous voyez et peut arrêter le partage à tout moment, comme vous.`,
    notYou: (owner) =>
      `Si vous ne connaissez pas ${owner}, ignorez ce message\u00a0: sans votre accord, rien ne se passe.`,
    signature: 'Rebond',
  },
  en: {
    subject: (owner) => `${owner} invites you to Rebond`,
    invites: (owner, role) =>
      role === 'coach'
        ? `${owner} is preparing their next job interviews with Rebond and invites you to support them: read what they share, comment and suggest questions to practise.`
        : `${owner} is preparing their next job interviews with Rebond and invites you to practise with them: read what they share and comment.`,
    button: 'See the invitation',
    steps: 'The link opens the invitation. You sign in to Rebond, or create an account, then accept it.',
    once: (days) => `The link works once and for ${days} days.`,
    control: (owner) => `${owner} chooses what you see and can stop sharing at any time, as can you.`,
    notYou: (owner) =>
      `If you do not know ${owner}, ignore this message: nothing happens without your consent.`,
    signature: 'Rebond',
  },
}

/** The invitation mail, in the language of the person who invites: plain text, and the same words in simple HTML. */
export function sharingInvitationMail(input: {
  to: string
  ownerName: string
  role: SharingRole
  language: 'fr' | 'en'
  link: string
  validDays: number
}): OutgoingMail {
  const w = WORDS[input.language]
  const owner = input.ownerName
  const paragraphs = [
    w.invites(owner, input.role),
    w.steps,
    w.once(input.validDays),
    w.control(owner),
    w.notYou(owner),
  ]
  const text = [
    w.invites(owner, input.role),
    '',
    input.link,
    '',
    ...paragraphs.slice(1).flatMap((paragraph) => [paragraph, '']),
    `— ${w.signature}`,
    '',
  ].join('\n')
  const html = mailHtml({
    language: input.language,
    title: w.subject(owner),
    before: [escapeHtml(paragraphs[0] ?? '')],
    link: input.link,
    button: w.button,
    after: paragraphs.slice(1).map(escapeHtml),
    signature: w.signature,
  })
  return { to: input.to, subject: w.subject(owner), text, html, language: input.language }
}

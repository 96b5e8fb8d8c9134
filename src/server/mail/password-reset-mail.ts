import { escapeHtml, mailHtml } from './mail-html'
import type { OutgoingMail } from './mailer'

type Words = {
  subject: string
  greeting: (name: string) => string
  asked: string
  button: string
  once: (minutes: number) => string
  notYou: string
  signature: string
}

// French typography: a no-break space (U+00A0) before : ; ! ? and the typographic apostrophe.
const WORDS: Record<'fr' | 'en', Words> = {
  fr: {
    subject: 'Rebond\u00a0: choisir un nouveau mot de passe',
    greeting: (name) => `Bonjour ${name},`,
    asked:
      'Quelqu’un, sans doute vous, a demandé à changer le mot de passe de votre compte Rebond. Pour en choisir un nouveau, ouvrez ce lien\u00a0:',
    button: 'Choisir un nouveau mot de passe',
    once: (minutes) =>
      `Le lien ne sert qu’une fois et reste valable ${minutes === 60 ? 'une heure' : `${minutes} minutes`}. Une fois le nouveau mot de passe choisi, tous les appareils connectés à votre compte seront déconnectés.`,
    notYou: 'Si vous n’avez rien demandé, ignorez ce message\u00a0: votre mot de passe ne change pas.',
    signature: 'Rebond',
  },
  en: {
    subject: 'Rebond: choose a new password',
    greeting: (name) => `Hello ${name},`,
    asked:
      'Someone, most likely you, asked to change the password of your Rebond account. To choose a new one, open this link:',
    button: 'Choose a new password',
    once: (minutes) =>
      `The link works once and for ${minutes === 60 ? 'one hour' : `${minutes} minutes`}. Once the new password is chosen, every device signed in to your account will be signed out.`,
    notYou: 'If you did not ask for this, ignore this message: your password stays as it is.',
    signature: 'Rebond',
  },
}

/** The reset mail in the person's language: plain text, and the same words in simple HTML. */
export function passwordResetMail(input: {
  to: string
  displayName: string
  language: 'fr' | 'en'
  link: string
  validMinutes: number
}): OutgoingMail {
  const w = WORDS[input.language]
  const text = [
    w.greeting(input.displayName),
    '',
    w.asked,
    '',
    input.link,
    '',
    w.once(input.validMinutes),
    '',
    w.notYou,
    '',
    `— ${w.signature}`,
    '',
  ].join('\n')
  const html = mailHtml({
    language: input.language,
    title: w.subject,
    before: [escapeHtml(w.greeting(input.displayName)), escapeHtml(w.asked)],
    link: input.link,
    button: w.button,
    after: [escapeHtml(w.once(input.validMinutes)), escapeHtml(w.notYou)],
    signature: w.signature,
  })
  return { to: input.to, subject: w.subject, text, html, language: input.language }
}

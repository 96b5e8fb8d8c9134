import type { Page } from 'playwright-core'

/** What the password reset pages say, in each language: the journey finds things by these names only. */
export const RESET_LABELS = {
  fr: {
    forgot: 'Mot de passe oublié\u00a0?',
    forgotHeading: 'Mot de passe oublié',
    email: 'E-mail',
    send: 'Recevoir un lien',
    sentHeading: 'Regardez vos e-mails',
    subject: 'Rebond\u00a0: choisir un nouveau mot de passe',
    chooseHeading: 'Choisir un nouveau mot de passe',
    newPassword: 'Nouveau mot de passe',
    save: 'Enregistrer le mot de passe',
    doneHeading: 'Mot de passe changé',
    toLogin: 'Se connecter',
    brokenHeading: 'Ce lien ne fonctionne pas',
    used: /Ce lien a déjà servi/,
    invalid: /Ce lien n’est pas reconnu/,
    newLink: 'Demander un nouveau lien',
  },
  en: {
    forgot: 'Forgotten your password?',
    forgotHeading: 'Forgotten password',
    email: 'Email',
    send: 'Send me a link',
    sentHeading: 'Check your emails',
    subject: 'Rebond: choose a new password',
    chooseHeading: 'Choose a new password',
    newPassword: 'New password',
    save: 'Save the password',
    doneHeading: 'Password changed',
    toLogin: 'Sign in',
    brokenHeading: 'This link does not work',
    used: /This link has already been used/,
    invalid: /This link is not recognised/,
    newLink: 'Ask for a new link',
  },
} as const

/** The forgotten-password path as a person takes it: from the sign-in page to a new password. */
export function passwordReset(page: Page, baseURL: string, lang: 'fr' | 'en') {
  const l = RESET_LABELS[lang]
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true })
  return {
    labels: l,
    heading,
    /** From the sign-in page, "forgot password?", then the address and "send". */
    async askForLink(email: string) {
      await page.goto(`${baseURL}/login`)
      await page.getByRole('link', { name: l.forgot, exact: true }).click()
      await heading(l.forgotHeading).waitFor()
      await page.getByLabel(l.email, { exact: true }).fill(email)
      await page.getByRole('button', { name: l.send, exact: true }).click()
      await page.getByRole('heading', { name: l.sentHeading }).waitFor()
    },
    async chooseNewPassword(password: string) {
      await heading(l.chooseHeading).waitFor()
      await page.getByLabel(l.newPassword, { exact: true }).fill(password)
      await page.getByRole('button', { name: l.save, exact: true }).click()
      await heading(l.doneHeading).waitFor()
    },
    async goToSignIn() {
      await page.getByRole('link', { name: l.toLogin, exact: true }).click()
    },
  }
}

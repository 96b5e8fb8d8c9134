import type { Page } from 'playwright-core'

type Labels = {
  displayName: string
  email: string
  password: string
  createAccount: string
  signIn: string
  signOut: string
  nav: {
    home: string
    interviews: string
    rehearsal: string
    progress: string
    people: string
    account: string
  }
  language: string
  save: string
  deleteAccount: string
  deletePermanently: string
}

export const LABELS: Record<'fr' | 'en', Labels> = {
  fr: {
    displayName: 'Nom affiché',
    email: 'E-mail',
    password: 'Mot de passe',
    createAccount: 'Créer mon compte',
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    nav: {
      home: 'Accueil',
      interviews: 'Entretiens',
      rehearsal: 'Entraînement',
      progress: 'Progrès',
      people: 'J’accompagne',
      account: 'Compte',
    },
    language: 'Langue',
    save: 'Enregistrer',
    deleteAccount: 'Supprimer mon compte',
    deletePermanently: 'Supprimer définitivement',
  },
  en: {
    displayName: 'Display name',
    email: 'Email',
    password: 'Password',
    createAccount: 'Create my account',
    signIn: 'Sign in',
    signOut: 'Sign out',
    nav: {
      home: 'Home',
      interviews: 'Interviews',
      rehearsal: 'Rehearsal',
      progress: 'Progress',
      people: 'Supporting',
      account: 'Account',
    },
    language: 'Language',
    save: 'Save',
    deleteAccount: 'Delete my account',
    deletePermanently: 'Delete permanently',
  },
}

/** The user's view of Rebond: what they see and click, by accessible names only. */
export function rebond(page: Page, baseURL: string) {
  const nav = () => page.getByRole('navigation', { name: /principale|main/i })
  return {
    page,
    async openWelcome() {
      await page.goto(`${baseURL}/`)
    },
    async signUp(lang: 'fr' | 'en', user: { name: string; email: string; password: string }) {
      const l = LABELS[lang]
      await page.goto(`${baseURL}/signup`)
      await page.getByLabel(l.displayName, { exact: true }).fill(user.name)
      await page.getByLabel(l.email, { exact: true }).fill(user.email)
      await page.getByLabel(l.password, { exact: true }).fill(user.password)
      await page.getByRole('button', { name: l.createAccount }).click()
    },
    async signIn(lang: 'fr' | 'en', user: { email: string; password: string }) {
      const l = LABELS[lang]
      await page.goto(`${baseURL}/login`)
      await page.getByLabel(l.email, { exact: true }).fill(user.email)
      await page.getByLabel(l.password, { exact: true }).fill(user.password)
      await page.getByRole('button', { name: l.signIn, exact: true }).click()
    },
    navLink(lang: 'fr' | 'en', key: keyof Labels['nav']) {
      return nav().getByRole('link', { name: LABELS[lang].nav[key], exact: true }).first()
    },
    async goTo(lang: 'fr' | 'en', key: keyof Labels['nav']) {
      await page.getByRole('link', { name: LABELS[lang].nav[key], exact: true }).first().click()
    },
    async signOut(lang: 'fr' | 'en') {
      await page.getByRole('button', { name: LABELS[lang].signOut }).first().click()
    },
  }
}

/** The two languages Rebond speaks; every bilingual text and every person's setting is one of them. */
export type Lang = 'fr' | 'en'

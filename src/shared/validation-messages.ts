import type { Language } from './schemas/common'

/**
 * Field-level validation messages, shared by the server (API `fields`) and the web app
 * (client-side checks with the same zod schemas), so a person reads the same sentence
 * whichever side caught the problem.
 */
export type ValidationIssueLike = {
  code: string
  message: string
  path: readonly PropertyKey[]
  minimum?: number | bigint
  maximum?: number | bigint
  origin?: string
  format?: string
  input?: unknown
}

export type MessageKey =
  | 'required'
  | 'invisible_character'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_big'
  | 'invalid_email'
  | 'invalid_format'
  | 'invalid_choice'
  | 'invalid_type'
  | 'nothing_to_update'
  | 'incorrect_current_password'
  | 'incorrect_password'
  | 'unknown_time_zone'
  | 'invalid_date'
  | 'invalid_url'
  | 'range_order'
  | 'one_line'
  | 'nothing_shared'
  | 'no_debrief_selected'
  | 'invalid'
  | 'mail_unavailable'

const catalogue: Record<Language, Record<MessageKey, string>> = {
  fr: {
    required: 'Ce champ est obligatoire.',
    invisible_character: 'Ce texte contient un caractère invisible non autorisé.',
    too_short: 'Au moins {n} caractères.',
    too_long: '{n} caractères au maximum.',
    too_small: 'La valeur doit être au moins {n}.',
    too_big: 'La valeur doit être au plus {n}.',
    invalid_email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    invalid_format: 'Ce format n’est pas reconnu.',
    invalid_choice: 'Cette valeur ne fait pas partie des choix possibles.',
    invalid_type: 'Cette valeur n’a pas le bon type.',
    nothing_to_update: 'Indiquez au moins une modification.',
    incorrect_current_password: 'Le mot de passe actuel est incorrect.',
    incorrect_password: 'Ce mot de passe ne correspond pas à votre compte.',
    unknown_time_zone: 'Ce fuseau horaire n’est pas reconnu : choisissez-en un dans la liste.',
    invalid_date: 'Cette date n’existe pas ou n’est pas reconnue.',
    invalid_url: 'Saisissez une adresse web complète, commençant par https://.',
    range_order: 'La date de fin doit venir après la date de début.',
    one_line: 'Ce champ tient sur une seule ligne : retirez les retours à la ligne.',
    nothing_shared: 'Choisissez au moins une chose à partager.',
    no_debrief_selected: 'Choisissez au moins un débrief, ou partagez-les tous.',
    invalid: 'Cette valeur n’est pas valide.',
    mail_unavailable: 'Ce serveur n’envoie pas d’e-mails\u00a0: copiez le lien et envoyez-le vous-même.',
  },
  en: {
    required: 'This field is required.',
    invisible_character: 'This text contains an invisible character that is not allowed.',
    too_short: 'At least {n} characters.',
    too_long: '{n} characters at most.',
    too_small: 'The value must be at least {n}.',
    too_big: 'The value must be at most {n}.',
    invalid_email: 'Enter a valid email address, for example name@example.com.',
    invalid_format: 'This format is not recognised.',
    invalid_choice: 'This value is not one of the allowed choices.',
    invalid_type: 'This value has the wrong type.',
    nothing_to_update: 'Give at least one change.',
    incorrect_current_password: 'The current password is incorrect.',
    incorrect_password: 'This password does not match your account.',
    unknown_time_zone: 'This time zone is not recognised: pick one from the list.',
    invalid_date: 'This date does not exist or is not recognised.',
    invalid_url: 'Enter a full web address, starting with https://.',
    range_order: 'The end date must come after the start date.',
    one_line: 'This field fits on one line: remove the line breaks.',
    nothing_shared: 'Choose at least one thing to share.',
    no_debrief_selected: 'Choose at least one debrief, or share them all.',
    invalid: 'This value is not valid.',
    mail_unavailable: 'This server does not send emails: copy the link and send it yourself.',
  },
}

export const validationMessage = (key: MessageKey, lang: Language): string => catalogue[lang][key]

const isKey = (value: string): value is MessageKey => value in catalogue.en

/**
 * zod 4 leaves the received value out of its issues (unless asked to report it), so a missing
 * field is told from a wrong type by the input when the caller supplied it, else by zod's message.
 * A null counts as missing: it is what a client sends for a field someone emptied.
 */
function isMissing(issue: ValidationIssueLike): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null
  return /received (undefined|null)$/.test(issue.message)
}

export function describeIssue(issue: ValidationIssueLike, lang: Language): string {
  const text = catalogue[lang]
  const fill = (template: string, n: number | bigint | undefined) => template.replace('{n}', String(n ?? ''))
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? text.required : text.invalid_type
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? text.required : fill(text.too_short, issue.minimum)
      }
      return fill(text.too_small, issue.minimum)
    case 'too_big':
      return issue.origin === 'string'
        ? fill(text.too_long, issue.maximum)
        : fill(text.too_big, issue.maximum)
    case 'invalid_format':
      if (issue.format === 'email') return text.invalid_email
      if (issue.format === 'datetime' || issue.format === 'date') return text.invalid_date
      return issue.format === 'url' ? text.invalid_url : text.invalid_format
    case 'invalid_value':
      return text.invalid_choice
    default:
      return isKey(issue.message) ? text[issue.message] : text.invalid
  }
}

/** One message per field (the first issue wins); issues on the whole body go under `_`. */
export function fieldMessages(
  issues: readonly ValidationIssueLike[],
  lang: Language,
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_'
    fields[key] ??= describeIssue(issue, lang)
  }
  return fields
}

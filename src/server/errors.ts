import type { Language } from '../shared/schemas/common'

export type ErrorCode =
  | 'validation_failed'
  | 'invalid_json'
  | 'json_too_deep'
  | 'bad_request'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden_origin'
  | 'not_found'
  | 'method_not_allowed'
  | 'request_timeout'
  | 'email_unavailable'
  | 'conflict'
  | 'rebound_already_open'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'unsupported_media_type'
  | 'headers_too_large'
  | 'too_many_requests'
  | 'internal_error'
  | 'server_busy'
  | 'not_ready'
  | 'reset_link_invalid'
  | 'reset_link_expired'
  | 'reset_link_used'
  | 'mail_not_configured'
  | 'import_too_large'
  | 'import_unreadable'
  | 'import_not_rebond'
  | 'import_wrong_version'
  | 'import_invalid'
  | 'invitation_invalid'
  | 'invitation_expired'
  | 'invitation_used'
  | 'invitation_self'

/** What the API says for each error, in both languages; the request's language picks one. */
const messages: Record<ErrorCode, Record<Language, string>> = {
  validation_failed: {
    fr: 'Certains champs sont à corriger.',
    en: 'Some fields need correcting.',
  },
  invalid_json: {
    fr: "La requête n'est pas un JSON valide.",
    en: 'The request body is not valid JSON.',
  },
  json_too_deep: {
    fr: 'Le contenu envoyé est imbriqué trop profondément pour être lu.',
    en: 'The request body is nested too deeply to be read.',
  },
  bad_request: {
    fr: "Cette adresse n'est pas valide : vérifiez le lien ou retapez-le.",
    en: 'This address is not valid: check the link or type it again.',
  },
  unauthenticated: {
    fr: 'Connectez-vous pour continuer.',
    en: 'Please sign in to continue.',
  },
  invalid_credentials: {
    fr: 'E-mail ou mot de passe incorrect.',
    en: 'Incorrect email or password.',
  },
  forbidden_origin: {
    fr: "Cette requête vient d'un autre site : elle a été refusée.",
    en: 'This request comes from another site and was refused.',
  },
  not_found: {
    fr: "Cette ressource n'existe pas.",
    en: 'This resource does not exist.',
  },
  method_not_allowed: {
    fr: "Cette méthode HTTP n'est pas acceptée ici.",
    en: 'This HTTP method is not accepted here.',
  },
  request_timeout: {
    fr: 'La requête a mis trop de temps à arriver. Vérifiez votre connexion et réessayez.',
    en: 'The request took too long to arrive. Check your connection and try again.',
  },
  email_unavailable: {
    fr: 'Impossible de créer un compte avec cet e-mail. Si vous avez déjà un compte, connectez-vous.',
    en: 'An account cannot be created with this email. If you already have an account, sign in.',
  },
  conflict: {
    fr: 'Ces données ont changé entre-temps. Rechargez pour voir la dernière version.',
    en: 'This data changed in the meantime. Reload to see the latest version.',
  },
  rebound_already_open: {
    fr: 'Un autre rebond est déjà en cours pour cet entretien. Terminez-le avant de rouvrir celui-ci.',
    en: 'Another rebound is already open for this interview. Close it before reopening this one.',
  },
  payload_too_large: {
    fr: 'Le contenu envoyé est trop volumineux.',
    en: 'What was sent is too large.',
  },
  uri_too_long: {
    fr: 'Cette adresse est trop longue.',
    en: 'This address is too long.',
  },
  unsupported_media_type: {
    fr: 'Envoyez les données au format JSON (Content-Type: application/json).',
    en: 'Send data as JSON (Content-Type: application/json).',
  },
  headers_too_large: {
    fr: 'Les en-têtes de la requête sont trop volumineux. Effacez les cookies de ce site et réessayez.',
    en: "The request's headers are too large. Clear this site's cookies and try again.",
  },
  too_many_requests: {
    fr: 'Trop de tentatives. Réessayez dans quelques minutes.',
    en: 'Too many attempts. Try again in a few minutes.',
  },
  internal_error: {
    fr: "Un problème est survenu de notre côté. Rien de ce que vous aviez enregistré n'est perdu ; réessayez dans un instant.",
    en: 'Something went wrong on our side. Nothing you had saved is lost; try again in a moment.',
  },
  server_busy: {
    fr: "Le serveur est très sollicité en ce moment. Rien de ce que vous aviez enregistré n'est perdu ; réessayez dans quelques secondes.",
    en: 'The server is very busy right now. Nothing you had saved is lost; try again in a few seconds.',
  },
  not_ready: {
    fr: 'Le serveur n’est pas encore prêt à répondre : sa base de données est injoignable ou pas à jour. Réessayez dans quelques secondes.',
    en: 'The server is not ready to answer yet: its database cannot be reached or is not up to date. Try again in a few seconds.',
  },
  reset_link_invalid: {
    fr: 'Ce lien n’est pas reconnu. Vérifiez qu’il est complet, ou demandez-en un nouveau.',
    en: 'This link is not recognised. Check that it is complete, or ask for a new one.',
  },
  reset_link_expired: {
    fr: 'Ce lien a expiré : il reste valable une heure. Demandez-en un nouveau, il arrive en quelques instants.',
    en: 'This link has expired: it works for one hour. Ask for a new one; it arrives in a few moments.',
  },
  reset_link_used: {
    fr: 'Ce lien a déjà servi, ou votre mot de passe a changé depuis. Connectez-vous, ou demandez un nouveau lien.',
    en: 'This link has already been used, or your password has changed since. Sign in, or ask for a new link.',
  },
  mail_not_configured: {
    fr: 'Ce serveur n’envoie pas d’e-mails. Demandez un lien de réinitialisation à la personne qui l’administre.',
    en: 'This server does not send emails. Ask the person who runs it for a reset link.',
  },
  import_too_large: {
    fr: 'Ce fichier est trop volumineux pour être importé (100 Mo au plus, 400 Mo une fois décompressé). Rien n’a été ajouté.',
    en: 'This file is too large to import (at most 100 MB, 400 MB once unzipped). Nothing was added.',
  },
  import_unreadable: {
    fr: 'Ce fichier n’est pas une archive zip lisible : il est peut-être incomplet ou abîmé. Téléchargez à nouveau votre export. Rien n’a été ajouté.',
    en: 'This file is not a readable zip archive: it may be incomplete or damaged. Download your export again. Nothing was added.',
  },
  import_not_rebond: {
    fr: 'Cette archive n’est pas un export Rebond : le fichier rebond.json y manque ou n’est pas reconnu. Rien n’a été ajouté.',
    en: 'This archive is not a Rebond export: rebond.json is missing from it or not recognised. Nothing was added.',
  },
  import_wrong_version: {
    fr: 'Cet export vient d’une version de Rebond que ce serveur ne sait pas lire. Rien n’a été ajouté.',
    en: 'This export comes from a version of Rebond this server cannot read. Nothing was added.',
  },
  import_invalid: {
    fr: 'Certaines données de cet export ne sont pas valides ; le détail suit. Rien n’a été ajouté.',
    en: 'Some data in this export is not valid; the details follow. Nothing was added.',
  },
  invitation_invalid: {
    fr: 'Cette invitation n’est pas reconnue. Vérifiez que le lien est complet, ou demandez-en un nouveau.',
    en: 'This invitation is not recognised. Check that the link is complete, or ask for a new one.',
  },
  invitation_expired: {
    fr: 'Cette invitation a expiré : elle reste valable une semaine. Demandez-en une nouvelle à la personne qui vous l’a envoyée.',
    en: 'This invitation has expired: it works for one week. Ask the person who sent it for a new one.',
  },
  invitation_used: {
    fr: 'Cette invitation a déjà servi, ou elle a été retirée. Demandez-en une nouvelle à la personne qui vous l’a envoyée.',
    en: 'This invitation has already been used, or it was withdrawn. Ask the person who sent it for a new one.',
  },
  invitation_self: {
    fr: 'C’est votre propre invitation : transmettez ce lien à la personne qui doit vous accompagner.',
    en: 'This is your own invitation: pass the link on to the person who is to support you.',
  },
}

export const errorMessage = (code: ErrorCode, lang: Language): string => messages[code][lang]

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  json_too_deep: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden_origin: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  email_unavailable: 409,
  conflict: 409,
  rebound_already_open: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  headers_too_large: 431,
  too_many_requests: 429,
  internal_error: 500,
  server_busy: 503,
  not_ready: 503,
  reset_link_invalid: 400,
  reset_link_expired: 410,
  reset_link_used: 410,
  mail_not_configured: 409,
  import_too_large: 413,
  import_unreadable: 400,
  import_not_rebond: 400,
  import_wrong_version: 400,
  import_invalid: 400,
  invitation_invalid: 400,
  invitation_expired: 410,
  invitation_used: 410,
  invitation_self: 400,
}

/** An error the API reports as-is: a status, a stable code, optional field messages. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly statusCode: number
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(code)
    this.statusCode = statusOf[code]
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

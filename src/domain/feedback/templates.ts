/**
 * Feedback request templates, written by us, in French and English, formal or warm, short
 * (early rounds) or detailed (late rounds). Placeholders are filled from the interview; a
 * template is never handed out with a placeholder left: the missing fields are reported so
 * the person can be asked for them.
 *
 * What the interview came to changes a few lines: only a rejection is a decision to ask about,
 * or an adventure that stops there; a round passed looks ahead; while waiting (or without
 * news) the request asks how the interview came across. Those lines are `{opening}` and `{ask}`,
 * chosen by `findTemplate` from the outcome, never left for the person to fill.
 */
import type { InterviewOutcome } from '../debrief/taxonomy'

export const TEMPLATE_FIELDS = ['company', 'role', 'interviewer', 'date', 'name', 'points'] as const
export type TemplateField = (typeof TEMPLATE_FIELDS)[number]
export type Tone = 'formal' | 'warm'
export type Style = 'short' | 'detailed'
export type TemplateLang = 'fr' | 'en'
/** What the interview came to, as far as the wording goes. */
export type TemplateSituation = 'rejected' | 'passed' | 'open'

export type Template = { lang: TemplateLang; tone: Tone; style: Style; subject: string; body: string }

export function situationOf(outcome: InterviewOutcome): TemplateSituation {
  if (outcome === 'rejected') return 'rejected'
  if (outcome === 'passed') return 'passed'
  return 'open'
}

/** The lines that depend on the outcome, per language: `{ask}` (warm short), `{opening}` (warm detailed). */
const SITUATION_LINES: Record<TemplateLang, Record<'ask' | 'opening', Record<TemplateSituation, string>>> = {
  fr: {
    ask: {
      rejected:
        'Auriez-vous un moment pour me dire, même en une phrase, ce qui a pesé dans votre décision ? Cela m’aiderait à mieux me préparer.',
      passed:
        'Auriez-vous un moment pour me dire, même en une phrase, ce qui a joué en ma faveur et ce que je pourrais encore améliorer ? Cela m’aiderait à préparer la suite.',
      open: 'Auriez-vous un moment pour me dire, même en une phrase, comment vous avez perçu notre échange ? Cela m’aiderait à mieux me préparer.',
    },
    opening: {
      rejected:
        'Merci pour notre entretien du {date}. Même si l’aventure s’arrête là avec {company}, j’aimerais en tirer le meilleur.',
      passed:
        'Merci pour notre entretien du {date}. Pour aborder au mieux la suite avec {company}, j’aimerais en tirer le meilleur.',
      open: 'Merci pour notre entretien du {date}. Quelle que soit la suite avec {company}, j’aimerais en tirer le meilleur.',
    },
  },
  en: {
    ask: {
      rejected:
        'Would you have a moment to tell me, even in a sentence, what led to your decision? It would help me prepare better.',
      passed:
        'Would you have a moment to tell me, even in a sentence, what worked well and what I could still improve? It would help me prepare for the next step.',
      open: 'Would you have a moment to tell me, even in a sentence, how I came across in our conversation? It would help me prepare better.',
    },
    opening: {
      rejected:
        'Thank you for our interview on {date}. Even though it did not work out with {company} this time, I would like to learn as much as I can from it.',
      passed:
        'Thank you for our interview on {date}. As I prepare for the next step with {company}, I would like to learn as much as I can from it.',
      open: 'Thank you for our interview on {date}. Whatever comes next with {company}, I would like to learn as much as I can from it.',
    },
  },
}

export const TEMPLATES: readonly Template[] = [
  {
    lang: 'fr',
    tone: 'formal',
    style: 'short',
    subject: 'Candidature {role} — votre retour',
    body: `Bonjour {interviewer},

Je vous remercie pour notre échange du {date} au sujet du poste de {role} chez {company}.

Si vous en avez la possibilité, un bref retour sur ma candidature m’aiderait beaucoup à progresser. Quelques mots suffiront.

Je vous remercie par avance et vous souhaite une belle journée.

Bien cordialement,
{name}`,
  },
  {
    lang: 'fr',
    tone: 'warm',
    style: 'short',
    subject: 'Merci pour notre échange — {role}',
    body: `Bonjour {interviewerFirstName},

Merci encore pour notre échange du {date}, j’ai apprécié d’en apprendre plus sur {company}.

{ask}

Belle journée à vous,
{name}`,
  },
  {
    lang: 'fr',
    tone: 'formal',
    style: 'detailed',
    subject: 'Poste de {role} — demande de retour',
    body: `Bonjour {interviewer},

Je vous remercie pour le temps que vous m’avez consacré lors de notre entretien du {date} pour le poste de {role} chez {company}.

Afin de progresser, j’aimerais beaucoup connaître votre avis, en particulier sur les points suivants :
{points}

Un échange de quelques minutes ou quelques lignes par écrit me serait très précieux.

Je vous prie d’agréer mes sincères salutations,
{name}`,
  },
  {
    lang: 'fr',
    tone: 'warm',
    style: 'detailed',
    subject: 'Votre regard sur mon entretien — {role}',
    body: `Bonjour {interviewerFirstName},

{opening}

Si vous avez un moment, votre regard sur ces points m’aiderait beaucoup :
{points}

Merci d’avance, et au plaisir de recroiser votre chemin,
{name}`,
  },
  {
    lang: 'en',
    tone: 'formal',
    style: 'short',
    subject: '{role} application — your feedback',
    body: `Dear {interviewer},

Thank you for our conversation on {date} about the {role} position at {company}.

If at all possible, brief feedback on my application would help me improve. A few words would be enough.

Thank you in advance, and kind regards,
{name}`,
  },
  {
    lang: 'en',
    tone: 'warm',
    style: 'short',
    subject: 'Thank you for our conversation — {role}',
    body: `Hi {interviewerFirstName},

Thanks again for our chat on {date}; I enjoyed learning more about {company}.

{ask}

All the best,
{name}`,
  },
  {
    lang: 'en',
    tone: 'formal',
    style: 'detailed',
    subject: '{role} position — request for feedback',
    body: `Dear {interviewer},

Thank you for the time you gave me at our interview on {date} for the {role} position at {company}.

To keep improving, I would be grateful for your view, in particular on the following points:
{points}

A few minutes on the phone or a few written lines would be very valuable to me.

Yours sincerely,
{name}`,
  },
  {
    lang: 'en',
    tone: 'warm',
    style: 'detailed',
    subject: 'Your take on my interview — {role}',
    body: `Hi {interviewerFirstName},

{opening}

If you have a moment, your take on these points would help a lot:
{points}

Thanks in advance, and I hope our paths cross again,
{name}`,
  },
]

/**
 * The template for a language, tone and style, with the lines that depend on the outcome already
 * written in (an interview with no outcome yet counts as waiting).
 */
export function findTemplate(
  lang: TemplateLang,
  tone: Tone,
  style: Style,
  outcome: InterviewOutcome = 'pending',
): Template {
  const template = TEMPLATES.find((t) => t.lang === lang && t.tone === tone && t.style === style)
  if (!template) throw new Error(`no template for ${lang}/${tone}/${style}`)
  const situation = situationOf(outcome)
  const lines = SITUATION_LINES[lang]
  const body = template.body
    .replace('{ask}', lines.ask[situation])
    .replace('{opening}', lines.opening[situation])
  return { ...template, body }
}

export type TemplateValues = Partial<Record<TemplateField, string>>

export type FilledTemplate =
  | { complete: true; subject: string; body: string }
  | { complete: false; missing: TemplateField[] }

const PLACEHOLDER = /\{(\w+)\}/g

/** A placeholder filled from another field: a warm greeting uses the first name only. */
const DERIVED: Record<string, { from: TemplateField; derive: (value: string) => string }> = {
  interviewerFirstName: { from: 'interviewer', derive: (value) => firstNameOf(value) },
}

/** Courtesy titles: "Madame Martin" or "Dr Shah" is kept whole, never cut to the title. */
const TITLES = new Set([
  'madame',
  'monsieur',
  'mme',
  'mlle',
  'mademoiselle',
  'm',
  'me',
  'maître',
  'dr',
  'docteur',
  'pr',
  'professeur',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'sir',
])

/** The first name of "Claire Martin" is "Claire"; one word, or a title first, is kept whole. */
export function firstNameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/)
  const first = words[0] ?? ''
  if (words.length < 2 || TITLES.has(first.toLowerCase().replace(/\.$/, ''))) return fullName.trim()
  return first
}

const fieldOf = (name: string): TemplateField => DERIVED[name]?.from ?? (name as TemplateField)

/** The fields a template needs. */
export function fieldsOf(template: Template): TemplateField[] {
  const names = new Set<TemplateField>()
  for (const text of [template.subject, template.body]) {
    for (const [, name] of text.matchAll(PLACEHOLDER)) if (name) names.add(fieldOf(name))
  }
  return [...names]
}

/** Fills every placeholder, or says which values are missing; never returns a half-filled text. */
export function fillTemplate(template: Template, values: TemplateValues): FilledTemplate {
  const missing = fieldsOf(template).filter((f) => !values[f]?.trim())
  if (missing.length > 0) return { complete: false, missing }
  const filled = (name: string) => {
    const value = values[fieldOf(name)]?.trim() ?? ''
    const derived = DERIVED[name]
    return derived ? derived.derive(value) : value
  }
  const fill = (text: string) => text.replace(PLACEHOLDER, (_, name: string) => filled(name))
  return { complete: true, subject: fill(template.subject), body: fill(template.body) }
}

/** Points to ask about, as the bulleted lines a detailed template expects. */
export const formatPoints = (points: readonly string[]): string => points.map((p) => `- ${p}`).join('\n')

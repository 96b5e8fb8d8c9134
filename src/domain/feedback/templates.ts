/**
 * Feedback request templates, written by us, in French and English, formal or warm, short
 * (early rounds) or detailed (late rounds). Placeholders are filled from the interview; a
 * template is never handed out with a placeholder left: the missing fields are reported so
 * the person can be asked for them.
 */
export const TEMPLATE_FIELDS = ['company', 'role', 'interviewer', 'date', 'name', 'points'] as const
export type TemplateField = (typeof TEMPLATE_FIELDS)[number]
export type Tone = 'formal' | 'warm'
export type Style = 'short' | 'detailed'
export type TemplateLang = 'fr' | 'en'

export type Template = { lang: TemplateLang; tone: Tone; style: Style; subject: string; body: string }

export const TEMPLATES: readonly Template[] = [
  {
    lang: 'fr',
    tone: 'formal',
    style: 'short',
    subject: 'Candidature {role} — votre retour',
    body: `Bonjour {interviewer},

Je vous remercie pour notre échange du {date} au sujet du poste de {role} chez {company}.

Si vous en avez la possibilité, un bref retour sur ma candidature m'aiderait beaucoup à progresser. Quelques mots suffiront.

Je vous remercie par avance et vous souhaite une belle journée.

Bien cordialement,
{name}`,
  },
  {
    lang: 'fr',
    tone: 'warm',
    style: 'short',
    subject: 'Merci pour notre échange — {role}',
    body: `Bonjour {interviewer},

Merci encore pour notre échange du {date}, j'ai apprécié d'en apprendre plus sur {company}.

Auriez-vous un moment pour me dire, même en une phrase, ce qui a pesé dans votre décision ? Cela m'aiderait à mieux me préparer.

Belle journée à vous,
{name}`,
  },
  {
    lang: 'fr',
    tone: 'formal',
    style: 'detailed',
    subject: 'Poste de {role} — demande de retour',
    body: `Bonjour {interviewer},

Je vous remercie pour le temps que vous m'avez consacré lors de notre entretien du {date} pour le poste de {role} chez {company}.

Afin de progresser, je serais reconnaissant(e) de connaître votre avis, en particulier sur les points suivants :
{points}

Un échange de quelques minutes ou quelques lignes par écrit me seraient très précieux.

Je vous prie d'agréer mes sincères salutations,
{name}`,
  },
  {
    lang: 'fr',
    tone: 'warm',
    style: 'detailed',
    subject: 'Votre regard sur mon entretien — {role}',
    body: `Bonjour {interviewer},

Merci pour notre entretien du {date}. Même si l'aventure s'arrête là avec {company}, j'aimerais en tirer le meilleur.

Si vous avez un moment, votre regard sur ces points m'aiderait beaucoup :
{points}

Merci d'avance, et au plaisir de recroiser votre chemin,
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
    body: `Hi {interviewer},

Thanks again for our chat on {date}; I enjoyed learning more about {company}.

Would you have a moment to tell me, even in a sentence, what weighed in your decision? It would help me prepare better.

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
    body: `Hi {interviewer},

Thank you for our interview on {date}. Even if the journey with {company} ends here, I would like to learn as much as I can from it.

If you have a moment, your take on these points would help a lot:
{points}

Thanks in advance, and I hope our paths cross again,
{name}`,
  },
]

export function findTemplate(lang: TemplateLang, tone: Tone, style: Style): Template {
  const template = TEMPLATES.find((t) => t.lang === lang && t.tone === tone && t.style === style)
  if (!template) throw new Error(`no template for ${lang}/${tone}/${style}`)
  return template
}

export type TemplateValues = Partial<Record<TemplateField, string>>

export type FilledTemplate =
  | { complete: true; subject: string; body: string }
  | { complete: false; missing: TemplateField[] }

const PLACEHOLDER = /\{(\w+)\}/g

/** The fields a template needs. */
export function fieldsOf(template: Template): TemplateField[] {
  const names = new Set<TemplateField>()
  for (const text of [template.subject, template.body]) {
    for (const [, name] of text.matchAll(PLACEHOLDER)) names.add(name as TemplateField)
  }
  return [...names]
}

/** Fills every placeholder, or says which values are missing; never returns a half-filled text. */
export function fillTemplate(template: Template, values: TemplateValues): FilledTemplate {
  const missing = fieldsOf(template).filter((f) => !values[f]?.trim())
  if (missing.length > 0) return { complete: false, missing }
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: TemplateField) => values[name]?.trim() ?? '')
  return { complete: true, subject: fill(template.subject), body: fill(template.body) }
}

/** Points to ask about, as the bulleted lines a detailed template expects. */
export const formatPoints = (points: readonly string[]): string => points.map((p) => `- ${p}`).join('\n')

// French lexicon, following docs of the labeling guide (/work/shared/analyzer-labeling.md).
// Phrase syntax and context rules: see ./types.ts. Keep entries grouped by category; add a context
// rule rather than a new function when a word has a non-tic use.

import type { Entry, Lexicon } from './types'

const DETERMINERS = [
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'du',
  'de',
  'ce',
  'cet',
  'cette',
  'ces',
  'mon',
  'ma',
  'mes',
  'ton',
  'ta',
  'tes',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'votre',
  'vos',
  'leur',
  'leurs',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'au',
  'aux',
  'tout',
  'toute',
  'tous',
  'autre',
  'même',
  'nouveau',
  'chaque',
  'quelque',
  'aucun',
  'aucune',
  'en',
]

const PREPOSITIONS = [
  'à',
  'de',
  'en',
  'sur',
  'pour',
  'par',
  'avec',
  'sans',
  'vers',
  'chez',
  'dans',
  'entre',
  'contre',
  'sous',
  'envers',
  'selon',
  'pendant',
  'depuis',
  'après',
  'avant',
  'parmi',
]

const SUBJECTS = [
  'je',
  'tu',
  'il',
  'elle',
  'on',
  'nous',
  'vous',
  'ils',
  'elles',
  'ça',
  'cela',
  'ceci',
  'ce',
  'qui',
]

// An object follows: "tu vois le problème", "je veux dire à mon manager" are not tics.
const OBJECT_STARTS = [
  ...DETERMINERS.filter((d) => d !== 'en'),
  'ça',
  'cela',
  'ceci',
  'comment',
  'pourquoi',
  'où',
  'quand',
  'qui',
  'que',
  'si',
  'combien',
  'lui',
  'leur',
  'eux',
  'à',
  'merci',
  'bonjour',
  'oui',
  'non',
]

const NUMBER_WORDS = [
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'vingt',
  'vingts',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'septante',
  'huitante',
  'nonante',
  'cent',
  'cents',
  'mille',
  'million',
  'millions',
  'milliard',
  'milliards',
  'dizaine',
  'dizaines',
  'douzaine',
  'douzaines',
  'vingtaine',
  'trentaine',
  'quarantaine',
  'cinquantaine',
  'centaine',
  'centaines',
  'millier',
  'milliers',
  'moitié',
  'zéro',
  'tiers',
  'quart',
  'doublé',
  'doublée',
  'doubler',
  'triplé',
  'triplée',
  'tripler',
  'quadruplé',
  'divisé',
  'pourcent',
]

const UNITS = [
  'ans',
  'an',
  'années',
  'année',
  'mois',
  'semaines',
  'semaine',
  'jours',
  'heures',
  'heure',
  'minutes',
  'secondes',
  'clients',
  'client',
  'utilisateurs',
  'personnes',
  'salariés',
  'employés',
  'collaborateurs',
  'euros',
  'dollars',
  'commandes',
  'ventes',
  'tickets',
  'projets',
  'dossiers',
  'candidats',
  'élèves',
  'patients',
  'magasins',
  'produits',
  'points',
  'pour',
  'fois',
  'k',
  'm',
]

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

// Verbs whose object "quoi" can be ("je ne sais plus quoi", "on ne savait pas trop quoi"), and the
// negation adverbs between them.
const QUOI_VERBS =
  'sais|savais|sait|savait|savons|savez|savaient|savoir|su|dis|disais|dit|dire|fais|faisais|fait|faire|pense|pensais|penser|réponds|répondre|répondu|comprends|comprenais|compris|comprendre|vois|voyais|voir|vu|trouve|trouvais|trouver|trouvé|choisir|ajouter|raconter|attendre'
const NEGATION_ADVERBS = 'pas|plus|jamais|trop|vraiment|toujours|même|encore|exactement|bien|rien|guère'

// A place one wishes to work in is not where a story happened: "J'aimerais travailler dans une PME".
const WISHED = ['travailler', 'rejoindre', 'intégrer', 'évoluer', 'trouver', 'entrer', 'retrouver', 'être']

// Where a story happens ("dans une petite agence", "à l'hôpital").
const PLACES =
  'startup|start-up|entreprise|pme|groupe|cabinet|agence|association|restaurant|magasin|hôpital|banque|école|collectivité|société|usine|boutique|clinique|hôtel|mairie|centre|laboratoire|labo|entrepôt|supermarché|boulangerie|crèche|lycée|collège|université|administration|ministère|ong|mutuelle|assurance|pharmacie|garage|rédaction|studio|salon|chantier|brasserie|café|bar|pizzeria|ehpad|concession|concessionnaire|imprimerie|librairie|pâtisserie|supérette|hypermarché|plateforme|fintech|scale-up|enseigne|franchise|coopérative|fondation|médiathèque|bibliothèque|musée|théâtre|cinéma|piscine|gare|aéroport'

// Who does things differently "depuis" (since then), other than the speaker.
const SINCE_SUBJECTS =
  "on|nous|il|elle|ils|elles|personne|chaque|aucun|aucune|tous|toute_l'équipe|tout_le_monde|l'équipe|le_client|les_clients|les_équipes|plus_personne"

// What a self-correcting "enfin" brings in right after a comma: a weaker or narrower version of what
// was just said ("organisé, enfin normalement", "tous, enfin presque").
const CORRECTED = [
  'plutôt',
  'surtout',
  'presque',
  'quasiment',
  'environ',
  'normalement',
  'disons',
  'en_tout_cas',
  'du_moins',
  'au_moins',
  'pas',
  'plus',
  'moins',
  'à_peu_près',
  'peut-être',
  'je_crois',
  'je_pense',
  'il_me_semble',
  'a_priori',
  'en_gros',
  'on_va_dire',
]

// The conditional of "être" describing a feeling is a courtesy, not weakened commitment.
const FEELINGS =
  'très|vraiment|tellement? ravi|ravie|heureux|heureuse|content|contente|enchanté|enchantée|honoré|honorée|fier|fière|motivé|motivée'

// "bon" as a tic comes after these ("mais bon", "enfin bon", "et puis bon")…
const BON_LEADERS = [
  'mais',
  'enfin',
  'et',
  'puis',
  'alors',
  'donc',
  'ben',
  'bah',
  'euh',
  'heu',
  'voilà',
  'bref',
  'oui',
  'non',
  'ok',
  'là',
]
// …and before these: a discourse word, a subject or a determiner, never the noun the adjective would
// qualify ("bon résultat", "bon courage", "bon sens", "bon de commande").
const BON_FOLLOWERS = [
  'alors',
  'ben',
  'bah',
  'euh',
  'heu',
  'hum',
  'voilà',
  'bref',
  'enfin',
  'donc',
  'après',
  'ensuite',
  'puis',
  'ok',
  "d'accord",
  'écoutez',
  'disons',
  'en_fait',
  'du_coup',
  'là',
  'eh',
  'tant_pis',
  'passons',
  'si',
  'quand',
  'comme',
  'ça',
  "c'",
  'ce',
  'cela',
  "j'",
  'je',
  'on',
  'nous',
  'vous',
  'il',
  'elle',
  'ils',
  'elles',
  'moi',
  'y',
  "l'",
  'le',
  'la',
  'les',
  'un',
  'une',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
  'cette',
  'cet',
  'ces',
]

// A subject right after "bon" opens a new clause: the adjective never stands there.
const BON_SUBJECTS = ["j'", 'je', 'on', 'nous', 'il', 'elle', 'ils', 'elles', "c'", 'ça', 'vous']

// What opens a new clause in unpunctuated speech: a subject, a conjunction or a discourse word. A
// clause-final tag right before one of them ends its clause ("c'était limite quoi mais le client…").
const SPOKEN_CLAUSE_OPENERS = [
  'je',
  "j'",
  'on',
  'nous',
  'il',
  'elle',
  'ils',
  'elles',
  '{elided-c}',
  'ça',
  'mais',
  'et',
  'donc',
  'alors',
  'puis',
  'bon',
  'bref',
  'enfin',
  'du_coup',
  'en_fait',
  'parce',
  'car',
  'sinon',
  'ensuite',
  'après',
  'résultat',
  '{hesitation}',
]

// Subjects and determiners that start what a label introduces: "résultat il a prolongé son contrat".
const SPOKEN_LABEL_FOLLOWERS = [
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'nous',
  'je',
  "j'",
  '{elided-c}',
  'ça',
  'le',
  'la',
  'les',
  "l'",
  'tout',
  'toute',
  'tous',
  'notre',
  'nos',
  'mon',
  'ma',
  'mes',
  'leur',
  'leurs',
  'un',
  'une',
  'des',
  'plus',
  'aucun',
  'aucune',
  'en',
  'au',
  'dès',
  'après',
  'depuis',
]

// Labels that open a part of a STAR answer written as notes: "Tâche : …", "Résultat – …".
const LABEL_CONTEXTS = [
  { clauseStart: true, punctAfter: [':', '–', '—'] },
  { lineStart: true, punctAfter: [':', '–', '—'] },
]

const fillers: Entry[] = [
  { phrase: '{hesitation}' },
  { phrase: 'bah' },
  {
    // A discourse tic ("Bon, alors…", "bon ben", "mais bon", "enfin bon"), not the adjective: "un bon
    // résultat", "c'est bon", "bon en négociation", "bon courage", "à quoi bon", "tenir bon".
    phrase: 'bon',
    only: [
      { clauseStart: true, punctAfter: [',', '…', '.', '!', ';'] },
      { clauseStart: true, after: BON_FOLLOWERS },
      { before: BON_LEADERS, clauseEnd: true },
      { before: BON_LEADERS, after: BON_FOLLOWERS },
      { after: ['ben', 'bah', 'voilà', 'bref', 'euh', 'heu'] },
      // Unpunctuated speech: "en droit social bon j'ai surtout fait de la paie", "… les délais bon
      // alors on a…".
      { after: BON_SUBJECTS },
      {
        spoken: true,
        after: ['alors', 'bref', 'voilà', 'donc', 'enfin', 'ensuite', 'puis', 'écoutez', 'disons'],
      },
    ],
    unless: [
      {
        // A determiner or a copula before it makes it the adjective: "c'était le bon, je crois",
        // "j'étais bon, je pense".
        before: [
          ...DETERMINERS,
          'est',
          'était',
          'étais',
          'étions',
          'étiez',
          'êtes',
          'sera',
          'serai',
          'serait',
          'serais',
          'soit',
          'sois',
          'devenu',
          'devenue',
          'reste',
          'restait',
          'resté',
          'semble',
          'semblait',
          'paraît',
          'avéré',
          'avérée',
          'sont',
          'étaient',
          'suis',
          'sommes',
          'été',
          'être',
          'très',
          'trop',
          'assez',
          'plutôt',
          'si',
          'super',
          'vraiment',
          'pas',
          'plus',
          'moins',
          'aussi',
          'tellement',
          'fait',
          'sent',
          'tenu',
          'tenir',
          'tient',
          'quoi',
          'es',
          'jugé',
          'juge',
          'trouvé',
          'trouve',
        ],
      },
      { after: ['après -midi'] },
    ],
  },
  { phrase: 'ben', unless: [{ before: ['avec', 'à', 'de', 'pour', 'par', 'chez', 'et', 'le'] }] },
  { phrase: 'du coup', unless: [{ after: ['de', 'du', 'des'] }] },
  // "il en fait partie", "on en fait trop": the verb faire after a subject.
  {
    phrase: 'en fait',
    unless: [
      { before: [...SUBJECTS, "l'équipe", 'personne', 'tout le monde'] },
      // "le client en fait encore une anecdote": the verb, followed by what is made of it.
      { after: ['partie', 'encore', 'toujours', 'autant', 'trop', 'souvent', 'régulièrement', 'rarement'] },
    ],
  },
  { phrase: 'genre', unless: [{ before: [...DETERMINERS, ...PREPOSITIONS, 'bon', 'mauvais'] }] },
  {
    phrase: 'style',
    unless: [{ before: [...DETERMINERS, ...PREPOSITIONS] }, { after: ['de', 'du', 'des'] }],
  },
  {
    // A tic when it closes an idea ("et voilà.", "voilà, c'est tout") or follows "et"; not the
    // presentative "voilà pourquoi", "voilà deux ans", "voilà ce que j'ai fait".
    phrase: 'voilà',
    only: [
      { clauseEnd: true },
      { before: ['et', 'bon', 'mais', 'donc', 'alors'] },
      { spoken: true, after: SPOKEN_CLAUSE_OPENERS },
    ],
    unless: [
      {
        after: [
          'pourquoi',
          'comment',
          'ce',
          'ça',
          'cela',
          'qui',
          'que',
          'où',
          'quand',
          'combien',
          'longtemps',
          'quelques',
          'plusieurs',
          'presque',
          'bientôt',
          'déjà',
          'environ',
          'plus',
          'près',
          'tout',
          '{det}',
          '{num}',
          '{qty}',
        ],
      },
    ],
  },
  {
    // Only the clause-final tag "c'était compliqué, quoi." — never a question word nor the object of
    // a verb ("je ne sais plus quoi.", "je ne sais quoi", "on ne savait pas trop quoi").
    phrase: 'quoi',
    only: [{ clauseEnd: true }, { spoken: true, after: SPOKEN_CLAUSE_OPENERS }],
    unless: [
      { punctAfter: ['?'] },
      {
        before: [
          `${QUOI_VERBS} ${NEGATION_ADVERBS}`,
          `${QUOI_VERBS} ${NEGATION_ADVERBS} ${NEGATION_ADVERBS}`,
        ],
      },
      {
        before: [
          ...PREPOSITIONS,
          'est',
          'était',
          'sais',
          'savais',
          'savoir',
          'su',
          'importe',
          'ou',
          'voir',
          'faire',
          'dire',
          'fait',
          'fais',
          'quoi',
        ],
      },
    ],
  },
  {
    phrase: 'tu vois',
    unless: [{ before: ['si', 'comme', 'que', 'quand', 'ne'] }, { after: OBJECT_STARTS }],
  },
  {
    phrase: 'vous voyez',
    unless: [{ before: ['si', 'comme', 'que', 'quand', 'ne', 'où'] }, { after: OBJECT_STARTS }],
  },
  // Followed by a new clause ("tu vois c'était les commandes"), not by its object ("tu vois ce que").
  {
    phrase: 'tu_vois|vous_voyez',
    only: [{ after: ['{elided-c}', 'je', "j'", 'on', 'nous', 'il', 'elle', 'ils', 'elles'] }],
    unless: [{ before: ['si', 'comme', 'que', 'quand', 'ne', 'où'] }],
  },
  { phrase: 'en gros', unless: [{ after: ['plan', 'caractères', 'titres', 'titre', 'œuvre'] }] },
  {
    phrase: 'je veux dire',
    unless: [
      {
        after: [
          'à',
          'au',
          'aux',
          'merci',
          'bonjour',
          'au revoir',
          'bravo',
          'quelque chose',
          'un mot',
          'deux mots',
          'la vérité',
          // "Je veux dire aussi que…": an adverb, then what is said.
          'aussi',
          'également',
          'surtout',
          'simplement',
          'juste',
          'encore',
          "d'abord",
          'seulement',
        ],
      },
      { before: ['ce que'] },
    ],
  },
  // "disons-le", "nous disons que" are not tics.
  {
    phrase: 'disons',
    unless: [{ after: ['-le', '-la', '-les', '-lui', '-leur'] }, { before: ['nous', 'ne'] }],
  },
  // A tic only at the start of a clause ("Bref, on a livré"); not "en bref", "un bref échange".
  {
    phrase: 'bref',
    only: [
      { clauseStart: true },
      { before: ['et', 'mais', 'enfin', 'bon', 'donc'] },
      { spoken: true, after: BON_SUBJECTS },
    ],
  },
  {
    // Self-correction only ("enfin, je veux dire", "mardi, enfin, mercredi"), not "finally", which
    // also ends a sequence or a conclusion ("au final, enfin, on a réussi", "puis, enfin, …").
    phrase: 'enfin',
    only: [
      { afterPause: ['je veux dire', 'bref'] },
      { punctBefore: [','], punctAfter: [','] },
      // Correcting what was just said: "on était cinq, enfin six", "organisé, enfin normalement";
      // a figure corrects a figure (in "puis le test, enfin deux semaines de recette" it ends a list).
      { punctBefore: [','], beforePause: ['{num}', '{qty}', '{unit}'], after: ['{num}', '{qty}'] },
      { punctBefore: [','], after: [...CORRECTED] },
      // Unpunctuated: "une équipe de six enfin cinq personnes", "deux semaines d'avance enfin dix jours".
      { spoken: true, after: ['{num}', '{qty}'] },
      // "… ont baissé quoi enfin je crois qu'elles ont baissé de moitié".
      {
        spoken: true,
        after: [
          'je_crois',
          'je_pense',
          'il_me_semble',
          'disons',
          'en_tout_cas',
          'du_moins',
          'presque',
          'quasiment',
        ],
      },
    ],
    unless: [
      {
        beforePause: [
          'au final',
          'finalement',
          'en fin de compte',
          'au bout du compte',
          'à la fin',
          'puis',
          'ensuite',
          'après',
          'et',
          'alors',
          'donc',
          "aujourd'hui",
          'maintenant',
          'depuis',
        ],
      },
    ],
  },
]

const hedges: Entry[] = [
  { phrase: 'je pense que', removable: {} },
  { phrase: 'je crois que', removable: {} },
  { phrase: 'il me semble', removable: { alsoDrop: ['que'] } },
  { phrase: 'peut-être', removable: {} },
  { phrase: 'un peu' },
  // Not "plutôt que" (rather than), nor "Plutôt de tout refaire, …" opening a clause; but "c'est
  // plutôt de fixer un cap", "plutôt du genre à" weaken.
  {
    phrase: 'plutôt',
    unless: [{ after: ['que'] }, { before: ['ou'] }, { clauseStart: true, after: ['de'] }],
  },
  // Weakening an adjective ("assez bon"), not a quantity ("assez de temps") nor "pas assez".
  {
    phrase: 'assez',
    unless: [
      { after: ['de', 'du', 'des', 'pour', 'que'] },
      { before: ['pas', 'plus', 'jamais', 'ni', 'en ai', 'en avais'] },
      { clauseEnd: true },
    ],
  },
  { phrase: 'normalement', removable: {} },
  { phrase: 'en quelque sorte' },
  {
    phrase: 'on va dire',
    unless: [{ after: ['à', 'au', 'aux', 'merci', 'bonjour', 'oui', 'non', 'la vérité'] }],
  },
  { phrase: "j'essaie|j'essaye de" },
  { phrase: "j'essaierais|j'essayerais de", conditional: true },
  { phrase: "j'ai essayé de" },
  { phrase: 'je dirais', conditional: true, saying: true },
  {
    // A minimizer after a verb ("j'ai juste aidé", "c'était juste un stage", "je faisais juste mon
    // travail"), not "juste après", "c'est juste." (fair, correct), "la juste valeur", "à juste titre",
    // "ce n'était pas juste un stage" (not just), "il est juste de dire que".
    phrase: 'juste',
    only: [
      {
        before: [
          'ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|eu',
          'suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|été',
          'faut|fallait|fallu|suffit|suffisait|veux|voulais|voulait|voulions|dois|devais|devait|peux|pouvais',
          'fais|faisais|fait|faisait|faisions',
          'ai|a|avons|avait|avais|ont {pp}',
          'je|on|nous {any}',
        ],
      },
    ],
    unless: [
      { clauseEnd: true },
      // Unpunctuated: "mon chef a dit que c'était juste je l'ai remercié" (fair, then a new clause).
      {
        spoken: true,
        after: ['je', "j'", 'on', 'nous', 'il', 'elle', 'ils', 'elles', 'mais', 'donc', 'alors'],
      },
      {
        after: [
          'après',
          'avant',
          'à_temps',
          'à_côté',
          'au_moment',
          "à_l'heure",
          'au_bon_moment',
          'en_face',
          'derrière',
          'devant',
          'au -dessus|-dessous',
          'en_dessous',
          'à_la_fin',
          'au_début',
          'là',
          'ici',
          'hier',
          'maintenant',
          'le_temps',
          'assez',
          'et',
          'mais',
          'ou',
          'envers',
          'avec',
          'titre',
          'de dire|souligner|reconnaître|préciser|rappeler|noter|penser|considérer|constater|admettre|remercier|récompenser|féliciter|rémunérer|payer|signaler|mentionner|ajouter|avouer|affirmer',
          '{num}',
          '{qty}',
        ],
      },
      { before: ['il est|était|serait|semble|semblait'], after: ['que'] },
      {
        before: [
          'trouve|trouvais|trouvait|trouvé|trouvons|semble|semblait|paraît|paraissait|estime|estimais|juge|jugeais',
        ],
      },
    ],
  },
  { phrase: 'probablement', removable: {} },
  { phrase: 'éventuellement' },
  { phrase: 'a|à priori' },
  { phrase: "j'ai l'impression que", removable: {} },
  { phrase: 'plus ou moins' },
  { phrase: 'pas trop' },
  { phrase: 'je ne? sais pas si' },
  { phrase: 'sans doute', unless: [{ before: ['aucun'] }] },
  { phrase: 'je pourrais', conditional: true },
  { phrase: 'je serais', conditional: true, unless: [{ after: [FEELINGS] }] },
  { phrase: 'je ferais', conditional: true },
  { phrase: 'je saurais', conditional: true },
]

// "expert·e" is one word (the middle dot joins letters), like "expert.e"; "expert-e" is two.
const EXPERT = 'expert|experte|expert·e|expert.e|experts|expertes|spécialiste|pro|calé|calée'
const EXPERT_DEGREE = 'vraiment|très|spécialement|particulièrement|franchement|du_tout|trop|si|hyper|super'

const selfDeprecation: Entry[] = [
  {
    phrase:
      'je ne? suis|étais pas très|vraiment|super|trop|si|hyper|spécialement|particulièrement|assez|tellement? bon|bonne|doué|douée|fort|forte|calé|calée|terrible|brillant|brillante|compétent|compétente|qualifié|qualifiée',
  },
  {
    phrase:
      'je suis un_peu|vraiment|très|assez|complètement|totalement|plutôt? nul|nulle|mauvais|mauvaise|médiocre|incapable',
  },
  { phrase: "ce|ça|c' ne? était|est|a_été pas grand-chose" },
  { phrase: "je n'ai pas fait grand-chose" },
  { phrase: 'je ne vaux pas grand-chose' },
  { phrase: "je n'ai fait que" },
  { phrase: "je n'ai rien fait de_spécial|de_particulier|d'extraordinaire" },
  { phrase: "j'ai juste|simplement|surtout|seulement|vraiment? eu de_la|du|beaucoup_de chance|bol" },
  { phrase: "c'était de_la|surtout_de_la|juste_de_la|un_coup_de chance" },
  { phrase: 'je ne? suis|étais|me_sens|me_sentais pas à la hauteur' },
  {
    phrase: `je ne? suis|étais pas ${EXPERT_DEGREE}? un|une? ${EXPERT} -e?`,
  },
  {
    phrase: `je ne? me_considère|me_considérais|me_définirais|me_définis pas comme? un|une? ${EXPERT} -e?`,
  },
  // Said on its own after a skill: "Excel, je connais, mais pas vraiment experte."
  {
    phrase: `pas vraiment|franchement|du_tout ${EXPERT} -e?`,
    only: [{ clauseStart: true }, { before: ['mais', 'moi', 'et'] }],
  },
  { phrase: `sans être vraiment un|une? ${EXPERT} -e?` },
  { phrase: "je ne suis qu'un|qu'une" },
  { phrase: 'je ne suis pas le|la meilleur|meilleure' },
  { phrase: "n'importe qui aurait pu" },
  {
    phrase:
      "rien d'extraordinaire|d'exceptionnel|de_spécial|de_fou|de_bien_méchant|de_bien_compliqué|de_sorcier|de_spectaculaire",
  },
]

const situation: Entry[] = [
  {
    phrase:
      'dans|lors_de|pendant|durant|à mon|ma|notre précédent|précédente|ancien|ancienne|dernier|dernière|premier|première? poste|emploi|job|travail|stage|alternance|entreprise|mission|expérience|équipe|société|boîte|rôle|cdd|contrat|agence|startup|start-up|usine|boutique|magasin|restaurant|association|école|cabinet|service|atelier|chantier',
  },
  {
    phrase:
      'lors_de|pendant|durant mon|ma|un|une|notre stage|alternance|mission|projet|contrat|master|licence|études|service_civique',
  },
  { phrase: 'chez {org}' },
  {
    phrase:
      "quand|lorsque j'étais|je_travaillais|nous_étions|on_était|je_suis_arrivé|je_suis_arrivée|j'ai_rejoint|j'ai_commencé",
  },
  { phrase: 'il_y_a|voilà {num}|{qty}|quelques|plusieurs ans|mois|semaines|années' },
  {
    phrase:
      "avant|pendant|lors_de|durant|au_moment_de une|un|la|le|les|l'|notre|mon|ma|ses|son|sa|leur|leurs|ce|cette|ces",
  },
  {
    phrase:
      'le|mon|ma premier|première jour|semaine|mois|année|poste|emploi|stage|job|travail|contrat|boulot',
  },
  { phrase: "c'était dans|chez" },
  { phrase: 'nous_étions|on_était une|un|dans|chez|en|au|{num}' },
  { phrase: "l'année|l'an|l'été|l'hiver|le_printemps|l'automne|le_mois dernier|dernière|passé|passée" },
  { phrase: 'la_semaine|le_trimestre dernière|dernier|passée|passé' },
  { phrase: 'en|début|fin {year}' },
  { phrase: 'en|début|fin {month}' },
  { phrase: "à l'époque" },
  // "Au début, …", "au début de ma carrière"; not "sans succès au début" (at first).
  { phrase: 'au début|départ|démarrage', only: [{ clauseStart: true }, { after: ['de', 'du', 'des'] }] },
  { phrase: 'au sein de' },
  { phrase: 'dans le cadre de|du|des' },
  {
    phrase:
      "dans|pour|chez|d' une|un startup|start-up|entreprise|pme|groupe|cabinet|agence|association|restaurant|magasin|hôpital|banque|école|collectivité|société|usine|boutique|équipe|clinique|hôtel|mairie",
    unless: [{ before: WISHED }],
  },
  // "dans une petite agence", "dans la banque", "à l'hôpital": a place, maybe after a short adjective.
  {
    phrase: `dans|pour|chez|à une|un|la|le|l'|cette|ce|notre petite|petit|grande|grand|grosse|gros|jeune? ${PLACES}`,
    unless: [{ before: WISHED }],
  },
  // Opening the story: "Sur le projet de migration, …" (not "… sur ce dossier").
  { phrase: 'sur le|un|notre|mon projet|chantier|lancement|salon', only: [{ clauseStart: true }] },
  // How long the context lasted: "j'ai été infirmière pendant dix ans".
  { phrase: 'pendant|durant {num}|{qty} ans|mois|années' },
  { phrase: "il_n'y_avait|nous_n'avions|on_n'avait|je_n'avais aucun|aucune|pas|plus|jamais" },
  { phrase: 'je travaillais' },
  { phrase: 'nous_travaillions|on_travaillait' },
  {
    phrase:
      "j'étais|j'ai_été alors? en|chez|dans|au|stagiaire|alternant|alternante|seul|seule|responsable|chef|manager|développeur|développeuse|consultant|consultante|commercial|commerciale|vendeur|vendeuse|serveur|serveuse|ingénieur|ingénieure|assistant|assistante|technicien|technicienne|infirmier|infirmière|caissier|caissière|comptable|analyste|designer|coordinateur|coordinatrice|professeur|enseignant|enseignante|conseiller|conseillère",
  },
  { phrase: 'le|du contexte', label: true },
  { phrase: 'la situation', label: true },
  { phrase: 'situation|contexte|cadre', label: true, only: LABEL_CONTEXTS },
  { phrase: "c'était en {year}|{month}" },
  { phrase: "c'était pendant|lors|au_moment" },
  {
    phrase:
      'il_y_avait|nous_avions|on_avait un|une|des|beaucoup|trop|plusieurs|peu|aucun|aucune|deux|trois|{qty}',
  },
  // What was going on: "personne ne voulait changer d'outil", "le logiciel est tombé en panne".
  {
    phrase:
      "personne ne|n' voulait|savait|connaissait|utilisait|remplissait|respectait|lisait|répondait|comprenait",
  },
  { phrase: 'est|était tombé|tombée|tombés|tombées en panne' },
  { phrase: 'un jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|hiver|été|week-end' },
  // Where a story happens, whatever the company's name (transcripts write it in lower case).
  { phrase: 'chez {employer}', unless: [{ before: WISHED }] },
  {
    phrase:
      'de mon|ma|notre ancien|ancienne|précédent|précédente|dernier|dernière entreprise|employeur|poste|équipe|société|agence|magasin|boîte',
  },
  { phrase: "j'ai travaillé|fait|passé {num}|{qty} ans|mois|années" },
  { phrase: 'le|la|notre|mon|ma {any}? projet|mission|contrat|stage|chantier a duré' },
  { phrase: 'on_a_eu|nous_avons_eu un|une|des|{num}' },
  { phrase: 'à ce moment-là' },
]

const task: Entry[] = [
  { phrase: 'je devais', unless: [{ before: ['si'] }] },
  { phrase: 'nous_devions|on_devait', unless: [{ before: ['si'] }] },
  { phrase: "j'avais|nous_avions|on_avait pour mission|objectif|rôle|tâche|but|mandat" },
  { phrase: "j'avais la charge|responsabilité" },
  {
    phrase:
      "mon|ma|notre objectif|mission|rôle|tâche|but|défi|responsabilité|travail|mandat était|consistait|c'était",
  },
  { phrase: 'ma_mission|mon_objectif|notre_objectif|mon_rôle|ma_tâche|ma_responsabilité', label: true },
  {
    phrase:
      'tâche|tâches|mission|missions|objectif|objectifs|but|rôle|défi|enjeu|consigne|responsabilité|mes_missions|mes_tâches|mes_objectifs|notre_mission|nos_objectifs',
    label: true,
    only: LABEL_CONTEXTS,
  },
  {
    phrase:
      "l'objectif|le_but|le_défi|l'enjeu|la_mission|la_difficulté|le_problème|la_consigne|la_demande était|c'était|consistait",
  },
  { phrase: "on_m'a|on_nous_a|m'a|nous_a|m'avait|nous_avait confié|confiée|demandé|chargé|chargée" },
  { phrase: "j'étais|j'ai_été chargé|chargée|nommé|nommée|responsable|en_charge" },
  { phrase: 'il_fallait|il_me_fallait|il_nous_fallait' },
  // "J'ai dû reprendre…", also typed without its accent ("j'ai du reprendre"); but "j'ai du mal à",
  // "on a du travail", "j'ai du temps" (the partitive) set no task.
  { phrase: "j'ai|nous_avons|on_a {du-accent}" },
  { phrase: "j'ai|nous_avons|on_a du {adv}? me|m'|te|t'|se|s'|le|la|les|l'|lui|leur|en|y|nous|vous? {inf}" },
  { phrase: "il s'agissait de" },
  { phrase: 'je me suis vu|vue confier' },
]

const SPENT_TIME = '{num}|{qty}|quelques|plusieurs ans|mois|années|semaines'

const action: Entry[] = [
  // Not time spent somewhere: "j'ai fait six ans en agence", "j'ai passé dix ans en magasin".
  { phrase: "j'ai {adv}? {adv}? {pp}", unless: [{ after: [SPENT_TIME] }] },
  { phrase: 'nous_avons|on_a {adv}? {adv}? {pp}', unless: [{ after: [SPENT_TIME] }] },
  // With "y" or "en" before the verb: "j'y ai mis en place", "on en a supprimé la moitié".
  { phrase: "j'y_ai|j'en_ai|nous_y_avons|nous_en_avons|on_y_a|on_en_a {adv}? {pp}" },
  {
    phrase: "je_l'ai|je_les_ai|je_lui_ai|je_leur_ai|nous_l'avons|nous_les_avons|on_l'a|on_les_a {adv}? {pp}",
  },
  { phrase: "je_me_suis|nous_nous_sommes|on_s'est {adv}? {pp-reflexive}" },
  {
    phrase:
      'je suis {adv}? allé|allée|passé|passée|intervenu|intervenue|parti|partie|retourné|retournée|venu|venue',
  },
  { phrase: "j'ai pris l'initiative" },
  // A verb with a prefix joined by a hyphen: "j'ai sous-traité", "on a co-construit".
  { phrase: "j'ai|nous_avons|on_a|j'y_ai|j'en_ai|nous_y_avons|on_y_a|on_en_a {adv}? {adv}? {prefix} -{pp}" },
  {
    phrase:
      "action|actions|mes_actions|mon_action|ce_que_j'ai_fait|ce_que_nous_avons_fait|ce_qu'on_a_fait|démarche|ma_démarche",
    label: true,
    only: LABEL_CONTEXTS,
  },
  // A small step is still a step: "j'ai juste un peu automatisé l'export".
  { phrase: "j'ai|nous_avons|on_a {adv}? un peu {pp}" },
]

const result: Entry[] = [
  // "Résultat : …", "Résultat, …", "le résultat a été…": the evidence is what the word introduces.
  {
    phrase: 'résultat|résultats',
    label: true,
    only: [{ clauseStart: true }, { lineStart: true }, { spoken: true, after: SPOKEN_LABEL_FOLLOWERS }],
  },
  { phrase: 'le|les|au|comme|en|pour résultat|résultats', label: true },
  { phrase: 'bilan|impact|impacts|conclusion', label: true, only: LABEL_CONTEXTS },
  { phrase: 'au_final|finalement|en_fin_de_compte|au_bout_du_compte|à_la_fin|au_bout_de' },
  { phrase: "ce_qui|cela|ça nous|m'? a|ont|avait permis" },
  { phrase: 'ce_qui|cela|ça a|ont {pp}' },
  { phrase: 'grâce à cela|ça|ce|cette|ces|notre|mon|ma|mes|nos' },
  {
    phrase:
      'a|ont été livré|livrée|livrés|livrées|adopté|adoptée|validé|validée|signé|signée|résolu|résolue|réduit|réduite|divisé|divisée|doublé|doublée|augmenté|augmentée|amélioré|améliorée|accepté|acceptée|déployé|déployée|lancé|lancée|retenu|retenue',
  },
  {
    phrase:
      "j'ai|nous_avons|on_a {adv}? réduit|augmenté|divisé|doublé|triplé|gagné|économisé|atteint|dépassé|obtenu|réussi|livré|signé|fidélisé|récupéré|diminué|amélioré|sauvé|remporté|décroché|accéléré|raccourci|évité|gardé|conservé|maintenu|préservé|terminé|fini|récolté|collecté|levé|vendu|battu",
  },
  {
    phrase:
      'a|ont {adv}? baissé|augmenté|diminué|progressé|chuté|doublé|grimpé|triplé|reculé|bondi|dépassé|atteint|disparu|explosé|fondu|décollé|remonté',
  },
  // A lasting change in the present, not one's own plans: "le budget se boucle désormais en six
  // semaines", "l'équipe en fait maintenant autant" (but "je cherche désormais un poste").
  {
    phrase: 'désormais|maintenant|dorénavant',
    unless: [
      { after: ['je', 'nous', 'on'] },
      { before: ['je {any}', 'je {any} {any}', 'je ne {any}', 'je ne {any} pas', "c'est", 'et', 'mais'] },
      { clauseStart: true },
    ],
  },
  // Unpunctuated: "et maintenant les transmissions durent dix minutes", "maintenant on clôture en cinq
  // jours" (not "et maintenant je cherche un poste").
  {
    phrase: 'maintenant|désormais',
    only: [
      {
        spoken: true,
        before: ['et', 'donc', 'du_coup', 'alors', 'depuis', '{hesitation}'],
        after: [
          "on|nous|les|le|la|l'|tout|toute|tous|chaque|il|elle|ils|elles|ça|cette|ces|plus|{num}|{qty}",
        ],
      },
    ],
  },
  // "Depuis, on teste chaque canal": what changed for the others since then (like "since then");
  // not "Depuis, j'ai mis en place…", one's own action, nor "depuis deux ans", "depuis que".
  {
    phrase: 'depuis',
    only: [
      { clauseStart: true, afterPause: [SINCE_SUBJECTS] },
      { before: ['et', 'mais'], afterPause: [SINCE_SUBJECTS] },
    ],
  },
  // "Nous avions enfin assez de marge", "on a enfin signé": at last, after the story.
  { phrase: 'a|ont|avons|avions|avait|avaient|ai|avais|sommes|sont|était|étaient|est enfin' },
  { phrase: "{num}|{qty} {unit}? de moins|d'économie|d'économies" },
  { phrase: '{num}|{qty} fois plus|moins' },
  {
    phrase:
      'aucun|aucune {any} ne a|ont|est|sont plus|jamais|pas? dû|eu|raté|manqué|fermé|quitté|démissionné|perdu|subi|connu|été',
  },
  // What the others gain from it: "mes collègues gagnent une heure par jour".
  {
    phrase: 'gagne|gagnent|économise|économisent {num}|{qty}|un|une|du|des|plus|près|environ',
    unless: [{ before: ['je', 'tu'] }],
  },
  { phrase: 'a|ont signé|validé|accepté|approuvé|renouvelé|adopté|choisi|gagné|remporté' },
  {
    phrase:
      "l'a|l'ont|les_a|les_ont validé|validée|adopté|adoptée|accepté|acceptée|approuvé|approuvée|retenu|retenue|signé|généralisé",
  },
  { phrase: 'est|sont toujours utilisé|utilisée|utilisés|utilisées|appliqué|appliquée|en_place' },
  { phrase: "l'utilisent|l'utilise|les_utilisent toujours|encore|chaque|tous|au_quotidien" },
  { phrase: "m'a|nous_a|lui_a|m'ont|nous_ont valu" },
  { phrase: "à_temps|dans_les_temps|dans_les_délais|à_l'heure" },
  {
    phrase:
      'sans aucun|aucune|un_seul|une_seule? retard|erreur|incident|accroc|réclamation|départ|panne|plainte|accident|bug|rupture|perte|interruption|casse',
  },
  { phrase: 'ne a|ont|avons|avait plus {pp}|eu|jamais' },
  { phrase: "il_n'y_a|il_n'y_avait plus" },
  { phrase: "de|d' {num}|{qty} {unit}? à {num}|{qty}|un|une" },
  {
    phrase:
      'était|étaient|a_été|ont_été satisfait|satisfaite|satisfaits|ravi|ravie|ravis|content|contente|contents',
  },
  { phrase: 'ça_a|cela_a bien? marché|fonctionné|payé' },
  // "En six semaines, les huit cents fiches étaient à jour."
  {
    phrase:
      'était|étaient|a_été|ont_été à_jour|opérationnel|opérationnelle|opérationnels|opérationnelles|prêt|prête|prêts|prêtes',
  },
  { phrase: "j'ai été promu|promue|félicité|félicitée|retenu|retenue|embauché|embauchée" },
  { phrase: 'nous_sommes|on_est|est|sont passés|passé|passée|passées de|à' },
  { phrase: 'en_conséquence|depuis_ce_jour' },
  // Recognition: "le patron m'a augmentée", "on m'a proposé un poste", "ils nous ont félicités".
  {
    phrase:
      "m'a|m'ont|nous_a|nous_ont augmenté|augmentée|promu|promue|félicité|félicitée|félicités|titularisé|titularisée|embauché|embauchée",
  },
  { phrase: "m'a|m'ont|on_m'a proposé|offert un|une poste|cdi|promotion|augmentation" },
  // Time to the outcome: "en deux mois on avait une base de cinquante articles".
  { phrase: 'en|au_bout_de {num}|{qty}|un|une {unit} on|nous avait|avions|était|étions' },
  { phrase: "pas un|une|un_seul|une_seule {any} ne|n' a|est|ont|sont|était" },
  {
    phrase:
      "je_l'ai|on_l'a|nous_l'avons|je_les_ai|on_les_a dépassé|dépassés|atteint|atteints|battu|doublé|tenu|tenus",
  },
  { phrase: 'ne? a|avons|ont|avait eu aucun|aucune|zéro' },
  { phrase: 'en avance sur|de' },
  {
    phrase:
      'sans aucun|aucune|un_seul|une_seule? remarque|problème|souci|réserve|faute|oubli|retour_négatif|non-conformité',
  },
  { phrase: 'le_bilan', label: true },
]

const metrics: Entry[] = [
  { phrase: '{qty}' },
  { phrase: '{num}' },
  { phrase: 'neuf {unit}' },
  {
    phrase: 'un|une an|mois|semaine|année|heure|minute|journée|demi-journée|trimestre|semestre|week-end',
    unless: [{ before: ['il y a'] }],
  },
  // A year counts only as a quantity ("2000 clients"), not as a date ("en 2022").
  { phrase: '{year}', only: [{ after: ['{unit}'] }, { punctAfter: ['%', '€', '$'] }] },
]

// A year said aloud: "deux mille vingt-deux", "mille neuf cent quatre-vingt-dix-neuf"; not "deux mille
// euros" nor "deux mille cinq cents clients".
const YEAR_TAIL = '{year-part} -{year-part}? -{year-part}? -{year-part}?'
const dates: Entry[] = [
  { phrase: `deux mille ${YEAR_TAIL}`, unless: [{ after: ['{unit}', '{num}', 'de', "d'"] }] },
  {
    phrase: `mille|mil|dix-neuf neuf? cent ${YEAR_TAIL}`,
    unless: [{ after: ['{unit}', '{num}', 'de', "d'"] }],
  },
]

const hypothesis: Entry[] = [
  {
    phrase: 'si je|on|vous|nous|tu|il|elle|ils|elles|ce|le|la|les|mon|ma|mes|notre|un|une|demain|jamais',
    unless: [
      {
        before: [
          'sais',
          'savoir',
          'savais',
          'sait',
          'su',
          'demande',
          'demandais',
          'demandé',
          'demander',
          'comme',
          // "même si je débute" is a concession: "je pourrais gérer ce projet, même si je débute" hedges.
          'même',
          'voir',
          'vérifier',
          'vérifié',
          'vérifie',
          'savons',
          'savez',
          'sais|savais|sait|savons|savez|savoir pas',
        ],
      },
      { after: ['me souviens', 'me rappelle', 'puis', 'peux me permettre', 'voulez', 'veux'] },
    ],
  },
  { phrase: 'à votre|sa|ma|leur place' },
  { phrase: 'dans ce cas|cas-là' },
  { phrase: 'au cas où' },
  { phrase: 'en cas de' },
  { phrase: "dans l'hypothèse|l'idéal" },
  { phrase: 'supposons|imaginons|admettons' },
  { phrase: "à_supposer|en_supposant|en_admettant|pour_peu|à_moins|à_condition que|qu'" },
  { phrase: 'à condition de|d' },
  // Short conditions: "je pourrais travailler le samedi si besoin", "le cas échéant, je ferais…".
  { phrase: 'si besoin|nécessaire|possible|non|oui' },
  { phrase: 'au besoin' },
  { phrase: 'le cas échéant' },
]

export const fr: Lexicon = {
  lang: 'fr',
  classes: {
    // Spelled as recognizers write them: "euh", "euhh", "heu", "heuu", "euhm", "hum", "hmm", "mmh".
    hesitation: { pattern: /^(?:e+u+h+m*|h+e+u+h*m*|h+u+m+|h+m+|m+h+m*)$/ },
    det: { words: DETERMINERS.filter((d) => d !== 'en' && d !== 'tout') },
    num: { words: NUMBER_WORDS },
    qty: { pattern: /^(?!(?:19|20)\d\d$)(?:\d|x\d)/ },
    year: { pattern: /^(?:19|20)\d\d$/ },
    unit: { words: UNITS },
    month: { words: MONTHS },
    any: { pattern: /./ },
    org: {
      pattern: /^\p{L}/u,
      capitalized: true,
      except: ['je', 'nous', 'moi', 'eux', 'lui', 'elle', 'vous'],
    },
    adj: {
      pattern: /^\p{L}{2,}$/u,
      except: [
        ...DETERMINERS,
        ...PREPOSITIONS,
        ...SUBJECTS,
        'que',
        'qu',
        'et',
        'ou',
        'mais',
        'donc',
        'car',
        'ni',
        'me',
        'te',
        'se',
        'y',
        'ne',
        'pas',
        'pour',
        'comme',
        'quand',
        'si',
        'lui',
        'leur',
        'eux',
        'moi',
        'toi',
        'soi',
        'là',
        'ici',
        'dire',
        'être',
        'avoir',
        'fait',
        'ai',
        'a',
        'est',
        'sont',
        'suis',
        ...NUMBER_WORDS,
      ],
    },
    adv: {
      words: [
        'ensuite',
        'alors',
        'donc',
        'aussi',
        'également',
        "d'abord",
        'abord',
        'rapidement',
        'personnellement',
        'immédiatement',
        'aussitôt',
        'enfin',
        'tout',
        'vite',
        'directement',
        'moi-même',
        'beaucoup',
        'vraiment',
        'bien',
        'finalement',
        'progressivement',
        'systématiquement',
        'notamment',
        'même',
        'déjà',
        'simplement',
        'juste',
        'seulement',
        'souvent',
        'toujours',
        'ainsi',
        'ensemble',
        'régulièrement',
        'nettement',
        'fortement',
        'considérablement',
        'largement',
        'quasiment',
        'presque',
        'complètement',
        'totalement',
        'sensiblement',
        'encore',
      ],
    },
    pp: {
      pattern: /(?:é|ée|és|ées|i|ie|is|ise|it|ite|u|ue|us|ert|erte|eint|einte|aint|ainte|oint|uit|uite|ort)$/,
      except: [
        'eu',
        'été',
        'dû',
        'du',
        'pu',
        'su',
        'vu',
        'cru',
        'voulu',
        'aimé',
        'adoré',
        'détesté',
        'pensé',
        'compris',
        'appris',
        'senti',
        'ressenti',
        'remarqué',
        'constaté',
        'réussi',
        'obtenu',
        'hésité',
        'regretté',
        'aussi',
        'ici',
        'ceci',
        'parmi',
        'lui',
        'celui',
        'qui',
        'ni',
        'si',
        'oui',
        'tout',
        'toujours',
        'souvent',
        'beaucoup',
        'besoin',
        'envie',
        'peur',
        'paru',
        'souffert',
        'connu',
        'plu',
        'fort',
        'tort',
        'vécu',
        'perdu',
        'échoué',
        'travaillé',
        'nuit',
        'bruit',
        'lit',
        'esprit',
        'crédit',
        'profit',
        'circuit',
        'déficit',
        'produit',
        'ceux',
        // Not participles, though they end like one: "j'ai sous la main", "j'ai plus le temps".
        'sous',
        'dessous',
        'dessus',
        'plus',
        'tous',
        'refus',
        'bonus',
        ...NUMBER_WORDS,
      ],
    },
    // The participle of devoir written with its accent: "dû", never the partitive "du".
    'du-accent': { pattern: /^dû$/ },
    // Infinitives, minus the nouns that end like one and may follow "du" ("du plaisir", "du caractère").
    inf: {
      pattern: /^\p{L}{2,}(?:er|ir|re|oir)$/u,
      except: [
        'plaisir',
        'désir',
        'loisir',
        'avenir',
        'soir',
        'espoir',
        'pouvoir',
        'savoir',
        'devoir',
        'cuir',
        'air',
        'caractère',
        'chiffre',
        'théâtre',
        'cadre',
        'mystère',
        'sucre',
        'beurre',
        'verre',
        'ministère',
        'salaire',
        'vocabulaire',
        'répertoire',
        'calendrier',
        'papier',
        'dossier',
        'fichier',
        'chantier',
        'métier',
        'courrier',
        'quartier',
        'atelier',
        'premier',
        'dernier',
        'entier',
        'super',
        'fer',
        'hier',
        'hiver',
        'cher',
        'genre',
        'nombre',
        'ordre',
        'titre',
        'centre',
        'membre',
        'partenaire',
        'commentaire',
        'inventaire',
        'horaire',
        'manager',
        'leader',
        'matière',
        'lumière',
        'stagiaire',
        'volontaire',
        'bénévolat',
      ],
    },
    // Prefixes joined to a participle by a hyphen: "sous-traité", "co-construit", "re-testé".
    prefix: {
      words: [
        'sous',
        'co',
        're',
        'ré',
        'auto',
        'pré',
        'sur',
        'contre',
        'inter',
        'multi',
        'semi',
        'post',
        'rétro',
        'télé',
        'super',
        'hyper',
      ],
    },
    'pp-reflexive': {
      words: [
        'chargé',
        'chargée',
        'occupé',
        'occupée',
        'appuyé',
        'appuyée',
        'mis',
        'mise',
        'rapproché',
        'rapprochée',
        'organisé',
        'organisée',
        'organisés',
        'formé',
        'formée',
        'formés',
        'entretenu',
        'assuré',
        'assurée',
        'renseigné',
        'renseignée',
        'lancé',
        'lancée',
        'lancés',
        'porté',
        'portée',
        'proposé',
        'proposée',
        'réparti',
        'répartis',
        'coordonné',
        'coordonnés',
        'attelé',
        'attelée',
        'investi',
        'investie',
        'engagé',
        'engagée',
        'battu',
        'battue',
        'concentré',
        'concentrée',
        'réunis',
        'retrouvés',
      ],
    },
    // Joins two clauses: a hypothesis right after one opens its own clause ("et si on me donnait…").
    coordinator: { words: ['et', 'mais', 'ou', 'donc', 'puis', 'alors', 'ensuite', 'sinon'] },
    // Subject pronouns that open a clause: in unpunctuated speech they end a hypothesis.
    subject: { words: ['je', 'on', 'nous', 'il', 'elle', 'ils', 'elles', 'ça'], pattern: /^c'$/ },
    'elided-c': { pattern: /^c'$/ },
    // What follows "chez" when it names where one worked: a company or a determiner, not a person.
    employer: { pattern: /^\p{L}/u, except: ['moi', 'soi', 'toi', 'lui', 'eux', 'vous', 'elle', 'elles'] },
    // The words of a year said aloud, after "deux mille" or "mille neuf cent".
    'year-part': {
      words: [
        'un',
        'deux',
        'trois',
        'quatre',
        'cinq',
        'six',
        'sept',
        'huit',
        'neuf',
        'dix',
        'onze',
        'douze',
        'treize',
        'quatorze',
        'quinze',
        'seize',
        'vingt',
        'trente',
        'quarante',
        'cinquante',
        'soixante',
        'et',
      ],
    },
    // The conditional ends in r + ais, ait, ions, iez, aient ("pourrais", "gérerais", "prendrait");
    // after a vowel that r is the stem of a verb in -rer, in the imperfect or the subjunctive ("je
    // gérais", "je préparais", "que vous préfériez"), except for avoir, savoir and aller.
    conditional: {
      pattern: /^\p{L}{2,}(?<![éèêëàâaoôuûy])r(?:ais|ait|ions|iez|aient)$/u,
      words: [
        ...['aur', 'saur', 'ir'].flatMap((stem) =>
          ['ais', 'ait', 'ions', 'iez', 'aient'].map((e) => stem + e),
        ),
      ],
      except: [
        'frais',
        'vrais',
        'désormais',
        'marais',
        'portrait',
        'retrait',
        'extrait',
        'attrait',
        'distrait',
        'abstrait',
      ],
    },
  },
  stopWords: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'du',
    'et',
    'je',
    'est',
    'un',
    'une',
    'que',
    'qui',
    'pas',
    'nous',
    'vous',
    'dans',
    'pour',
    'avec',
    'sur',
    'mon',
    'ma',
    'mes',
    'ce',
    'ça',
    'il',
    'elle',
    'été',
    'était',
    'ai',
    'au',
    'aux',
    'ne',
    'très',
    'mais',
    'ou',
    'donc',
    'par',
    'plus',
    'avons',
    'avait',
    'leur',
    'notre',
    'cette',
    'sont',
    'j',
    'l',
    'd',
    'qu',
    'c',
    'n',
    'y',
    'en',
    'suis',
    'fait',
    'quand',
    'aussi',
    'comme',
  ],
  fillers,
  hedges,
  selfDeprecation,
  situation,
  task,
  action,
  result,
  metrics,
  hypothesis,
  dates,
  singular: [{ phrase: 'je' }],
  plural: [
    // "nous" counts as a subject unless it follows a preposition ("avec nous"), another subject or a
    // relative "qui" (object: "il nous a dit", "qui nous a aidés"), or stands alone ("Nous, on…").
    {
      phrase: 'nous',
      unless: [
        { before: [...PREPOSITIONS, ...SUBJECTS.filter((s) => s !== 'ce'), 'ne'] },
        { punctAfter: [','], clauseStart: true },
        { clauseEnd: true },
      ],
    },
    // "on" is always a subject, so it always counts, as the guide says ("on m'a confié" included).
    { phrase: 'on' },
  ],
  claimStarts: ['je'],
}

/**
 * The words of a question that say how it is asked rather than what about, in French and English, normalised
 * (lower-case, accent-free). Everything not listed here is read for places, kinds, themes and names.
 */

const set = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/**
 * Articles, prepositions, pronouns, auxiliaries: no meaning of their own in a question about projects. Not "est",
 * which is also the east of "Asie du Sud-Est" and "Grand Est" (see VERBS).
 */
export const FILLERS = set(`
  le la les l un une des de du d au aux a en et ou y dans sur pour par avec chez vers entre depuis ce ces cet cette c
  son sa ses leur leurs mon ma mes notre nos votre vos il elle ils elles on t je j me m moi nous vous tu te toi s se
  qu que quoi dont sont ont etre avoir ai as avons avez fait font faire tous tout toutes toute ne n pas plus
  aussi deja encore bien sont ete ya existe existent existait actuellement aujourd hui suis sommes
  a an the of in on at to for with by from and or into within across between is are was were be been being do does
  did has have had there that this these those it its their them they any some all me my i we us you your our
  currently now today ever yet also ni nor everything ceux celles celui celle ones
  most different differents differente differentes distinct distincts distincte distinctes mais but only seulement
  uniquement one anything something qqch quelque chose going got bodies body terms every up reunies reunis ensemble
  combined together cumules cumulees whereabouts autre autres else others located situated situe situee situes
  situees localise localisee localises localisees anyone anybody someone somebody know knows quelqu sait savez
  saurait sauriez
`);

/**
 * "quelles villes participent ?": taking part in the call, not the theme Jeunesse et participation, whose word shares
 * their stem.
 */
export const TAKING_PART = set(`
  participe participent participer participant participants participate participates participating
`);

/** Verbs that are also words of place names, so not fillers, but never free words either. */
export const VERBS = set('est');

/** Greetings and politeness, and the verbs of asking: "please", "est-ce que tu peux me dire", "show me". */
export const POLITENESS = set(`
  please pls plz svp stp plait merci thanks thank bonjour bonsoir hello hi salut hey coucou kindly
  pourrais pourriez pourrait peux peut pouvez pouvons dire dis dites montre montrez montrer affiche affichez afficher
  donne donnez donner liste listez lister trouve trouvez trouver cherche cherchez chercher veux voudrais voulez
  aimerais savoir connaitre sais indique indiquez indiquer ca va beaucoup thx so much good afternoon mate monde
  can could would will shall should tell show give list find get got know want wanna need like see display lookup look
  looking searching seeking let lets mean meant possible souci
`);

/**
 * Verbs of choosing the laureates: "qui a sélectionné les lauréats ?", "how were the projects chosen?" ask about the
 * call that chose them, whoever the projects are.
 */
export const SELECTING = set(`
  selectionne selectionnes selectionnee selectionnees selectionner selected select choisi choisis choisie choisies
  choisir chosen chose choose picked won win winning gagne gagnes gagnee gagnees retenu retenus retenue retenues
  designe designes designee designees
`);

/**
 * The verbs after a subject ("tous les projets de la Normandie sont-ils…"): where what is said of it starts. "est" is
 * one only before its subject pronoun ("est-elle"), for "Grand Est".
 */
export const SUBJECT_VERBS = set(`
  sont ont a travaillent travaille portent porte concernent concerne cooperent coopere impliquent implique traitent
  traite se are is have has work works cooperate cooperates involve involves concern concerns lead leads
`);

/** "avec", "with": what follows is worked with. */
export const WITH = set('avec with');
/**
 * Where what is said of a subject may start when no verb follows it ("are all projects in Africa?"): the last of
 * these after it, as an earlier one places the subject ("are all the projects in Benin in West Africa?").
 */
export const PREDICATE_PREPOSITIONS = set('in with on about led run located based en au aux avec sur dans');

/** Verbs of working together: "la Normandie travaille avec le Mali ?" asks yes or no by its tone alone. */
export const WORKING_VERBS = set(`
  travaille travaillent coopere cooperent collabore collaborent work works working cooperate cooperates cooperating
  collaborate collaborates bosse bossent
`);

/** "la Normandie travaille-t-elle uniquement avec l'Afrique ?", "does Normandy only work with Africa?". */
export const ONLY_WORDS = set('uniquement seulement exclusivement only solely exclusively');
/** After "ne … que": "ne travaille qu'avec l'Afrique", "n'a de projets qu'en Afrique". */
export const AFTER_NE_QUE = set('avec en au aux sur dans des');

/**
 * "which theme has the fewest projects?", "the least common theme" (and "le moins", see understand.ts): of the values
 * asked for, those with the fewest. "Most", "le plus", "fréquent" need no word: a which answer lists the most first.
 */
export const FEWEST_WORDS = set('fewest least');
/** How often a value comes up, which a which answer says anyway: "le thème le plus fréquent", "most common". */
export const FREQUENCY_WORDS = set(`
  frequent frequents frequente frequentes represente representes representee representees common popular populaire
  populaires actif actifs active actives dynamique dynamiques engage engages engagee engagees involved
`);

/** "tous les projets sont-ils en Afrique ?", "are all projects led by regions?": asked of every project. */
export const ALL_WORDS = set('tous toutes chaque all every each');
/** "la majorité des projets est-elle en Afrique ?", "are most projects in Africa?": asked of more than half of them. */
export const MOST_WORDS = set('majorite majority plupart most moitie half');

/** Words every question about these projects may hold, so they say nothing about which ones. */
export const DOMAIN = set(`
  projet projets project projects cooperation cooperations coopere cooperent cooperer cooperant cooperate cooperates
  cooperating travaille travaillent travailler travaillant work works working worked partenariat partenariats
  partnership partnerships partenaire partenaires partner partners partnered decentralisee decentralisees decentralise
  decentralised decentralized laureat laureats laureate laureates winner winners gagnant gagnants appel appels call
  calls aap france francais francaise francaises french porte portes portee portees porteur porteurs led lead leads
  leading mene menes menee menees involve involves involving involved concerne concernent concerning about sujet
  engage engages engagee engagees chef chefs file portent portant porter carry carries carried run runs cover covers
  covered couvre couvrent couvert couverts couverte couvertes pilotes pilotee pilotees
  pilotent piloter titre titres intitule title titles english anglais traduction translation translated name names
  named nom appelle appellent appele called comment repondu repondre repondent answered responded implique impliquent
  impliques impliquant traite traites traitee traitees traitent aborde abordes abordee abordees abordent ran deal
  deals dealing present presents presente presentes found lie lies liee liees related relating parmi among amongst
  parle parlent parler mention mentions mentionne mentionnent coop coops bosse bossent bosser actif actifs active
  actives apparait apparaissent apparaitre appear appears appearing figure figurent ${[...TAKING_PART].join(' ')}
  travail
  ${[...SELECTING].join(' ')}
`);

/**
 * Words that leave out the place, kind, theme or name right after them: "hors Afrique", "sauf le Mali", "en dehors
 * de l'Europe", "ailleurs qu'en Afrique", "à part le Mali", "outside Africa", "except Mali", "not in Asia", "other than Mali". "pas" only before a place
 * ("pas en Afrique"), see understand.ts: "ne travaille-t-elle pas avec le Mali ?" still asks about Mali. "ni … ni",
 * "neither … nor" leave out both.
 */
export const NEGATIONS = set(
  'hors sauf excepte hormis sans dehors ailleurs outside except excluding without besides not no apart ni neither nor aucun aucune',
);

/** Two-word negations by their second word and the first it needs ("à part", "other than"); alone, neither says much. */
export const NEGATION_PAIRS: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  {
    part: 'a',
    than: 'other',
  },
);

/** Words after "le 13" that make it a date, a count or an amount ("le 13 mai", "le 5 projets"), not a département. */
export const NOT_AFTER_CODE = set(`
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march april
  may june july august september october november december premier premiers premiere premieres er e eme euros eur
  millions million milliers
`);

/** The laureates, as a question names them ("les lauréats", "the laureates"). */
export const LAUREATE_WORDS = new Set([
  'laureat',
  'laureats',
  'laureate',
  'laureates',
  'winner',
  'winners',
  'gagnant',
  'gagnants',
]);

/** Words that say a question is about these projects, even when it names nothing else: "tous les projets". */
export const SUBJECT_WORDS = new Set(['projet', 'projets', 'project', 'projects', 'proj', 'projs', ...LAUREATE_WORDS]);

/** "partenaire(s)", "partner(s)": the partner authorities, or what is asked of them ("partner countries"). */
export const PARTNER_NOUNS = new Set(['partenaire', 'partenaires', 'partner', 'partners']);

/** Words that make a question a count: "combien", "how many", "nombre de". */
export const COUNT_MARKERS = set('combien nombre number count total many');

/** Words that ask which values: "quelles régions", "which countries", "qui", "où". */
export const WHICH_MARKERS = set(
  'quel quels quelle quelles lequel lesquels laquelle lesquelles which what who whom where',
);

/** English auxiliaries that open a yes/no question: "Is there…", "Does Normandy work with…". */
export const YES_NO_OPENERS = set('is are does do did has have can could was were');

/** What a which or count question asks about, by the noun that follows its marker. */
export type Target = 'projects' | 'countries' | 'regions' | 'departements' | 'authorities' | 'themes';

/** Keyed by words people type: no prototype, so that "constructor" or "toString" is no noun. */
export const TARGET_NOUNS: Readonly<Record<string, Target>> = Object.assign(
  Object.create(null) as Record<string, Target>,
  {
    ...Object.fromEntries(
      ['projet', 'projets', 'project', 'projects', 'proj', 'projs'].map((word) => [word, 'projects']),
    ),
    ...Object.fromEntries(['pays', 'country', 'countries', 'nation', 'nations'].map((word) => [word, 'countries'])),
    ...Object.fromEntries(['region', 'regions'].map((word) => [word, 'regions'])),
    ...Object.fromEntries(
      [
        'collectivite',
        'collectivites',
        'authority',
        'authorities',
        'qui',
        'who',
        'acteur',
        'acteurs',
        'partenaire',
        'partenaires',
        'partner',
        'partners',
        'chef',
        'chefs',
        'porteur',
        'porteurs',
      ].map((word) => [word, 'authorities']),
    ),
    ...Object.fromEntries(
      [
        'theme',
        'themes',
        'thematique',
        'thematiques',
        'domaine',
        'domaines',
        'topic',
        'topics',
        'subject',
        'subjects',
      ].map((word) => [word, 'themes']),
    ),
  },
);

/** Words that alone ask how to use the bot, or only greet it: "aide", "help", "bonjour", "hello". */
export const HELP_WORDS = set(
  'aide aider aidez help sos bonjour bonsoir hello hi hey salut coucou merci thanks thank thx morning evening cheers',
);

/**
 * Words that ask for what the published list does not hold: amounts and funding, contacts, dates and duration,
 * descriptions and results. Alone, never a theme ("qui finance" is not public finance), nor a typo of anything.
 */
export const UNPUBLISHED = set(`
  montant montants budget budgets amount amounts cout couts coute coutent cost costs prix price financement
  financements financent financer funding funded fund funds subvention subventions grant grants contact contacts email
  mail courriel telephone phone tel adresse address date dates quand when commence commencent commencera debut
  start starts started begin begins fin termine ends duree duration description descriptions decrire describe
  resultat resultats result results bilan outcome outcomes money argent euros
`);

/**
 * Words that ask for the laureates ranked ("the main projects", "les meilleurs projets"): the published list ranks
 * none, so they select nothing of their own, and the answer says so. Never a typo of anything ("main" is not "Maine").
 */
export const RANKING = set(`
  principal principaux principale principales main major important importants importante importantes key top best
  meilleur meilleurs meilleure meilleures biggest largest classement ranking ranked
`);

/** "qui finance", "who finances": funding, right after "qui" or "who"; elsewhere, the theme's public finance. */
export const FUNDING_VERBS = set('finance finances paie paye pays');

/** The call itself: "l'appel", "the call", "AAP". */
export const CALL_NOUNS = set('appel appels call calls aap aapg');

/**
 * What a question about the call asks, which the list does hold: when and where it was announced, who published or
 * launched it ("quand l'appel a-t-il été annoncé ?", "who published the call?").
 */
export const CALL_WORDS = set(`
  quand when date dates annonce annonces annoncee annoncees annoncer announced announce publie publiee publies
  published publish publisher editeur lance lancee launched launch organise organisee organised organized ministere
  ministry quoi generaliste annee year
`);

/** Verbs that make a question about the laureates one about their call: "quand les lauréats ont-ils été annoncés ?". */
export const ANNOUNCING = set(`
  annonce annonces annoncee annoncees announced publie publies publiee publiees published
`);

/** Words that ask for a map rather than a list. */
export const MAP_WORDS = set('carte cartes map maps');

/** Words only one of the two languages uses, to tell which one a message is in when it carries no locale. */
export const FRENCH_ONLY = set(`
  le la les des du au aux un une et est sont dans avec quels quelles quel quelle combien projets projet pays qui
  travaille travaillent cooperent coopere ou y il elle ils elles ce cette ces pour sur mes moi je tu vous nous
  bonjour bonsoir salut coucou aide aidez merci svp stp plait existe afrique asie europe amerique regions collectivites villes hors sauf
`);
export const ENGLISH_ONLY = set(`
  the of in on with which what who where how many does do is are there projects project countries country any
  please show me work works working cooperate hello hi hey help thanks africa asia europe america cities towns authorities
  outside except
`);

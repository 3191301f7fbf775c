import type { Catalogue } from './en.ts';

/** « que la Normandie », « qu’Île-de-France » : élidé devant une voyelle. */
const que = (what: string) => (/^[aeiouyàâæéèêëîïôœùûü]/i.test(what) ? `qu’${what}` : `que ${what}`);

/** Français. Les noms de commandes et d’options sont les localisations `fr` de l’API (minuscules, sans espace). */
export const fr: Catalogue = {
  command: {
    name: 'laureats',
    description: 'Lauréats des appels à projets de la France en soutien à la coopération décentralisée',
  },
  subcommands: {
    ask: {
      name: 'demander',
      description: 'Poser une question avec vos mots, en français ou en anglais',
      options: {
        question: { name: 'question', description: 'p. ex. « quelles régions travaillent avec le Cameroun ? »' },
      },
    },
    search: {
      name: 'recherche',
      description: 'Chercher partout : collectivités, partenaires, pays, régions, titres, thèmes',
      options: {
        query: { name: 'requête', description: 'Ce que vous cherchez, p. ex. « eau », « Dijon », « Bénin »' },
      },
    },
    authority: {
      name: 'collectivité',
      description: 'Les projets d’une collectivité, française ou partenaire à l’étranger',
      options: {
        name: { name: 'nom', description: 'Nom de la collectivité, p. ex. « Bordeaux Métropole »' },
        side: { name: 'côté', description: 'Collectivité française chef de file, partenaire, ou les deux' },
      },
    },
    country: {
      name: 'pays',
      description: 'Exactement les projets ayant un partenaire dans un pays',
      options: { name: { name: 'nom', description: 'Le pays, en français ou en anglais, ou son code ISO' } },
    },
    keyword: {
      name: 'mot-clé',
      description: 'Les projets dont le titre ou les thèmes correspondent à des mots',
      options: { words: { name: 'mots', description: 'Mots d’un titre ou d’un thème, p. ex. « santé », « climat »' } },
    },
    region: {
      name: 'région',
      description: 'Exactement les projets d’une région française',
      options: { name: { name: 'nom', description: 'La région de la collectivité chef de file' } },
    },
    project: {
      name: 'projet',
      description: 'La fiche d’un projet',
      options: {
        id: { name: 'id', description: 'Le projet (commencez à taper pour le choisir)' },
        share: { name: 'partager', description: 'Publier la fiche dans le salon, pour tout le monde' },
      },
    },
    stats: { name: 'stats', description: 'Nombre de projets, de collectivités, de pays et de régions' },
    map: {
      name: 'carte',
      description: 'Une carte du monde des pays partenaires, par nombre de projets',
      options: {
        region: { name: 'région', description: 'Seulement les projets de cette région française' },
        theme: { name: 'thème', description: 'Seulement les projets de ce thème' },
      },
    },
    random: { name: 'hasard', description: 'Un projet tiré au hasard' },
    help: { name: 'aide', description: 'Ce que fait ce bot et comment l’utiliser' },
  },
  sideChoices: { any: 'Les deux', french: 'Collectivité française chef de file', partner: 'Partenaire à l’étranger' },

  list: {
    searchTitle: (query) => `🔎 « ${query} »`,
    keywordTitle: (words) => `🏷️ « ${words} »`,
    authorityTitle: (name) => `🏛️ ${name}`,
    typed: (words) => `« ${words} »`,
    count: (count) => (count === 1 ? '1 projet' : `${count} projets`),
    page: (page, pages) => `Page ${page}/${pages}`,
    previous: 'Page précédente',
    next: 'Page suivante',
    openPlaceholder: 'Ouvrir la fiche d’un projet…',
    readAs: (corrections) => `J’ai lu ${corrections}.`,
    correction: (typed, read) => `« ${typed} » comme **${read}**`,
    onOtherSide: (name, where, count) =>
      `${name} est ${where} ; ${count === 1 ? 'voici son projet' : `voici ses ${count} projets`}.`,
    isLead: 'une collectivité française chef de file',
    isPartner: 'un partenaire à l’étranger',
    bestGuess: (typed, found) => `Pas de correspondance exacte pour « ${typed} » : voici **${found}**.`,
    alsoMatching: (names) => `Correspondent aussi : ${names}.`,
  },
  csv: {
    button: 'CSV',
    ready: (count) => `${count === 1 ? 'Le projet' : `Les ${count} projets`} de cette liste, en tableur (CSV, UTF-8).`,
    description: (count) => (count === 1 ? 'Le projet, une ligne' : `${count} projets, un par ligne`),
    columns: {
      region: 'Région française',
      lead: 'Collectivité chef de file',
      leadKind: 'Type de collectivité chef de file',
      departement: 'Département du chef de file',
      partners: 'Collectivités partenaires',
      countries: 'Pays partenaires',
      title: 'Titre (tel que publié)',
      titleEn: 'Titre anglais (traduction)',
      themes: 'Thèmes',
      call: 'Appel à projets',
      id: 'Identifiant',
    },
  },
  card: {
    lead: 'Collectivité chef de file',
    region: 'Région',
    partners: 'Collectivités partenaires',
    themes: 'Thèmes',
    call: 'Appel à projets',
    announced: (date, place) => `annoncé le ${date} à ${place}`,
    publishedBy: (publisher) => `source : ${publisher}`,
    publishedTitle: 'Titre publié :',
    scope:
      'Publié : qui, avec qui, où, le titre et l’appel ; thèmes ajoutés à la main. Non publié : montants, dates du projet, contacts, descriptions.',
    share: 'Partager dans le salon',
    shared: 'Partagé dans le salon',
    alreadyShared: 'Cette fiche est déjà partagée dans le salon.',
    shareTooSoon: (seconds) =>
      `Vous venez de partager une fiche : attendez ${seconds} secondes avant d’en partager une autre, pour que le salon reste lisible.`,
    sharedBy: (name) => `Partagé par ${name}`,
  },
  stats: {
    title: '📊 Les lauréats en chiffres',
    projects: 'Projets',
    leadAuthorities: 'Collectivités chefs de file',
    partnerCountries: 'Pays partenaires',
    regions: 'Régions françaises',
    perRegion: 'Projets par région',
    perCountry: 'Projets par pays partenaire',
    calls: (names) => `Appels : ${names}`,
  },
  help: {
    title: 'ℹ️ Bot des lauréats — aide',
    intro:
      'Qui coopère avec qui, sur quoi, où : les lauréats des appels à projets de la France en soutien à la coopération décentralisée. Fautes de frappe, accents oubliés, noms français ou anglais : tout fonctionne. Les listes ne sont visibles que par vous ; une fiche peut être partagée dans le salon.',
    examples: {
      ask: '`/laureats demander question:quelles régions travaillent avec le Cameroun ?` — avec vos mots',
      search: '`/laureats recherche requête:eau` — tout ce qui concerne l’eau',
      authority: '`/laureats collectivité nom:Bordeaux` — une collectivité française ou partenaire',
      country: '`/laureats pays nom:Bénin` — tous les projets avec un partenaire au Bénin',
      keyword: '`/laureats mot-clé mots:santé` — titres et thèmes seulement',
      region: '`/laureats région nom:Normandie` — les projets d’une région française',
      project: '`/laureats projet id:…` — une fiche ; `partager:True` la publie dans le salon',
      stats: '`/laureats stats` — les chiffres par région et par pays',
      map: '`/laureats carte région:Normandie` — les partenaires d’une région sur une carte du monde',
      random: '`/laureats hasard` — découvrir un projet',
      help: '`/laureats aide` — ce message',
    },
    footer: 'Données : liste publiée des lauréats, telle qu’annoncée.',
    data: {
      title: '📚 Ce que disent les données',
      source: (call, publisher, date, place) =>
        `**${call}** : la liste publiée (source : ${publisher}), annoncée le ${date} à ${place}.`,
      holds:
        'Pour chaque projet : qui le porte (une collectivité française chef de file), avec qui (collectivités partenaires à l’étranger), où (région française, pays), son titre et son appel. Les thèmes et les titres anglais sont ajoutés à la main.',
      lacks:
        'Absents de la liste : montants et financements, dates du projet, contacts, descriptions, résultats. Ils sont à demander aux collectivités.',
    },
  },
  map: {
    title: 'Pays partenaires des projets lauréats',
    titleFor: (selection: string) => `Pays partenaires · ${selection}`,
    subtitle: (projects: number, countries: number, calls: string) =>
      `${projects === 1 ? '1 projet' : `${projects} projets`} · ${countries === 1 ? '1 pays partenaire' : `${countries} pays partenaires`} · ${calls}`,
    legend: 'Nombre de projets',
    france: 'France (Paris)',
    attribution: 'Données cartographiques : Natural Earth via world-atlas',
    embedTitle: (selection: string) => `🗺️ ${selection}`,
    everything: 'Tous les lauréats',
    summary: (projects: number, countries: number) =>
      `${projects === 1 ? '1 projet' : `${projects} projets`} avec des partenaires dans ${countries === 1 ? '1 pays' : `${countries} pays`} :`,
    alt: (countries: string) => `Carte du monde des pays partenaires : ${countries}`,
    nothing: 'Aucun projet ne correspond à cette sélection : rien à cartographier.',
    busy: 'Beaucoup d’images sont en cours de dessin : réessayez dans un instant.',
    failed: 'L’image n’a pas pu être dessinée cette fois ; la réponse est en mots seulement.',
    chartTitle: 'Les lauréats en chiffres',
    chartSubtitle: (projects: number, calls: string) =>
      `${projects === 1 ? '1 projet' : `${projects} projets`} · ${calls}`,
    chartAlt: 'Diagrammes en barres des projets par région française et par pays partenaire',
    others: (count: number) => `${count} autres`,
  },
  notices: {
    noResult: (query) => `Aucun projet ne correspond à « ${query} ».`,
    noCountryProjects: (country) => `Aucun projet n’a encore de partenaire dans ce pays : ${country}.`,
    noRegionProjects: (region) => `Aucun projet de la région ${region} dans ces appels.`,
    unknownCountry: (query) => `Je ne connais pas de pays nommé « ${query} ».`,
    unknownRegion: (query) => `Je ne connais pas de région française nommée « ${query} ».`,
    unknownAuthority: (query) => `Aucune collectivité nommée « ${query} » parmi les lauréats.`,
    unknownProject: (id) => `Aucun projet n’a l’identifiant « ${id} ». Tapez un nom et choisissez une suggestion.`,
    didYouMean: (names) => `Vouliez-vous dire : ${names} ?`,
    tryHelp: 'Essayez `/laureats aide` pour des exemples.',
    empty: 'Le jeu de données est vide.',
  },
  ask: {
    worldRegion: 'région du monde',
    title: (question) => `❓ ${question}`,
    understood: (parts) => `Compris : ${parts}`,
    what: {
      projects: 'projets',
      count: {
        projects: 'nombre de projets',
        countries: 'nombre de pays partenaires',
        regions: 'nombre de régions françaises',
        authorities: 'nombre de collectivités chefs de file',
        partners: 'nombre de collectivités partenaires',
      },
      which: {
        regions: 'quelles régions françaises',
        departements: 'quels départements des chefs de file',
        countries: 'quels pays partenaires',
        authorities: 'quelles collectivités chefs de file',
        partners: 'quelles collectivités partenaires',
        themes: 'quels thèmes',
      },
      yesno: 'oui ou non',
      call: 'l’appel',
      map: 'carte',
    },
    theme: (label) => `thème ${label}`,
    words: (words) => `mots « ${words} »`,
    except: (label) => `sauf ${label}`,
    quantity: {
      atLeast: (count, noun) => `au moins ${count} ${noun}`,
      exactly: (count, noun) => `exactement ${count} ${noun}`,
    },
    nouns: {
      projects: (count) => (count === 1 ? 'projet' : 'projets'),
      countries: (count) => (count === 1 ? 'pays partenaire' : 'pays partenaires'),
      regions: (count) => (count === 1 ? 'région française' : 'régions françaises'),
      departements: (count) => (count === 1 ? 'département' : 'départements'),
      authorities: (count) => (count === 1 ? 'collectivité chef de file' : 'collectivités chefs de file'),
      partners: (count) => (count === 1 ? 'collectivité partenaire' : 'collectivités partenaires'),
      themes: (count) => (count === 1 ? 'thème' : 'thèmes'),
    },
    projectsIn: (where) => `Projets ${where}`,
    projectsOf: (labels) => `Projets · ${labels}`,
    corrected: (typed, read) => `« ${typed} » lu « ${read} »`,
    counted: {
      projects: (count) => (count === 1 ? '**1 projet**' : `**${count} projets**`),
      countries: (count) => (count === 1 ? '**1 pays partenaire**' : `**${count} pays partenaires**`),
      regions: (count) => (count === 1 ? '**1 région française**' : `**${count} régions françaises**`),
      departements: (count) => (count === 1 ? '**1 département**' : `**${count} départements**`),
      authorities: (count) =>
        count === 1 ? '**1 collectivité chef de file**' : `**${count} collectivités chefs de file**`,
      partners: (count) => (count === 1 ? '**1 collectivité partenaire**' : `**${count} collectivités partenaires**`),
      themes: (count) => (count === 1 ? '**1 thème**' : `**${count} thèmes**`),
    },
    inPlace: (counted, where) => `${counted} ${where}.`,
    countedFor: (counted, about) => `${counted} : ${about}.`,
    inAll: (counted) => `${counted} en tout.`,
    values: (counted, values) => (values === '' ? `${counted}.` : `${counted} : ${values}.`),
    withoutProjects: (counted, values) =>
      values === '' ? `${counted} sans projet.` : `${counted} sans projet : ${values}.`,
    moreValues: (count) => `et ${count} autres`,
    and: ' et ',
    yes: '**Oui.**',
    /** Le oui à une question négative (« la Normandie ne travaille-t-elle pas avec… ? ») : si. */
    yesToNegative: '**Si.**',
    no: '**Non.**',
    worksWith: (subject, others, plural) => `${subject} ${plural ? 'coopèrent' : 'coopère'} avec ${others}`,
    topicIn: (subject, others) => `${subject} : ${others}`,
    hasNone: (subject) => `${subject} : aucun projet`,
    evidenceJoin: ' ; ',
    nothing: (about) => `Aucun projet ne correspond à : ${about}.`,
    compared: (about, counted) => `${about} : ${counted}`,
    most: (things) => `le plus de ${things}`,
    fewest: (things) => `le moins de ${things}`,
    outnumber: {
      more: (things, what, count) => `plus de ${things} ${que(what)} (${count})`,
      fewer: (things, what, count) => `moins de ${things} ${que(what)} (${count})`,
      same: (things, what, count) => `autant de ${things} ${que(what)} (${count})`,
    },
    share: (selected, of, about) => `**${selected} ${selected === 1 ? 'projet' : 'projets'} sur ${of}** : ${about}.`,
    only: 'Seulement',
    noneOf: (of, about) => `**Aucun ${of === 1 ? 'de ses projets (1)' : `de ses ${of} projets`}** : ${about}.`,
    nearby: (where, count) => `Au plus près, ailleurs ${where} : ${count}.`,
    looser: (dropped, count) => `En lisant plus largement, sans ${dropped} : ${count}.`,
    nothingClose: 'Rien d’approchant non plus.',
    franceSide:
      'Toutes les collectivités chefs de file sont françaises : la France est le côté français de chaque projet, pas un pays partenaire.',
    notRanked: 'La liste publiée ne classe pas les projets : voici tous ceux que la question retient.',
    notUnderstood: 'Je n’ai pas compris la question. Vous pouvez demander par exemple :',
    examples: [
      '« Quels projets en Afrique ? »',
      '« Combien de projets en Nouvelle-Aquitaine ? »',
      '« La Normandie travaille-t-elle avec le Mali ? »',
    ],
    plainResults: 'Résultats les plus proches d’une recherche simple :',
  },
  errors: {
    title: '⚠️ Désolé',
    missingOption: (option) => `L’option « ${option} » est obligatoire.`,
    emptyOption: (option) => `L’option « ${option} » ne peut pas être vide.`,
    tooLong: (option, max) => `L’option « ${option} » est trop longue (${max} caractères au plus).`,
    invalidOption: (option) => `L’option « ${option} » a une valeur que je ne peux pas utiliser.`,
    unknownCommand: 'Je ne connais pas cette commande. Le bot a peut-être été mis à jour : essayez `/laureats aide`.',
    expiredComponent: 'Ce bouton ou ce menu n’est plus valable. Relancez la commande.',
    internal: 'Une erreur s’est produite de mon côté. Elle a été enregistrée ; réessayez.',
  },
  messages: {
    menuName: 'Trouver des lauréats',
    emptyQuestion: {
      title: '👋 Posez-moi une question sur les lauréats',
      intro: 'Mentionnez-moi avec une question, ou écrivez-moi en message privé. Par exemple :',
      examples: [
        'quels projets au Bénin ?',
        'quelles régions françaises travaillent avec le Cameroun ?',
        'projets eau potable en Afrique',
      ],
    },
    noTextInTarget:
      'Ce message n’a pas de texte que je puisse lire comme une question : choisissez-en un avec des mots.',
    tooLong: (max) =>
      `Cette question est trop longue pour moi (${max} caractères au plus) : pouvez-vous la raccourcir ?`,
    cooldown:
      'Un instant s’il vous plaît : je réponds à chacun une fois toutes les quelques secondes. Redemandez-moi dans un moment.',
  },
  choices: {
    projects: (count) => (count === 1 ? '1 projet' : `${count} projets`),
    lead: 'chef de file',
    partner: 'partenaire',
    kinds: { authority: 'collectivité', country: 'pays', region: 'région', theme: 'thème', project: 'projet' },
  },
};

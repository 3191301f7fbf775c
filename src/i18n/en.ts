/** English: the reference catalogue. Every other locale must provide exactly these keys (see ./index.ts). */
export const en = {
  command: {
    name: 'laureates',
    description: 'Laureates of France’s calls for projects in decentralised cooperation',
  },
  subcommands: {
    ask: {
      name: 'ask',
      description: 'Ask a question in your own words, in English or French',
      options: {
        question: { name: 'question', description: 'e.g. “which French regions work with Cameroon?”' },
      },
    },
    search: {
      name: 'search',
      description: 'Search everything: authorities, partners, countries, regions, titles, themes',
      options: { query: { name: 'query', description: 'What to look for, e.g. “water”, “Dijon”, “Benin”' } },
    },
    authority: {
      name: 'authority',
      description: 'The projects of a local authority, French or partner abroad',
      options: {
        name: { name: 'name', description: 'Name of the authority, e.g. “Bordeaux Métropole”' },
        side: { name: 'side', description: 'French lead authority, partner abroad, or either' },
      },
    },
    country: {
      name: 'country',
      description: 'Exactly the projects with a partner in a country',
      options: { name: { name: 'name', description: 'Country, in English or French, or its ISO code' } },
    },
    keyword: {
      name: 'keyword',
      description: 'Projects whose title or themes match some words',
      options: { words: { name: 'words', description: 'Words from a title or a theme, e.g. “health”, “climat”' } },
    },
    region: {
      name: 'region',
      description: 'Exactly the projects of a French region',
      options: { name: { name: 'name', description: 'The French region of the lead authority' } },
    },
    project: {
      name: 'project',
      description: 'One project’s card',
      options: {
        id: { name: 'id', description: 'The project (start typing to pick one)' },
        share: { name: 'share', description: 'Post the card in the channel for everyone' },
      },
    },
    stats: { name: 'stats', description: 'Counts of projects, authorities, countries and regions' },
    map: {
      name: 'map',
      description: 'A world map of the partner countries, by number of projects',
      options: {
        region: { name: 'region', description: 'Only the projects of this French region' },
        theme: { name: 'theme', description: 'Only the projects on this theme' },
      },
    },
    random: { name: 'random', description: 'A project picked at random' },
    help: { name: 'help', description: 'What this bot does and how to use it' },
  },
  sideChoices: { any: 'Either', french: 'French lead authority', partner: 'Partner abroad' },

  list: {
    searchTitle: (query: string) => `🔎 “${query}”`,
    keywordTitle: (words: string) => `🏷️ “${words}”`,
    worldRegionNote: (region: string) =>
      `${region} is no country: the projects with a partner in one of its countries.`,
    authorityTitle: (name: string) => `🏛️ ${name}`,
    /** Words as the person typed them, in this language's quotation marks. */
    typed: (words: string) => `“${words}”`,
    count: (count: number) => (count === 1 ? '1 project' : `${count} projects`),
    page: (page: number, pages: number) => `Page ${page}/${pages}`,
    previous: 'Previous page',
    next: 'Next page',
    openPlaceholder: 'Open a project’s card…',
    readAs: (corrections: string) => `Read ${corrections}.`,
    correction: (typed: string, read: string) => `“${typed}” as **${read}**`,
    onOtherSide: (name: string, where: string, count: number) =>
      `${name} is ${where}; shown: ${count === 1 ? 'its project' : `its ${count} projects`}.`,
    isLead: 'a French lead authority',
    isPartner: 'a partner abroad',
    bestGuess: (typed: string, found: string) => `No exact match for “${typed}”: showing **${found}**.`,
    alsoMatching: (names: string) => `Also matching: ${names}.`,
  },
  csv: {
    button: 'CSV',
    ready: (count: number) =>
      `${count === 1 ? 'The project' : `All ${count} projects`} of this list, as a spreadsheet (CSV, UTF-8).`,
    description: (count: number) => (count === 1 ? 'The project, one row' : `${count} projects, one row each`),
    columns: {
      region: 'French region',
      lead: 'French lead authority',
      leadKind: 'Kind of lead authority',
      departement: 'Département of the lead',
      partners: 'Partner authorities',
      countries: 'Partner countries',
      title: 'Title (as published)',
      titleEn: 'English title (translation)',
      themes: 'Themes',
      call: 'Call for projects',
      id: 'Id',
    },
  },
  card: {
    lead: 'French lead authority',
    region: 'Region',
    partners: 'Partner authorities',
    themes: 'Themes',
    call: 'Call for projects',
    announced: (date: string, place: string) => `announced on ${date} in ${place}`,
    publishedBy: (publisher: string) => `published by ${publisher}`,
    publishedTitle: 'Published title:',
    scope:
      'Published: who, with whom, where, the French title and the call; themes and English titles added by hand. Not published: amounts, project dates, contacts, descriptions.',
    share: 'Share in channel',
    shared: 'Shared in channel',
    alreadyShared: 'This card is already shared in the channel.',
    shareTooSoon: (seconds: number) =>
      `You have just shared a card: wait ${seconds} seconds before sharing another, so the channel stays readable.`,
    sharedBy: (name: string) => `Shared by ${name}`,
  },
  stats: {
    title: '📊 Laureates in numbers',
    projects: 'Projects',
    leadAuthorities: 'French lead authorities',
    partnerCountries: 'Partner countries',
    regions: 'French regions',
    perRegion: 'Projects per region',
    perCountry: 'Projects per partner country',
    calls: (names: string) => `Calls: ${names}`,
  },
  help: {
    title: 'ℹ️ Laureates bot — help',
    intro:
      'Who cooperates with whom, on what, where: the laureates of France’s calls for projects in support of decentralised cooperation. Typos, missing accents and English or French names all work. Lists are only shown to you; a card can be shared in the channel.',
    examples: {
      ask: '`/laureates ask question:which regions work with Cameroon?` — ask in your own words',
      search: '`/laureates search query:water` — everything about water',
      authority: '`/laureates authority name:Bordeaux` — a French authority or a partner abroad',
      country: '`/laureates country name:Benin` — every project with a partner in Benin',
      keyword: '`/laureates keyword words:health` — titles and themes only',
      region: '`/laureates region name:Normandie` — the projects of a French region',
      project: '`/laureates project id:…` — one card; `share:True` posts it in the channel',
      stats: '`/laureates stats` — counts per region and per country',
      map: '`/laureates map region:Normandie` — where a region’s partners are, on a world map',
      random: '`/laureates random` — discover a project',
      help: '`/laureates help` — this message',
    },
    footer: 'Data: published list of laureates, as announced.',
    data: {
      title: '📚 What the data holds',
      source: (call: string, publisher: string, date: string, place: string) =>
        `**${call}**: the list published by ${publisher}, announced on ${date} in ${place}.`,
      holds:
        'For each project: who leads it (a French local authority), with whom (partner authorities abroad), where (French region, countries), its title and its call. Themes and English titles are added by hand.',
      lacks:
        'Not in the list: amounts and funding, project dates, contacts, descriptions, results. Ask the authorities for those.',
    },
  },
  map: {
    title: 'Partner countries of the laureate projects',
    titleFor: (selection: string) => `Partner countries · ${selection}`,
    subtitle: (projects: number, countries: number, calls: string) =>
      `${projects === 1 ? '1 project' : `${projects} projects`} · ${countries === 1 ? '1 partner country' : `${countries} partner countries`} · ${calls}`,
    legend: 'Number of projects',
    france: 'France (Paris)',
    attribution: 'Map data: Natural Earth via world-atlas',
    embedTitle: (selection: string) => `🗺️ ${selection}`,
    everything: 'All laureates',
    summary: (projects: number, countries: number) =>
      `${projects === 1 ? '1 project' : `${projects} projects`} with partners in ${countries === 1 ? '1 country' : `${countries} countries`}:`,
    alt: (countries: string) => `World map of the partner countries: ${countries}`,
    nothing: 'No project matches this selection: there is nothing to map.',
    busy: 'Many pictures are being drawn right now: please try again in a moment.',
    failed: 'The picture could not be drawn this time; the answer is in words only.',
    chartTitle: 'Laureates in numbers',
    chartSubtitle: (projects: number, calls: string) =>
      `${projects === 1 ? '1 project' : `${projects} projects`} · ${calls}`,
    chartAlt: 'Bar charts of the projects per French region and per partner country',
    others: (count: number) => `${count} others`,
  },
  notices: {
    noResult: (query: string) => `No project matches “${query}”.`,
    noCountryProjects: (country: string) => `No project has a partner in ${country} yet.`,
    noRegionProjects: (region: string) => `No project from ${region} in these calls.`,
    unknownCountry: (query: string) => `I don’t know a country called “${query}”.`,
    unknownRegion: (query: string) => `I don’t know a French region called “${query}”.`,
    unknownAuthority: (query: string) => `No authority called “${query}” in the laureates.`,
    unknownProject: (id: string) => `No project has the id “${id}”. Start typing a name and pick a suggestion.`,
    didYouMean: (names: string) => `Did you mean: ${names}?`,
    tryHelp: 'Try `/laureates help` for examples.',
    empty: 'The dataset is empty.',
  },
  ask: {
    worldRegion: 'world region',
    title: (question: string) => `❓ ${question}`,
    understood: (parts: string) => `Understood: ${parts}`,
    what: {
      projects: 'projects',
      count: {
        projects: 'number of projects',
        countries: 'number of partner countries',
        regions: 'number of French regions',
        authorities: 'number of lead authorities',
        partners: 'number of partner authorities',
      },
      which: {
        regions: 'which French regions',
        departements: 'which départements of the leads',
        countries: 'which partner countries',
        authorities: 'which lead authorities',
        partners: 'which partner authorities',
        themes: 'which themes',
      },
      yesno: 'yes or no',
      /** Which of two places has more (fewer) projects. */
      either: 'which of the two',
      /** After the places of a which question asked with "only": those with partners there and nowhere else. */
      only: 'there only',
      /** After the values of a which question asked of each ("both Africa and Asia"). */
      each: 'in each',
      /** A yes/no question asked of every value of a kind. */
      allOf: {
        regions: 'yes or no, of every French region',
        departements: 'yes or no, of every département',
        countries: 'yes or no, of every partner country',
        authorities: 'yes or no, of every lead authority',
        partners: 'yes or no, of every partner authority',
        themes: 'yes or no, of every theme',
      },
      call: 'the call',
      map: 'map',
    },
    theme: (label: string) => `theme ${label}`,
    words: (words: string) => `words “${words}”`,
    except: (label: string) => `except ${label}`,
    quantity: {
      atLeast: (count: number, noun: string) => `at least ${count} ${noun}`,
      exactly: (count: number, noun: string) => `exactly ${count} ${noun}`,
      atMost: (count: number, noun: string) => `at most ${count} ${noun}`,
      between: (min: number, max: number, noun: string) => `between ${min} and ${max} ${noun}`,
    },
    /** What a quantity counts, for `count` of it. */
    nouns: {
      projects: (count: number): string => (count === 1 ? 'project' : 'projects'),
      countries: (count: number): string => (count === 1 ? 'partner country' : 'partner countries'),
      regions: (count: number): string => (count === 1 ? 'French region' : 'French regions'),
      departements: (count: number): string => (count === 1 ? 'département' : 'départements'),
      authorities: (count: number): string => (count === 1 ? 'lead authority' : 'lead authorities'),
      partners: (count: number): string => (count === 1 ? 'partner authority' : 'partner authorities'),
      themes: (count: number): string => (count === 1 ? 'theme' : 'themes'),
    },
    projectsIn: (where: string) => `Projects ${where}`,
    projectsOf: (labels: string) => `Projects · ${labels}`,
    corrected: (typed: string, read: string) => `“${typed}” read as “${read}”`,
    counted: {
      projects: (count: number) => (count === 1 ? '**1 project**' : `**${count} projects**`),
      countries: (count: number) => (count === 1 ? '**1 partner country**' : `**${count} partner countries**`),
      regions: (count: number) => (count === 1 ? '**1 French region**' : `**${count} French regions**`),
      departements: (count: number) => (count === 1 ? '**1 département**' : `**${count} départements**`),
      authorities: (count: number) => (count === 1 ? '**1 lead authority**' : `**${count} lead authorities**`),
      partners: (count: number) => (count === 1 ? '**1 partner authority**' : `**${count} partner authorities**`),
      themes: (count: number) => (count === 1 ? '**1 theme**' : `**${count} themes**`),
    },
    /** `where`: "in Africa", "in the Sahel" (see ./places.ts). */
    inPlace: (counted: string, where: string) => `${counted} ${where}.`,
    countedFor: (counted: string, about: string) => `${counted}: ${about}.`,
    inAll: (counted: string) => `${counted} in all.`,
    /** Counted of kinds of authority only ("how many municipalities?"). */
    ofKind: (counted: string, kinds: string) => `${counted} (${kinds}).`,
    ledBy: (counted: string, kinds: string) => `${counted} led by: ${kinds}.`,
    values: (counted: string, values: string) => (values === '' ? `${counted}.` : `${counted}: ${values}.`),
    withoutProjects: (counted: string, values: string) =>
      values === '' ? `${counted} without a project.` : `${counted} without a project: ${values}.`,
    moreValues: (count: number) => `and ${count} more`,
    /** After the values with the most (or fewest) projects, when there are several. */
    tied: 'A tie.',
    tiedAt: (measure: string) => `A tie, at ${measure} each.`,
    and: ' and ',
    yes: '**Yes.**',
    /** A yes to a question asked in the negative ("doesn't Normandy work with…"). */
    yesToNegative: '**Yes.**',
    no: '**No.**',
    worksWith: (subject: string, others: string, plural: boolean) =>
      `${subject} ${plural ? 'work' : 'works'} with ${others}`,
    topicIn: (subject: string, others: string) => `${subject}: ${others}`,
    hasNone: (subject: string) => `${subject}: no project`,
    evidenceJoin: '; ',
    nothing: (about: string) => `No project matches: ${about}.`,
    /** One side of a comparison: what it selects, and its number of projects (see `counted`). */
    compared: (about: string, counted: string) => `${about}: ${counted}`,
    /** In the understood line: the value asked whether it is the only one. */
    alone: (named: string) => `only ${named}`,
    /** In the understood line: only the values with the most, or the fewest, projects (or partner countries…). */
    most: (things: string) => `most ${things}`,
    fewest: (things: string) => `fewest ${things}`,
    /** In the understood line: the first few of the ranking ("top 3 regions", "the most common themes"). */
    top: (count: number) => `top ${count}`,
    /** In the understood line: only the values with more (fewer, as many) projects than what it names has. */
    outnumber: {
      more: (things: string, what: string, count: number) => `more ${things} than ${what} (${count})`,
      fewer: (things: string, what: string, count: number) => `fewer ${things} than ${what} (${count})`,
      same: (things: string, what: string, count: number) => `as many ${things} as ${what} (${count})`,
      atLeast: (things: string, what: string, count: number) => `at least as many ${things} as ${what} (${count})`,
      atMost: (things: string, what: string, count: number) => `no more ${things} than ${what} (${count})`,
      other: (things: string, what: string, count: number) => `not as many ${things} as ${what} (${count})`,
    },
    /** Asked of every value of a kind: how many do (see `counted`), of how many, and which. */
    ofAll: (counted: string, of: number, values: string) =>
      values === '' ? `${counted} of ${of}.` : `${counted} of ${of}: ${values}.`,
    /** …when all but a few do: which do not (`noun`: what they are, as `counted` names it, for French agreement). */
    allBut: (_noun: string, counted: string, of: number, lacking: string) => `${counted} of ${of}, all but ${lacking}.`,
    /** Asked of all or most projects: how many of them match ("Only" before it when too few). */
    share: (selected: number, of: number, about: string) => `**${selected} of the ${of} projects**: ${about}.`,
    only: 'Only',
    /** Asked of all projects, and none of them matches. */
    noneOf: (of: number, about: string) =>
      `**${of === 1 ? 'Not its one project' : `None of the ${of} projects`}**: ${about}.`,
    nearby: (where: string, count: string) => `Closest, elsewhere ${where}: ${count}.`,
    looser: (dropped: string, count: string) => `A looser reading, without ${dropped}: ${count}.`,
    nothingClose: 'Nothing close either.',
    franceSide: 'Every lead authority is French: France is the French side of every project, not a partner country.',
    otherYears: (years: readonly string[], calls: readonly string[]) =>
      `The list only holds the laureates of ${calls.join(' and ')}: nothing about ${years.join(' or ')}.`,
    notRanked: 'The published list ranks no project: here are all those the question selects.',
    notUnderstood: 'I didn’t understand that question. You can ask, for example:',
    examples: [
      '“Which projects in Africa?”',
      '“How many projects in Nouvelle-Aquitaine?”',
      '“Does Normandy work with Mali?”',
    ],
    plainResults: 'Closest results of a plain search:',
  },
  errors: {
    title: '⚠️ Sorry',
    missingOption: (option: string) => `The option “${option}” is required.`,
    emptyOption: (option: string) => `The option “${option}” can’t be empty.`,
    tooLong: (option: string, max: number) => `The option “${option}” is too long (at most ${max} characters).`,
    invalidOption: (option: string) => `The option “${option}” has a value I can’t use.`,
    unknownCommand: 'I don’t know this command. The bot may have been updated: try `/laureates help`.',
    expiredComponent: 'This button or menu is no longer valid. Run the command again.',
    internal: 'Something went wrong on my side. It has been logged; please try again.',
  },
  messages: {
    menuName: 'Find laureates',
    emptyQuestion: {
      title: '👋 Ask me about the laureates',
      intro: 'Mention me with a question, or write to me in a direct message. For example:',
      /** The same help asked for with the ask command, which is already the way to ask. */
      commandIntro: 'Ask in your own words, in French or English. For example:',
      examples: ['which projects in Benin?', 'which French regions work with Cameroon?', 'water projects in Africa'],
    },
    noTextInTarget: 'That message has no text I can read as a question: pick one with words in it.',
    tooLong: (max: number) => `That question is too long for me (at most ${max} characters): could you shorten it?`,
    cooldown: 'One moment please: I answer each person once every few seconds. Ask me again shortly.',
  },
  choices: {
    projects: (count: number) => (count === 1 ? '1 project' : `${count} projects`),
    lead: 'French lead',
    partner: 'partner',
    kinds: { authority: 'authority', country: 'country', region: 'region', theme: 'theme', project: 'project' },
  },
};

/** The shape every locale's catalogue must have: same keys, same parameters. */
export type Catalogue = typeof en;

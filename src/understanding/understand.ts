import type { Language } from '../domain/countries.ts';
import { departementByCode } from '../domain/departements.ts';
import type { LeadKindId } from '../domain/leadKinds.ts';
import { isCommonWord } from './commonWords.ts';
import { typoBudget } from '../text/vocabulary.ts';
import { staticLexicon, type Meaning, type PhraseLookup } from './lexicon.ts';
import {
  askedSide,
  emptyFilters,
  FILTER_SIDES,
  FILTER_GROUPS,
  filterSides,
  hasFilters,
  unionOfFilters,
  type CountOf,
  type Filters,
  type Query,
  type WhichOf,
} from './query.ts';
import { asksAboutTheCall, isCallWord } from './callQuestion.ts';
import { countedAfter, countedNounAt, NAMING_ARTICLES, numberOf, quantityIn } from './quantity.ts';
import { stemKeys } from './stems.ts';
import {
  comparedAt,
  compared,
  comparisonAt,
  deniedAt,
  everySubject,
  everyValueSubject,
  onlyAt,
  onlySubject,
  rankedValue,
  saysMoreOrFewer,
  WHICH_OF_NAMED,
  whichOfTheNamed,
} from './subjects.ts';
import {
  joinsWithAnd,
  LED,
  sizedUp,
  topAsked,
  MORE_THAN_HALF,
  partnersKind,
  saysEach,
  saysFewest,
  saysMost,
  unpublishedTokens,
  whatIsAsked,
} from './asked.ts';
import { negatedStarts } from './negation.ts';
import { firstWord } from './yesNo.ts';
import { tokenise, type Token } from './tokens.ts';
import { askedYears } from './years.ts';
import {
  ALL_WORDS,
  MOST_WORDS,
  CALL_NOUNS,
  COUNT_MARKERS,
  DOMAIN,
  ENGLISH_ONLY,
  FILLERS,
  FREQUENCY_WORDS,
  FRENCH_ONLY,
  HELP_WORDS,
  MAP_WORDS,
  NEGATION_PAIRS,
  NOT_AFTER_CODE,
  ONLY_WORDS,
  NEGATIONS,
  POLITENESS,
  TARGET_NOUNS,
  RANKING,
  SUBJECT_WORDS,
  TAKING_PART,
  UNPUBLISHED,
  VERBS,
  WHICH_MARKERS,
  YES_NO_OPENERS,
  type Target,
} from './words.ts';

export interface Understanding {
  /**
   * The dataset's authorities by name, for questions that name one: by the content words of a name or an alias, or by
   * its place alone ("Douala" for "Communauté Urbaine de Douala") when that leaves out words of what it is.
   */
  authorities: PhraseLookup;
  /** Whether the dataset uses a word: such a word is never "corrected" into a place or a theme. */
  isDataWord: (word: string) => boolean;
  /** The language when the question gives no clue (the reader's locale). */
  fallbackLanguage: Language;
  /** The years of the data's calls: a question about another year is told the list has nothing of it. */
  callYears: ReadonlySet<number>;
}

/** Typos are only looked for in words this long: shorter ones are too often a different word. */
const MIN_TYPO_LENGTH = 4;
/** The opening words say how a question asks ("can you show me…", "is there…"): a compacted question keeps them. */
const KEPT_OPENING = 3;
const DEPARTEMENT_WORDS = new Set(['departement', 'department', 'dept', 'dep', 'dpt']);
const DEPARTEMENT_NUMBER = /^(?:\d{1,2}|2[ab]|97[1-6])$/;
/** What "où est Vichy ?", "where is Vichy located?" say besides the name. */
const WHERE_IS = new Set(['ou', 'where', 'est', 'c', 'trouve', 'trouvent']);

/**
 * Fewer typos than the search allows: a question's words are read for meaning, and a real word two letters away from
 * a known one ("weather", "water") is more often that word than a typo.
 */
const typosAllowed = (length: number) => Math.min(typoBudget(length), length >= 8 ? 2 : 1);

/**
 * Whether a word read as `read` makes a place's name with the words beside it, as typed: "ivory cost" is Ivory Coast,
 * though "cost" is an everyday word.
 */
function completesPlace(content: readonly Token[], at: number, read: string): boolean {
  const { places } = staticLexicon();
  const words = content.map((token, index) => (index === at ? { ...token, word: read } : token));
  for (let start = Math.max(0, at - 2); start <= at; start++) {
    for (let end = Math.max(at + 1, start + 2); end <= Math.min(words.length, start + 3); end++) {
      if (places.meaningOf(words.slice(start, end))) return true;
    }
  }
  return false;
}

function correctTypos(tokens: Token[], understanding: Understanding): Query['corrections'] {
  const { vocabulary, known } = staticLexicon();
  const corrections: Query['corrections'] = [];
  const content = tokens.filter((token) => !FILLERS.has(token.word));
  content.forEach((token, at) => {
    const { word } = token;
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word) || known.has(word) || understanding.isDataWord(word)) return;
    const close = vocabulary.within(word, typosAllowed(word.length)).sort((a, b) => a.distance - b.distance)[0];
    const read = close && vocabulary.term(close.index);
    // An everyday word is what was meant, however close to a data word ("main" is not "Maine", "code" not "Côte";
    // "coûte" not "comté"), unless it completes a place's name with its neighbours.
    const everyday = UNPUBLISHED.has(word) || RANKING.has(word) || isCommonWord(word);
    if (!read || (everyday && !completesPlace(content, at, read))) return;
    corrections.push({ typed: word, read });
    token.word = read;
  });
  return corrections;
}

/**
 * The words of a question that are not everyday French or English, as typed: what a plain search may still find when
 * the question is not understood ("il pleut" is no search for Île-de-France).
 */
export function uncommonWords(text: string): string {
  return tokenise(text)
    .tokens.filter((token) => !isCommonWord(token.word))
    .map((token) => token.typed)
    .join(' ');
}

/** Whether a text only asks for help or greets ("aide", "hello !", "help me please"): it asks how to ask. */
export function asksForHelp(text: string): boolean {
  const { tokens } = tokenise(text);
  // "hi, how are you?" greets too.
  const greeting = (word: string) =>
    HELP_WORDS.has(word) || POLITENESS.has(word) || FILLERS.has(word) || word === 'how' || word === 'comment';
  return tokens.some((token) => HELP_WORDS.has(token.word)) && tokens.every((token) => greeting(token.word));
}

/** The language a question is written in, French or English, or `fallback` when it gives no clue. */
export function questionLanguage(text: string, fallback: Language): Language {
  return languageOf(text, tokenise(text).tokens, fallback);
}

function languageOf(text: string, tokens: readonly Token[], fallback: Language): Language {
  let french = /[àâçéèêëîïôûùœ]/i.test(text) ? 1 : 0;
  let english = 0;
  for (const { word } of tokens) {
    if (FRENCH_ONLY.has(word)) french++;
    if (ENGLISH_ONLY.has(word)) english++;
  }
  if (french === english) return fallback;
  return french > english ? 'fr' : 'en';
}

/** A phrase and what it means; a word alone and meaning nothing known is a free word. */
interface Match {
  meaning?: Meaning;
  tokens: Token[];
}

/** Reads the content words left to right, each time the longest phrase any table knows. */
function matchPhrases(
  tokens: readonly Token[],
  authorities: PhraseLookup,
  departementCodes: ReadonlyMap<Token, string>,
  unpublished: ReadonlySet<Token>,
): Match[] {
  const { places, themes } = staticLexicon();
  const longest = Math.max(places.longest, authorities.longest);
  const matches: Match[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at] as Token;
    const code = departementCodes.get(token);
    let found: Match | undefined = code ? { meaning: { type: 'departement', code }, tokens: [token] } : undefined;
    for (let length = Math.min(longest, tokens.length - at); length >= 1 && !found; length--) {
      const slice = tokens.slice(at, at + length);
      const meaning = places.meaningOf(slice) ?? authorities.meaningOf(slice);
      if (meaning) found = { meaning, tokens: slice };
      // "qui finance", "budget": alone, a word asking for what is not published is no theme ("finances publiques" is).
      else if (length > 1 || !(unpublished.has(token) || TAKING_PART.has(token.word))) {
        const themeId = stemKeys(slice.map((token) => token.word))
          .map((key) => themes.get(key))
          .find((id) => id !== undefined);
        if (themeId) found = { meaning: { type: 'theme', id: themeId }, tokens: slice };
      }
    }
    const match = found ?? { tokens: [token] };
    matches.push(match);
    at += match.tokens.length;
  }
  return matches;
}

/**
 * "au moins un", "at least one": where these words are; a project has its place, theme or partner at least once, so
 * they filter nothing ("at least one project in Europe and at least one in Africa" asks for both).
 */
function atLeastOneWords(words: readonly string[]): Set<number> {
  const at = new Set<number>();
  words.forEach((word, index) => {
    const next = words[index + 1];
    const atLeast = (word === 'au' && next === 'moins') || (word === 'at' && next === 'least');
    if (atLeast && ['un', 'une', 'one'].includes(words[index + 2] ?? ''))
      at.add(index)
        .add(index + 1)
        .add(index + 2);
  });
  return at;
}

/** Words before a number that make it a département's: "département 40", "dept 2A", "dans le 33", "du 69". */
const BEFORE_DEPARTEMENT = new Set([...DEPARTEMENT_WORDS, 'le', 'du']);
/** "les 3 projets", "the 5 countries": a number that only says how many, which no project's text holds. */
const countsNoun = (tokens: readonly Token[], at: number) => {
  const word = tokens[at]?.word ?? '';
  if (!/^\d+$/.test(word) && numberOf(word) === undefined) return false;
  // "les 16 lauréats", "les 5 meilleurs projets", "top 3 des projets".
  const next = tokens[at + 1]?.word ?? '';
  const isNoun = (word: string) => word in TARGET_NOUNS || SUBJECT_WORDS.has(word);
  if (isNoun(next) || RANKING.has(next) || RANKING.has(tokens[at - 1]?.word ?? '')) return true;
  // "the two Cameroon projects": the noun past a name, after "the".
  return (
    NAMING_ARTICLES.has(tokens[at - 1]?.word ?? '') && tokens.slice(at + 2, at + 4).some((token) => isNoun(token.word))
  );
};

/**
 * The numbers of a question that are département codes: after the word département ("dept 2A"), or after "le",
 * "du", "in the" as people say it ("projets dans le 33", "du 69"), but not before a month, a noun counted or an amount. A year
 * ("2021") or a count ("3 projets") is no code: four digits, or nothing before it that says so.
 */
function departementNumbers(tokens: readonly Token[]): Map<Token, string> {
  const codes = new Map<Token, string>();
  tokens.forEach((token, at) => {
    const before = tokens[at - 1]?.word ?? '';
    // "projects in the 33", "from the 69": English says it with "the", after "in" or "from" ("the 5 biggest" is none).
    const english = before === 'the' && ['in', 'from'].includes(tokens[at - 2]?.word ?? '');
    if (!DEPARTEMENT_NUMBER.test(token.word) || !(BEFORE_DEPARTEMENT.has(before) || english)) return;
    const after = tokens[at + 1]?.word ?? '';
    if (!DEPARTEMENT_WORDS.has(before) && (NOT_AFTER_CODE.has(after) || after in TARGET_NOUNS)) return;
    const departement = departementByCode(token.word.toUpperCase().padStart(2, '0'));
    if (departement) codes.set(token, departement.code);
  });
  return codes;
}

/** The country of every lead authority (the calls are France's): the French side, never a partner country. */
const FRANCE = 'FR';

const NAMING: readonly Meaning['type'][] = ['authority', 'region', 'departement', 'country'];

/** "compared to", "par rapport à", "versus": two values weighed. */
const COMPARED = new Set(['compared', 'comparee', 'compare', 'comparees', 'compares', 'rapport', 'versus', 'vs']);
/** The kinds two values of which can be weighed against each other. */
const NAMED_TWO: readonly (keyof Filters)[] = ['regions', 'departements', 'countries', 'worldRegions', 'themes'];

/**
 * The two values of one kind the question names, weighed against each other by their projects (Query.compare,
 * `either`): their projects listed under the sentence weighing them, no yes or no to it. False when it names not two.
 */
function weighTwo(query: Query, kind: keyof Filters, sense: 'more' | 'fewer'): boolean {
  const [first, second, ...more] = query.filters[kind] as unknown[];
  if (first === undefined || second === undefined || more.length > 0) return false;
  const side = (value: unknown): Filters => ({ ...query.filters, [kind]: [value] });
  Object.assign(query, {
    ask: 'list',
    compare: { sense, of: 'projects', first: side(first), second: side(second), either: true },
  });
  delete query.extreme;
  delete query.countOf;
  return true;
}

/** "un projet", "a project", "any project": one of them. */
const A_PROJECT = new Set(['un', 'a', 'an', 'any']);

/** "porte", "led", "leads": said of the lead authority. */
const LEADING = new Set([...LED, 'portent', 'menent', 'lead', 'leads']);

/** "conseil régional", "departmental council": the institution itself, not a word for its territory. */
const INSTITUTION_WORDS = new Set(['conseil', 'council']);

/**
 * "la ville de Dijon", "la région Normandie", "the Ardèche département": a singular kind beside a name (or a word
 * that may be one) only introduces it. A council is kept: "le conseil régional Auvergne-Rhône-Alpes" is the Région
 * as an authority, the lead of its own projects, not every project of its territory — and so is a kind said to lead
 * ("combien de projets porte la Région AURA ?", "projects led by the Normandy Region").
 */
function dropDesignators(matches: Match[], tokens: readonly Token[], leads: boolean): Match[] {
  const names = (match: Match | undefined, orFreeWord: boolean) =>
    match !== undefined &&
    (match.meaning === undefined
      ? orFreeWord && match.tokens.length === 1 && isFreeWord(match.tokens[0] as Token)
      : NAMING.includes(match.meaning.type));
  // "une métropole en Normandie": a place after "en", "in" is where, not a name the kind introduces.
  const apart = (first: Match | undefined, second: Match | undefined) => {
    const from = tokens.indexOf(first?.tokens.at(-1) as Token);
    const to = tokens.indexOf(second?.tokens[0] as Token);
    return tokens.slice(from + 1, to).some((token) => WHERE_WORDS.has(token.word));
  };
  return matches.filter((match, index) => {
    if (match.meaning?.type !== 'kind' || !match.meaning.designator) return true;
    if (leads || match.tokens.some((token) => INSTITUTION_WORDS.has(token.word))) return true;
    const [before, after] = [matches[index - 1], matches[index + 1]];
    return !((names(after, true) && !apart(match, after)) || (names(before, false) && !apart(before, match)));
  });
}

/** Words that say where: what follows them is not a name a kind introduces. */
const WHERE_WORDS = new Set(['en', 'au', 'aux', 'dans', 'a', 'in', 'at', 'chez']);

/** A free word that still carries meaning: not a filler, greeting, question word or word of every question. */
function isFreeWord(token: Token): boolean {
  const { word } = token;
  if (token.allCaps && word.length > 1) return true;
  return !(
    FILLERS.has(word) ||
    POLITENESS.has(word) ||
    DOMAIN.has(word) ||
    VERBS.has(word) ||
    COUNT_MARKERS.has(word) ||
    WHICH_MARKERS.has(word) ||
    YES_NO_OPENERS.has(word) ||
    MAP_WORDS.has(word) ||
    word in TARGET_NOUNS ||
    DEPARTEMENT_WORDS.has(word) ||
    NEGATIONS.has(word) ||
    word in NEGATION_PAIRS ||
    ['how', 'qui', 'much', 'other'].includes(word)
  );
}

function addUnique<T>(values: T[], value: T): void {
  if (!values.includes(value)) values.push(value);
}

/**
 * The filters the matches name, and those they leave out: a negation leaves out the meaning right after it and the
 * ones of the same type that follow ("sauf le Mali et le Niger").
 */
function filtersOf(
  matches: readonly Match[],
  negated: ReadonlySet<Token>,
  unpublishedWords: ReadonlySet<Token>,
): { filters: Filters; excluded: Filters; words: string[]; unpublished: string[]; namesFrance: boolean } {
  const included = emptyFilters();
  const excluded = emptyFilters();
  const words: string[] = [];
  const unpublished: string[] = [];
  let namesFrance = false;
  let excluding: Meaning['type'] | undefined;
  for (const match of matches) {
    const { meaning } = match;
    const excludes = meaning !== undefined && (negated.has(match.tokens[0] as Token) || excluding === meaning.type);
    excluding = excludes ? meaning.type : undefined;
    const filters = excludes ? excluded : included;
    if (!meaning) {
      const [token] = match.tokens as [Token];
      if (unpublishedWords.has(token)) addUnique(unpublished, token.typed);
      else if (isFreeWord(token)) addUnique(words, token.word);
    } else if (meaning.type === 'region') addUnique(filters.regions, meaning.code);
    else if (meaning.type === 'regions') for (const code of meaning.codes) addUnique(filters.regions, code);
    else if (meaning.type === 'departement') addUnique(filters.departements, meaning.code);
    else if (meaning.type === 'worldRegion') addUnique(filters.worldRegions, meaning.id);
    else if (meaning.type === 'country' && meaning.code === FRANCE) namesFrance = true;
    else if (meaning.type === 'country') addUnique(filters.countries, meaning.code);
    else if (meaning.type === 'theme') addUnique(filters.themes, meaning.id);
    else if (meaning.type === 'kind') for (const kind of meaning.kinds) addUnique(filters.kinds, kind);
    else if (!filters.authorities.some((known) => known.name === meaning.name && known.side === meaning.side))
      filters.authorities.push({ name: meaning.name, side: meaning.side });
  }
  return { filters: included, excluded, words, unpublished, namesFrance };
}

const COUNT_OF: Partial<Record<Target | 'partners', CountOf>> = {
  projects: 'projects',
  countries: 'countries',
  regions: 'regions',
  authorities: 'authorities',
  partners: 'partners',
};
/**
 * "l'Occitanie est-elle la seule région à travailler avec le Burkina ?", "seule l'Occitanie…", "Cuba et l'Argentine
 * sont-ils les seuls pays d'Amérique ?": the values said to be the only ones — those of the kind named last before
 * "seule", or the first named after it when the question opens with it — as Query.alone, the others staying the
 * filters they are the only ones of, with the kinds of authority it names ("la seule commune").
 */
function theOnlyOne(
  query: Query,
  tokens: readonly Token[],
  matches: readonly Match[],
  asked: { soleAt: number; soleKinds?: readonly LeadKindId[] },
  filtersOfMatches: (chosen: readonly Match[]) => Filters,
): void {
  const named = matches.filter((match) => match.meaning);
  const at = (match: Match) => tokens.indexOf(match.tokens[0] as Token);
  const kindOf = (match: Match | undefined) => match?.meaning && FILTER_OF_MEANING[match.meaning.type];
  const before = named.filter((match) => at(match) < asked.soleAt);
  const last = before.at(-1) ?? named.find((match) => at(match) > asked.soleAt);
  const kind = kindOf(last);
  const which = kind && WHICH_OF_NAMED[kind];
  if (!last || !which) return;
  const subject = before.includes(last) ? before.filter((match) => kindOf(match) === kind) : [last];
  query.alone = { which, named: filtersOfMatches(subject) };
  query.filters = filtersOfMatches(named.filter((match) => !subject.includes(match)));
  if (asked.soleKinds) query.filters.kinds = [...asked.soleKinds];
  if (last.meaning?.type === 'authority' && last.meaning.side === 'partner') query.whichSide = 'partner';
}

/** The filter a phrase's meaning adds to (see filtersOf). */
const FILTER_OF_MEANING: Record<Meaning['type'], keyof Filters> = {
  region: 'regions',
  regions: 'regions',
  departement: 'departements',
  worldRegion: 'worldRegions',
  country: 'countries',
  kind: 'kinds',
  theme: 'themes',
  authority: 'authorities',
};

const WHICH_OF: Partial<Record<Target | 'partners', WhichOf>> = {
  countries: 'countries',
  regions: 'regions',
  departements: 'departements',
  authorities: 'authorities',
  partners: 'authorities',
  themes: 'themes',
};

/** The values a count question counts, as a which question would list them (partners are authorities). */
function valuesCounted(countOf: CountOf | undefined): WhichOf | undefined {
  if (countOf === undefined || countOf === 'projects') return undefined;
  return countOf === 'partners' ? 'authorities' : countOf;
}

/**
 * "Which countries does Normandy not work with?", "how many…": the question names its subject (Normandy), not what is
 * left out, so the filters on the other sides than the one asked for are what the answer leaves out, whole (see
 * `Query.refuses`).
 */
function leaveOutTheSubject(query: Query, which: WhichOf): void {
  const asked = askedSide(which, query.whichSide);
  const bySide = filterSides(query.filters);
  const subject = unionOfFilters(...FILTER_SIDES.filter((side) => side !== asked).map((side) => bySide[side]));
  // "quelles régions n'ont aucun projet ?", "which countries in Africa have no project?": no subject, so the values
  // asked for that have none at all.
  if (!hasFilters(subject)) {
    if (which !== 'authorities') query.withoutProjects = true;
    return;
  }
  query.filters = bySide[asked];
  query.excluded = unionOfFilters(query.excluded, subject);
  query.refuses = true;
}

/**
 * The question made short enough for a button to carry (`max` characters), meaning the same: words that carry no
 * meaning after the opening words are left out, then the end is cut at a word.
 */
export function compactQuestion(text: string, max: number): string {
  const chunks = text.split(/\s+/).filter(Boolean);
  if (chunks.join(' ').length <= max) return chunks.join(' ');
  const meaningless = (chunk: string) =>
    tokenise(chunk).tokens.every((token) => FILLERS.has(token.word) || POLITENESS.has(token.word)) &&
    !chunk.includes('-');
  const kept = chunks.filter((chunk, index) => index < KEPT_OPENING || !meaningless(chunk));
  let compact = '';
  for (const chunk of kept) {
    const longer = compact === '' ? chunk : `${compact} ${chunk}`;
    if (longer.length > max) break;
    compact = longer;
  }
  // One word longer than a button can carry: cut it, never inside a surrogate pair.
  return (
    compact ||
    text
      .trim()
      .slice(0, max)
      .replace(/[\uD800-\uDBFF]$/, '')
  );
}

/**
 * A question in French or English, read into a structured query: what is asked (a list, a count, which values, yes
 * or no), the filters it names, and the words it leaves. Pure and fast: no I/O, bounded work per word.
 */
export function understand(text: string, understanding: Understanding): Query {
  const { tokens, inverted } = tokenise(text);
  const corrections = correctTypos(tokens, understanding);
  const language = languageOf(text, tokens, understanding.fallbackLanguage);
  const unpublishedWords = unpublishedTokens(tokens);
  const years = askedYears(tokens, understanding.callYears, understanding.isDataWord);
  const asked = whatIsAsked(tokens, inverted, /\?\s*$/.test(text), unpublishedWords);
  const tokenWords = tokens.map((token) => token.word);
  const quantity = quantityIn(tokenWords);
  // "le thème le plus fréquent", "which region has the fewest projects?": how the values asked for rank.
  const ranking = (at: number) =>
    (asked.ask === 'which' && FREQUENCY_WORDS.has(tokens[at]?.word ?? '')) ||
    ((asked.ask === 'which' || asked.ask === 'yesno') && (saysFewest(tokens, at) || saysMost(tokens, at)));
  const than = asked.ask === 'yesno' || asked.ask === 'which' ? comparedAt(tokens) : undefined;
  const every =
    asked.ask === 'yesno' && asked.allAt === undefined && asked.soleAt === undefined ? everySubject(tokens) : undefined;
  const subject = every ?? (asked.ask === 'yesno' ? onlySubject(tokens) : undefined);
  const partnerKinds = partnersKind(tokens);
  const atLeastOne = atLeastOneWords(tokenWords);
  // "quel pays travaille avec le plus de régions françaises ?": regions counted, not the Régions as lead authorities.
  const countedNouns = new Set(
    [tokens.findIndex((_, at) => ranking(at)), than?.way ?? -1]
      .filter((way) => way >= 0)
      .map((way) => countedNounAt(tokenWords, way))
      .filter((at) => TARGET_NOUNS[tokenWords[at] ?? ''] !== undefined),
  );
  const content = tokens.filter(
    (token, at) =>
      !asked.consumed.has(at) &&
      !ranking(at) &&
      !MOST_WORDS.has(token.word) &&
      !partnerKinds.has(at) &&
      // "plus de la moitié", "more than half": most.
      !(MORE_THAN_HALF.has(token.word) && [2, 3].some((ahead) => MOST_WORDS.has(tokens[at + ahead]?.word ?? ''))) &&
      !(ALL_WORDS.has(token.word) && subject?.has(token)) &&
      // "au moins la moitié", "at least half": most.
      !(
        ['moins', 'least'].includes(token.word) &&
        [1, 2].some((ahead) => MOST_WORDS.has(tokens[at + ahead]?.word ?? ''))
      ) &&
      !ONLY_WORDS.has(token.word) &&
      at !== than?.at &&
      at !== than?.way &&
      // "au moins autant … que", "at least as many … as".
      !(than && ['moins', 'least'].includes(token.word) && at === than.way - 1) &&
      !quantity?.at.includes(at) &&
      !countedNouns.has(at) &&
      !atLeastOne.has(at) &&
      (token.allCaps || !FILLERS.has(token.word)) &&
      !RANKING.has(token.word) &&
      !sizedUp(tokens, at) &&
      !countsNoun(tokens, at) &&
      !saysEach(tokens, at),
  );
  const negated = negatedStarts(tokens, asked.ask === 'yesno');
  const matches = dropDesignators(
    matchPhrases(content, understanding.authorities, departementNumbers(tokens), unpublishedWords),
    tokens,
    tokens.some((token) => LEADING.has(token.word)),
  );
  const { filters, excluded, words, unpublished, namesFrance } = filtersOf(matches, negated.starts, unpublishedWords);
  const query: Query = {
    ask: asked.ask,
    filters,
    excluded,
    words,
    wantsMap: tokens.some((token) => MAP_WORDS.has(token.word)),
    language,
    recognised:
      namesFrance ||
      asked.ask !== 'list' ||
      asked.target !== undefined ||
      tokens.some((token) => SUBJECT_WORDS.has(token.word)) ||
      // "qui finance ?", "who pays?": asks for what the list does not hold, which is an answer too.
      unpublished.length > 0,
    namesFrance,
    ranked: tokens.some((token, at) => RANKING.has(token.word) && !sizedUp(tokens, at)),
    unpublished,
    corrections,
    ...(years && years.other.length > 0 ? { otherYears: years.other } : {}),
    ...(years?.none ? { otherYearsOnly: true } : {}),
  };
  // Years the data does not hold select nothing by their words: the note says what the list holds.
  if (years) {
    const yearWords = new Set(years.at.map((at) => (tokens[at] as Token).word));
    query.words = words.filter((word) => !yearWords.has(word));
  }
  if (asksAboutTheCall(tokens, asked, query)) {
    // The call's date and publisher are published: no note that dates are not, and no words to search for.
    Object.assign(query, { ask: 'call', words: [], unpublished: [], recognised: true });
    return query;
  }
  // "AAP Généraliste 2021 Cameroun": the call's own name selects nothing (every project is one of a call's).
  if (tokens.some((token) => CALL_NOUNS.has(token.word))) query.words = query.words.filter((word) => !isCallWord(word));
  // "deux projets en Normandie", "un seul projet sur la santé": each project is one, so a list is no quantity of them.
  if (quantity && !(quantity.quantity.of === 'projects' && query.ask === 'list')) query.perValue = quantity.quantity;
  // "is there a project with two partner countries?": of one project, not of all together.
  const aProject = tokenWords.some((word, at) => A_PROJECT.has(word) && SUBJECT_WORDS.has(tokenWords[at + 1] ?? ''));
  if (query.perValue && query.ask === 'yesno' && query.perValue.of !== 'projects' && aProject) query.ofAProject = true;
  if (negated.byVerb && hasFilters(excluded)) query.refuses = true;
  // "at least one in Europe and at least one in Africa": in each.
  const saidEach = tokens.some((_, at) => saysEach(tokens, at)) || atLeastOne.size >= 6;
  if ((asked.ask === 'yesno' && (saidEach || joinsWithAnd(tokens))) || (asked.ask !== 'yesno' && saidEach))
    query.each = true;
  if (negated.askedNegatively) query.askedNegatively = true;
  const fewestAt = tokens.findIndex((_, at) => saysFewest(tokens, at));
  const mostAt = tokens.findIndex((_, at) => saysMost(tokens, at));
  const extremeAt = fewestAt >= 0 ? fewestAt : mostAt;
  // "la Normandie a-t-elle le plus de projets ?", "is Benin the country with the most projects?": whether it ranks first.
  const ranked = asked.ask === 'yesno' && extremeAt >= 0 && !than ? rankedValue(query.filters) : undefined;
  if (ranked) Object.assign(query, ranked);
  // "top 5 des pays", "les 3 régions les plus actives", "the most common themes": the first few of the ranking.
  const top = asked.ask === 'which' ? topAsked(tokens, extremeAt) : undefined;
  if (top !== undefined) Object.assign(query, { top, extreme: 'most', ranked: false });
  if ((asked.ask === 'which' || ranked) && extremeAt >= 0) {
    query.extreme = extremeAt === fewestAt ? 'fewest' : 'most';
    // "le plus de pays", "the fewest partners": what is counted, when not projects.
    // …unless it says the size of what is asked: "the biggest region" is by its projects.
    const by = sizedUp(tokens, extremeAt) ? 'projects' : countedAfter(tokenWords, extremeAt);
    if (by !== 'projects') query.extremeBy = by;
  }
  if (than) {
    const which = query.ask === 'which';
    // A which-question's "pas" before the comparison denies it ("n'ont pas plus de projets que…"): it leaves nothing out.
    const denied = which && deniedAt(tokenWords, than.way);
    const side = (before: boolean) =>
      filtersOf(
        matches.filter((match) => tokens.indexOf(match.tokens[0] as Token) < than.at === before),
        denied ? new Set<Token>() : negated.starts,
        unpublishedWords,
      ).filters;
    const { first, second } = compared(side(true), side(false));
    const sense = comparisonAt(tokenWords, than.way, than.sense, which);
    const of = countedAfter(tokenWords, than.way);
    if (!which && sense) query.compare = { sense, of, first, second };
    // "quelles régions ont plus de projets que la Normandie ?": the values asked for, weighed against what is named.
    else if (which && sense && hasFilters(second))
      Object.assign(query, {
        filters: first,
        outnumber: { sense, of, than: second },
        ...(denied ? { excluded: emptyFilters() } : {}),
      });
  }
  if (subject) {
    const inSubject = (match: Match) => match.tokens.every((token) => subject.has(token));
    const ofSubject = filtersOf(matches.filter(inSubject), negated.starts, unpublishedWords);
    query.everyOf = ofSubject.filters;
    query.everyOfExcluded = ofSubject.excluded;
    // Read apart from the subject, what is said of it: "hors Afrique" in the subject does not carry over to "… sont-ils
    // en Europe ?". Where both name the same kind of thing, the question selects by what is said only ("tous les
    // projets en Afrique sont-ils en Afrique centrale ?": joined, Africa or Central Africa was all Africa).
    const said = filtersOf(
      matches.filter((match) => !inSubject(match)),
      negated.starts,
      unpublishedWords,
    );
    const filters = unionOfFilters(ofSubject.filters, said.filters);
    for (const group of FILTER_GROUPS) {
      const namedBoth = (read: Filters) => group.some((kind) => read[kind].length > 0);
      if (!namedBoth(ofSubject.filters) || !namedBoth(said.filters)) continue;
      for (const kind of group) Object.assign(filters, { [kind]: said.filters[kind] });
    }
    query.filters = filters;
    query.excluded = unionOfFilters(ofSubject.excluded, said.excluded);
    if (tokens.some((token) => subject.has(token) && MOST_WORDS.has(token.word))) query.mostly = true;
    if (!every) query.only = true;
  }
  const target = asked.target;
  if (asked.ask === 'count' && target) {
    const countOf = COUNT_OF[target];
    if (countOf) query.countOf = countOf;
    else {
      query.ask = 'which';
      query.which = WHICH_OF[target];
    }
  }
  if (query.ask === 'which' && target) query.which ??= WHICH_OF[target];
  // "où est Vichy ?", "where is Le Lamentin?": a French authority is in a French region, not in its partner's country.
  // Only when nothing else is said: "où travaille Vichy ?", "où sont les partenaires (les projets) de Vichy ?" ask
  // where it works, with its partners.
  const { authorities: named } = query.filters;
  const onlyFrenchNamed =
    named.length > 0 &&
    named.every((authority) => authority.side === 'french') &&
    !hasFilters({ ...query.filters, authorities: [] });
  const namingTokens = new Set(matches.flatMap((match) => (match.meaning ? match.tokens : [])));
  const onlyWhereIs = tokens.every(
    (token) => namingTokens.has(token) || FILLERS.has(token.word) || WHERE_IS.has(token.word),
  );
  if (asked.where && onlyFrenchNamed && onlyWhereIs) query.which = 'regions';
  // "quelles régions travaillent seulement en Afrique ?": those whose every partner is there.
  const { countries, worldRegions } = query.filters;
  if (query.ask === 'which' && countries.length + worldRegions.length > 0 && onlyAt(tokens) >= 0) query.only = true;
  const of = target && WHICH_OF[target];
  if (asked.allAt !== undefined && of) {
    const among = everyValueSubject(tokens, asked.allAt);
    const ofSubject = matches.filter((match) => match.tokens.every((token) => among.has(token)));
    query.allOf = { of, among: filtersOf(ofSubject, negated.starts, unpublishedWords).filters };
  }
  if (target === 'partners') query.whichSide = 'partner';
  // "Lao Cai travaille avec qui ?", "Douala travaille avec quelle ville française ?": a partner's partners are the
  // French leads (of the kind said), when no French place or lead is named.
  const { authorities } = query.filters;
  const partnerNamed = authorities.length > 0 && authorities.every((authority) => authority.side === 'partner');
  const frenchNamed = hasFilters({ ...filterSides(query.filters).french, kinds: [] });
  if (query.whichSide === 'partner' && partnerNamed && !frenchNamed) query.whichSide = 'french';
  // "qui a le plus de projets, la Normandie ou l'Occitanie ?": which of the values named, whatever "qui" asks alone.
  // "more projects in Benin or Togo?": a list asked only by its opening comparison, either way too.
  const opensWithSense = asked.ask === 'list' && saysMoreOrFewer(tokenWords[firstWord(tokens)] ?? '');
  const eitherWay = (asked.ask === 'yesno' && asked.allAt === undefined) || opensWithSense;
  const ofTheNamed =
    asked.ask === 'which' || asked.ask === 'list' || (asked.ask === 'yesno' && !than && !ranked && eitherWay)
      ? whichOfTheNamed(
          tokens,
          query.filters,
          quantity?.at ?? [],
          matches.flatMap((match) =>
            match.meaning
              ? [{ at: tokens.indexOf(match.tokens[0] as Token), kind: FILTER_OF_MEANING[match.meaning.type] }]
              : [],
          ),
          eitherWay,
        )
      : undefined;
  // "which region has more projects, Normandy or Occitanie?": its noun may say what is named; another asks otherwise.
  const nounAgrees =
    target === undefined || target === 'authorities' || target === 'projects' || WHICH_OF[target] === ofTheNamed?.which;
  if (ofTheNamed?.which && nounAgrees) {
    Object.assign(query, { ask: 'which', which: ofTheNamed.which, extreme: ofTheNamed.extreme });
    query.words = query.words.filter((word) => word !== ofTheNamed.way);
  } else if (ofTheNamed && !ofTheNamed.which) {
    // Two world regions: weighed against each other, the answer naming the one with more (fewer) projects.
    if (weighTwo(query, 'worldRegions', ofTheNamed.extreme === 'most' ? 'more' : 'fewer'))
      query.words = query.words.filter((word) => word !== ofTheNamed.way);
  } else if (asked.ask === 'count' && tokenWords.some((word) => COMPARED.has(word))) {
    // "how many projects does Occitanie have compared to Grand Est?": both numbers, side by side.
    const kind = NAMED_TWO.find((each) => query.filters[each].length === 2);
    if (kind && weighTwo(query, kind, 'more')) query.words = query.words.filter((word) => !COMPARED.has(word));
  }
  if (asked.soleAt !== undefined)
    theOnlyOne(
      query,
      tokens,
      matches,
      { ...asked, soleAt: asked.soleAt },
      (chosen) => filtersOf(chosen, negated.starts, unpublishedWords).filters,
    );
  const valuesAsked = query.which ?? valuesCounted(query.countOf);
  if (query.outnumber) delete query.refuses;
  else if (negated.dangling && valuesAsked) leaveOutTheSubject(query, valuesAsked);
  else if (negated.byVerb && valuesAsked) placeTheValues(query, valuesAsked);
  return query;
}

/**
 * "how many countries have no project in West Africa?", "quels pays n'ont pas de projet en Afrique de l'Ouest ?": a
 * place on the side of the values asked for, after what they do not have, says where the values are, not what is left
 * out: the values there that have no project.
 */
function placeTheValues(query: Query, which: WhichOf): void {
  if (which === 'authorities' || hasFilters(query.filters)) return;
  const asked = askedSide(which, query.whichSide);
  const bySide = filterSides(query.excluded);
  if (FILTER_SIDES.some((side) => hasFilters(bySide[side]) !== (side === asked))) return;
  Object.assign(query, { filters: bySide[asked], excluded: emptyFilters(), withoutProjects: true });
  delete query.refuses;
}

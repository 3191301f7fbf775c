import { DOMAIN, FILLERS, FREQUENCY_WORDS, PARTNER_NOUNS, TARGET_NOUNS, type Target } from './words.ts';

/**
 * How many of something each value asked for (or each project listed) must have: "quelles régions travaillent avec
 * plusieurs pays ?", "which authorities lead more than one project?", "n'ont qu'un projet", "two countries".
 */
export interface Quantity {
  of: Target | 'partners';
  min: number;
  /** Infinity: no most. */
  max: number;
  /** A number left out of the range ("pas autant de projets que l'Île-de-France": any number but its). */
  except?: number;
}

/** Keyed by words people type: no prototype ("constructor" is no number). */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
});
/** With their usual misspellings: a question word is never corrected against the data's vocabulary. */
const SEVERAL = new Set([
  ...['plusieurs', 'plusieur', 'plusieures', 'pluseurs', 'plussieurs'],
  ...['several', 'sevral', 'severals', 'multiple', 'multiples'],
]);
/** "les 3 projets", "the 5 countries": a number that names what it counts, no quantity asked for. */
export const NAMING_ARTICLES = new Set(['les', 'the', 'ces', 'these', 'those', 'des']);

/** A small number, in digits or in words ("deux", "two"). */
export function numberOf(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

const numberAt = (words: readonly string[], at: number) => numberOf(words[at] ?? '');

const TIMES = new Set(['fois', 'times']);
/** "once", "twice": one project, two (keyed by words people type: no prototype, as NUMBER_WORDS). */
const ONCE: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  once: 1,
  twice: 2,
});

/** The noun counted at `at`, and what it counts. */
function nounAt(words: readonly string[], at: number): Quantity['of'] | undefined {
  const word = words[at] ?? '';
  // "partner countries": countries; "partenaires", "partner authorities": partners.
  if (PARTNER_NOUNS.has(word)) return TARGET_NOUNS[words[at + 1] ?? ''] === 'countries' ? 'countries' : 'partners';
  // "deux fois", "more than 2 times": so many projects; "collectivités partenaires": the partners.
  const target = TIMES.has(word) ? 'projects' : TARGET_NOUNS[word];
  if (target === 'authorities' && PARTNER_NOUNS.has(words[at + 1] ?? '')) return 'partners';
  return target && word !== 'qui' && word !== 'who' ? target : undefined;
}

/** What a comparison counts: the noun after its word ("plus de pays", "more partners", "as many projects"); projects by default. */
export function countedAfter(words: readonly string[], way: number): Quantity['of'] {
  return nounAt(words, countedNounAt(words, way)) ?? 'projects';
}

/** Where the noun a comparison or superlative counts would be: "le plus de [régions]", "more [partners]". */
export function countedNounAt(words: readonly string[], way: number): number {
  let at = way + 1;
  while (['de', 'd', 'many'].includes(words[at] ?? '')) at++;
  return nounPast(words, at);
}

/**
 * Where the noun is, at `at` or past one word before it: "French regions", "African countries" (not "the most common
 * theme", which is the theme asked for, ranked).
 */
function nounPast(words: readonly string[], at: number): number {
  const isNoun = (word: string) => word in TARGET_NOUNS || PARTNER_NOUNS.has(word);
  const word = words[at] ?? '';
  return !isNoun(word) && !FILLERS.has(word) && !FREQUENCY_WORDS.has(word) && isNoun(words[at + 1] ?? '') ? at + 1 : at;
}

/** The quantity a question asks for and the positions of its words, if it asks for one. */
export function quantityIn(words: readonly string[]): { quantity: Quantity; at: number[] } | undefined {
  for (let at = 0; at < words.length; at++) {
    const found = quantityAt(words, at);
    if (found) return found;
  }
  return undefined;
}

function quantityAt(words: readonly string[], at: number): { quantity: Quantity; at: number[] } | undefined {
  const word = words[at] ?? '';
  const next = words[at + 1] ?? '';
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const asked = (adjective: number, min: number, max: number, from = at) => {
    const noun = nounPast(words, adjective);
    const of = nounAt(words, noun);
    // The word before the noun stays to be read: "several African countries" are in Africa.
    const at = noun === adjective ? span(from, noun) : [...span(from, adjective - 1), noun];
    return of ? { quantity: { of, min, max }, at } : undefined;
  };
  // "plusieurs pays", "several projects".
  if (SEVERAL.has(word)) return asked(at + 1, 2, Infinity);
  // "which themes appear only once?", "more than once" (below, as "plus d'une fois").
  const times = ONCE[word];
  if (times !== undefined && !['than', 'least'].includes(words[at - 1] ?? ''))
    return { quantity: { of: 'projects', min: times, max: times }, at: [at] };
  // "plus d'un projet", "plus de 2 pays", "more than one project".
  if ((word === 'plus' && (next === 'd' || next === 'de')) || (word === 'more' && next === 'than')) {
    // "more than once": than one project.
    const timesMore = ONCE[words[at + 2] ?? ''];
    if (timesMore !== undefined)
      return { quantity: { of: 'projects', min: timesMore + 1, max: Infinity }, at: span(at, at + 2) };
    const count = numberAt(words, at + 2);
    return count === undefined ? undefined : asked(at + 3, count + 1, Infinity);
  }
  // "moins de 2 projets", "fewer than 2 countries", "less than 3 projects".
  if ((word === 'moins' && next === 'de') || ((word === 'fewer' || word === 'less') && next === 'than')) {
    const count = numberAt(words, at + 2);
    return count === undefined || count < 2 ? undefined : asked(at + 3, 1, count - 1);
  }
  // "exactement 2 projets", "exactly one partner".
  if (word === 'exactement' || word === 'exactly') {
    const count = numberAt(words, at + 1);
    return count === undefined ? undefined : asked(at + 2, count, count);
  }
  // "au moins deux projets", "at least 2 countries".
  if ((word === 'au' && next === 'moins') || (word === 'at' && next === 'least')) {
    const count = numberAt(words, at + 2);
    return count === undefined ? undefined : asked(at + 3, count, Infinity);
  }
  // "au plus deux projets", "at most 2 countries", "no more than one project": one at least (a value with none is
  // not among those the projects give).
  if ((word === 'au' && next === 'plus') || (word === 'at' && next === 'most') || (word === 'no' && next === 'more')) {
    const numberFrom = word === 'no' ? at + 3 : at + 2;
    if (word === 'no' && words[at + 2] !== 'than') return undefined;
    const count = numberAt(words, numberFrom);
    return count === undefined || count < 1 ? undefined : asked(numberFrom + 1, 1, count);
  }
  // "un seul projet", "une seule région", "only one project", "a single country", "just one partner", "qu'un projet".
  if (['seul', 'seule', 'single'].includes(next) && ['un', 'une', 'a'].includes(word)) return asked(at + 2, 1, 1);
  if (['only', 'just'].includes(word) && next === 'one') return asked(at + 2, 1, 1);
  if (word === 'qu' && (next === 'un' || next === 'une')) return asked(at + 2, 1, 1);
  // "portent deux projets", "with 2 countries or more"; not "top 5 projects", "covid 19 projects", "les 3 projets".
  const count = numberAt(words, at);
  const before = words[at - 1] ?? '';
  if (count === undefined || count < 2 || NAMING_ARTICLES.has(before) || !(FILLERS.has(before) || DOMAIN.has(before)))
    return undefined;
  const orMore = ['ou', 'or'].includes(words[at + 2] ?? '') && ['plus', 'more'].includes(words[at + 3] ?? '');
  const found = asked(at + 1, count, orMore ? Infinity : count);
  return found && orMore ? { ...found, at: span(at, at + 3) } : found;
}

import type { Token } from './tokens.ts';

/** A year a call could be of ("2022" in "les lauréats 2022"). */
const YEAR = /^(?:19|20)\d\d$/;
const SINCE = new Set(['depuis', 'since', 'apres', 'after', 'from']);
const BEFORE = new Set(['avant', 'before', 'until', 'till', 'jusqu', 'jusque']);
const BETWEEN = new Set(['entre', 'between']);

export interface AskedYears {
  /** Positions of the years the data does not hold as words, and of "avant", "since"… before a year: they select
   * nothing by their words. */
  at: number[];
  /** The years asked about that no call is of, as typed ("2022"; the bound of "avant 2020" when nothing is left). */
  other: string[];
  /** Whether the years asked about leave out every call of the data ("les lauréats 2022", "après 2022"). */
  none: boolean;
}

/**
 * The years a question names, against the years of the data's calls: "2022", "depuis 2019", "avant 2022", "entre
 * 2019 et 2021". A year the data holds as a word (a title's "1996", the ids' "2021") is left to the word search.
 */
export function askedYears(
  tokens: readonly Token[],
  callYears: ReadonlySet<number>,
  isDataWord: (word: string) => boolean,
): AskedYears | undefined {
  const years = tokens.flatMap((token, at) => (YEAR.test(token.word) ? [at] : []));
  const at = years.filter((position) => !isDataWord((tokens[position] as Token).word));
  if (at.length === 0) return undefined;
  const yearOf = (position: number) => Number((tokens[position] as Token).word);
  const before = (position: number) => tokens[position - 1]?.word ?? '';
  // What each year asks of a call's year: to be it, to come after it, before it, or between it and the next one.
  const asks = years.map((position): ((year: number) => boolean) => {
    const year = yearOf(position);
    if (SINCE.has(before(position))) return (call) => call >= year;
    if (BEFORE.has(before(position))) return (call) => call < year;
    const until = years.find((next) => next > position);
    if (BETWEEN.has(before(position)) && until !== undefined) return (call) => call >= year && call <= yearOf(until);
    return (call) => call === year;
  });
  const none = ![...callYears].some((call) => asks.some((asked) => asked(call)));
  const bound = (position: number) => SINCE.has(before(position)) || BEFORE.has(before(position));
  const exact = at.filter((position) => !bound(position) && !BETWEEN.has(before(position)));
  const ranges = years.filter((position) => bound(position)).map((position) => position - 1);
  return {
    at: [...at, ...ranges],
    other: (exact.length > 0 || !none ? exact : at).map((position) => (tokens[position] as Token).word),
    none,
  };
}

import { numberOf } from './quantity.ts';
import { emptyFilters, FILTER_GROUPS, unionOfFilters, type Comparison, type Filters, type WhichOf } from './query.ts';
import type { Token } from './tokens.ts';
import {
  AFTER_NE_QUE,
  ALL_WORDS,
  MOST_WORDS,
  ONLY_WORDS,
  PREDICATE_PREPOSITIONS,
  SUBJECT_VERBS,
  SUBJECT_WORDS,
  WORKING_VERBS,
} from './words.ts';

/**
 * Questions about how much of a subject: all of its projects ("tous les projets … ?"), most of them, only ("ne … que"),
 * or more or fewer than another ("plus de projets en Europe qu'en Afrique ?"). Which tokens say so; understand.ts reads
 * their filters.
 */

/**
 * "tous les projets (de la Normandie) sont-ils en Afrique ?", "are all (the) (AURA) projects (of Normandy) in
 * Africa?", "la majorité des projets…", "most of the projects…", "les projets de la Normandie sont-ils tous en Afrique
 * ?": the tokens of the subject whose projects the question asks about; none when it is not asked of all or most.
 */
export function everySubject(tokens: readonly Token[]): Set<Token> | undefined {
  const words = tokens.map((token) => token.word);
  const at = words.findIndex((word) => ALL_WORDS.has(word) || MOST_WORDS.has(word));
  if (at < 0) return undefined;
  // The projects named after it, within a few words ("all the culture projects", "most of NA's projects")…
  for (let noun = at + 1; noun < Math.min(words.length, at + 5); noun++) {
    if (isVerbAt(words, noun)) break;
    if (SUBJECT_WORDS.has(words[noun] ?? '')) return new Set(tokens.slice(at, predicateAt(words, noun)));
  }
  // …or before it: "les projets de la Normandie sont-ils tous…", "are the NA projects all in Europe?".
  return words.slice(0, at).some((word) => SUBJECT_WORDS.has(word)) ? new Set(tokens.slice(0, at)) : undefined;
}

/**
 * "toutes les villes de Normandie travaillent-elles avec l'Afrique ?": the tokens saying which values a question asked
 * of every value of a kind (Query.allOf) is asked of, from "all" (at `all`) to its verb.
 */
export function everyValueSubject(tokens: readonly Token[], all: number): Set<Token> {
  return new Set(
    tokens.slice(
      all,
      predicateAt(
        tokens.map((token) => token.word),
        all,
      ),
    ),
  );
}

/** A verb after a subject; "est" only before its pronoun ("est-elle", not "Grand Est"). */
const isVerbAt = (words: readonly string[], at: number) =>
  SUBJECT_VERBS.has(words[at] ?? '') ||
  (words[at] === 'est' && ['il', 'elle', 't', 'ce'].includes(words[at + 1] ?? ''));

/** Where what is said of the subject named at `noun` starts: its verb, else the last preposition after it. */
function predicateAt(words: readonly string[], noun: number): number {
  let preposition = -1;
  for (let at = noun + 1; at < words.length; at++) {
    if (isVerbAt(words, at)) return at;
    if (PREDICATE_PREPOSITIONS.has(words[at] ?? '')) preposition = at;
  }
  return preposition >= 0 ? preposition : words.length;
}

const SOLE_WORDS = new Set(['seul', 'seule', 'seuls', 'seules', 'only', 'sole']);

/**
 * "l'Occitanie est-elle la seule région… ?", "seule l'Occitanie travaille avec le Burkina ?", "is Occitanie the only
 * region…?": where the word saying that a value is the only one is (after an article, or first), or -1; "does Normandy
 * only work with Africa?" says something else (see onlySubject).
 */
export function soleAt(tokens: readonly Token[], first: number): number {
  return tokens.findIndex(
    (token, at) => SOLE_WORDS.has(token.word) && (at === first || ARTICLES.has(tokens[at - 1]?.word ?? '')),
  );
}

/** Where a question says "only" ("seulement", "ne … qu'avec", "exclusively"), or -1. */
export function onlyAt(tokens: readonly Token[]): number {
  const words = tokens.map((token) => token.word);
  const neAt = words.findIndex((word) => word === 'ne' || word === 'n');
  return words.findIndex(
    (word, index) =>
      ONLY_WORDS.has(word) ||
      // "ne travaille qu'avec", and without its "ne" as people say it ("travaille-t-elle qu'avec l'Afrique ?").
      (['que', 'qu'].includes(word) &&
        (word === 'qu' || (neAt >= 0 && index > neAt)) &&
        AFTER_NE_QUE.has(words[index + 1] ?? '')),
  );
}

/**
 * "la Normandie ne travaille-t-elle qu'avec l'Afrique ?", "does Normandy only work with Africa?", "… work with Africa
 * only?": asked of every project of what comes before "only" (or "ne … que") and the verb; undefined when the question
 * does not say "only".
 */
export function onlySubject(tokens: readonly Token[]): Set<Token> | undefined {
  const words = tokens.map((token) => token.word);
  const neAt = words.findIndex((word) => word === 'ne' || word === 'n');
  const at = onlyAt(tokens);
  if (at < 0) return undefined;
  // Past an auxiliary opening the question ("are Normandy's projects only…", "is AURA working only…").
  const verb = words.findIndex((word, index) => index > 0 && (WORKING_VERBS.has(word) || SUBJECT_VERBS.has(word)));
  const end = Math.min(at, ...[neAt, verb].filter((index) => index >= 0));
  return new Set(tokens.slice(0, end));
}

/** Which way a comparison goes: more, fewer, or as many ("autant … que", "as many … as"). */
export type Sense = 'more' | 'fewer' | 'same';

/**
 * "plus de projets en Europe qu'en Afrique", "more projects than", "moins … que", "fewer … than", "autant … que", "as
 * many … as": where "que", "than" or "as" is, where the word saying which way the comparison goes is, and which way;
 * undefined when it compares nothing.
 */
export function comparedAt(tokens: readonly Token[]): { at: number; way: number; sense: Sense } | undefined {
  const words = tokens.map((token) => token.word);
  const asMany = (index: number) => words[index] === 'many' && words[index - 1] === 'as';
  // "au moins autant", "at least as many": the way is "autant", "as many".
  const atLeast = (index: number) => AT_LEAST.has(`${words[index - 1]} ${words[index]}`);
  const way = words.findIndex((word, index) => (word in SENSES && !atLeast(index)) || asMany(index));
  if (way < 0) return undefined;
  const than = asMany(way) ? new Set(['as']) : THAN;
  const at = words.findIndex((word, index) => index > way && than.has(word));
  // "more than 2 projects", "plus que 3 projets": a quantity, not a comparison.
  // ("bigger than Normandy" compares: it says no number.)
  const sized = ['bigger', 'larger', 'smaller'].includes(words[way] ?? '');
  if (at < 0 || (at === way + 1 && !sized) || numberOf(words[at + 1] ?? '') !== undefined) return undefined;
  return { at, way, sense: asMany(way) ? 'same' : (SENSES[words[way] as string] as Sense) };
}

const SENSES: Record<string, Sense> = Object.assign(Object.create(null) as Record<string, Sense>, {
  plus: 'more',
  davantage: 'more',
  more: 'more',
  most: 'more',
  moins: 'fewer',
  fewer: 'fewer',
  fewest: 'fewer',
  less: 'fewer',
  least: 'fewer',
  autant: 'same',
  // By their projects, as "the biggest region" (see sizedUp).
  bigger: 'more',
  larger: 'more',
  smaller: 'fewer',
});
const THAN = new Set(['que', 'qu', 'than']);
/** "plus", "more", "moins", "fewer": a word saying which way two numbers compare. */
export const saysMoreOrFewer = (word: string) => word in SENSES && SENSES[word] !== 'same';
const AT_LEAST = new Set(['au moins', 'at least']);
/** Before the way of a comparison, within a few words: it is denied ("n'ont pas plus de projets que…", "no more"). */
const DENYING = new Set(['pas', 'not', 'no', 'jamais', 'never']);

/** Whether a comparison is denied: "pas", "not", "no" within the three words before its way. */
export const deniedAt = (words: readonly string[], way: number) =>
  words.slice(Math.max(0, way - 3), way).some((word) => DENYING.has(word));

/**
 * How a comparison goes once "au moins autant", "at least as many" is read, and, in a which-question (`denials`), a
 * denial ("n'ont pas plus de…", "no more … than", "pas autant"; a yes/no question's own "not" asks the same); undefined
 * for "at least" denied, which nobody says.
 */
export function comparisonAt(
  words: readonly string[],
  way: number,
  sense: Sense,
  denials: boolean,
): Comparison | undefined {
  const before = words.slice(Math.max(0, way - 3), way);
  const atLeast = before.length >= 2 && AT_LEAST.has(before.slice(-2).join(' '));
  const denied = denials && deniedAt(words, way);
  if (atLeast && sense === 'same') return denied ? undefined : 'atLeast';
  if (!denied) return sense;
  return sense === 'more' ? 'atMost' : sense === 'fewer' ? 'atLeast' : 'other';
}

/**
 * The two selections a comparison weighs: the kinds named on both sides of "que"/"than" are compared, the others
 * apply to both ("plus de projets d'eau en Afrique qu'en Asie"); with no kind on both sides, one side against the other.
 */
export function compared(before: Filters, after: Filters): { first: Filters; second: Filters } {
  const first = emptyFilters();
  const second = emptyFilters();
  const named = (filters: Filters, group: readonly (keyof Filters)[]) => group.some((kind) => filters[kind].length > 0);
  const bothSides = FILTER_GROUPS.filter((group) => named(before, group) && named(after, group));
  if (bothSides.length === 0) return { first: before, second: after };
  const union = unionOfFilters(before, after);
  for (const group of FILTER_GROUPS) {
    const common = !bothSides.includes(group);
    for (const kind of group) {
      Object.assign(first, { [kind]: common ? union[kind] : before[kind] });
      Object.assign(second, { [kind]: common ? union[kind] : after[kind] });
    }
  }
  return { first, second };
}

/**
 * Before a value named, what makes it a complement ("qui a le plus de projets au Bénin ou au Togo ?" asks who works
 * there most), not one of those asked about.
 */
const COMPLEMENT_PREPOSITIONS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'chez',
  'dans',
  'en',
  'pour',
  'sur',
  'vers',
  'for',
  'in',
  'on',
  'to',
  'with',
]);
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

/** The question words that ask which of the values named, with no noun of their own. */
const WHICH_OF_THEM = new Set(['qui', 'who', 'which', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
/** What named values of one kind are, asked which of them. */
export const WHICH_OF_NAMED: Partial<Record<keyof Filters, WhichOf>> = {
  regions: 'regions',
  departements: 'departements',
  countries: 'countries',
  themes: 'themes',
  authorities: 'authorities',
};
const NAMED_KINDS = Object.keys(WHICH_OF_NAMED) as (keyof Filters)[];

/**
 * "qui a le plus de projets, la Normandie ou l'Occitanie ?", "which has more projects, Mali or Senegal?", "laquelle a
 * le moins de projets…": of two or more values of one kind the question names, the one with the most (or fewest)
 * projects — which of them, whatever the question word would ask alone ("qui": authorities), and the word saying
 * which way (no word to search for). Undefined otherwise.
 */
export function whichOfTheNamed(
  tokens: readonly Token[],
  filters: Filters,
  /** Where a quantity was read ("plus de 2 projets"): no way of its own. */
  quantityAt: readonly number[],
  /** Where each value named begins, and what kind of value it is. */
  named: readonly { at: number; kind: keyof Filters | undefined }[],
  /**
   * A yes/no question: "y a-t-il plus de projets au Bénin ou au Togo ?", "does Mali or Senegal have more projects?"
   * asks which of them, with no question word, and has no subject of its own for the places to be the complement of:
   * it takes the values named either way ("ou", "or").
   */
  yesNo = false,
): { which?: WhichOf; kind: keyof Filters; extreme: 'most' | 'fewest'; way: string } | undefined {
  const words = tokens.map((token) => token.word);
  // World regions have no "which" of their own: the caller weighs the two ("plus de projets en Europe ou en Asie ?").
  const [kind, ...others] = [...NAMED_KINDS, 'worldRegions' as const].filter((each) => filters[each].length >= 2);
  if (kind === undefined || others.length > 0) return undefined;
  // Where the values asked about are: other values named ("… en Afrique, AURA ou l'Île-de-France ?") say where.
  const namedAt = named.filter((value) => value.kind === kind).map((value) => value.at);
  if (yesNo ? !eitherNamed(words, namedAt) : !words.some((word) => WHICH_OF_THEM.has(word))) return undefined;
  // "plus de projets", "the most projects", "fewer": which way; "plus … que" is a comparison of its own.
  const way = words.findIndex((word, at) => word in SENSES && SENSES[word] !== 'same' && !quantityAt.includes(at));
  if (way < 0 || words.some((word) => THAN.has(word))) return undefined;
  const before = (at: number) => words.slice(0, at).findLast((word) => !ARTICLES.has(word)) ?? '';
  if (!yesNo && namedAt.some((at) => COMPLEMENT_PREPOSITIONS.has(before(at)))) return undefined;
  const word = words[way] as string;
  const which = WHICH_OF_NAMED[kind];
  return { ...(which ? { which } : {}), kind, extreme: SENSES[word] === 'more' ? 'most' : 'fewest', way: word };
}

/** Whether "ou" or "or" stands between two values named. */
function eitherNamed(words: readonly string[], namedAt: readonly number[]): boolean {
  const first = Math.min(...namedAt);
  const last = Math.max(...namedAt);
  return words.some((word, at) => (word === 'ou' || word === 'or') && at > first && at < last);
}

/**
 * "la Normandie a-t-elle le plus de projets ?", "does AURA have the most projects?": the one value a yes/no question
 * ranks, as `which` and the filters naming it (`ranks`), and the others, which select what it is ranked in ("… en
 * Afrique ?"); undefined unless it names one value of one kind.
 */
export function rankedValue(filters: Filters): { which: WhichOf; ranks: Filters; filters: Filters } | undefined {
  const kinds = NAMED_KINDS.filter((kind) => filters[kind].length > 0);
  const [kind] = kinds;
  if (kinds.length !== 1 || kind === undefined || filters[kind].length !== 1) return undefined;
  const which = WHICH_OF_NAMED[kind] as WhichOf;
  return { which, ranks: { ...emptyFilters(), [kind]: filters[kind] }, filters: { ...filters, [kind]: [] } };
}

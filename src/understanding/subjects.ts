import { numberOf } from './quantity.ts';
import { emptyFilters, FILTER_GROUPS, unionOfFilters, type Filters } from './query.ts';
import type { Token } from './tokens.ts';
import { AFTER_NE_QUE, ALL_WORDS, MOST_WORDS, ONLY_WORDS, PREDICATE_STARTS, SUBJECT_WORDS } from './words.ts';

/**
 * Questions about how much of a subject: all of its projects ("tous les projets … ?"), most of them, only ("ne … que"),
 * or more or fewer than another ("plus de projets en Europe qu'en Afrique ?"). Which tokens say so; understand.ts reads
 * their filters.
 */

/**
 * "tous les projets (de la Normandie) sont-ils en Afrique ?", "are all (the) projects (of Normandy) in Africa?", "la
 * majorité des projets…", "most of the projects…": the tokens of the subject whose projects the question asks about,
 * from "tous" to where its predicate starts; none when the question is not asked of all or most projects.
 */
export function everySubject(tokens: readonly Token[]): Set<Token> | undefined {
  const at = tokens.findIndex((token, index) => {
    if (!ALL_WORDS.has(token.word) && !MOST_WORDS.has(token.word)) return false;
    let noun = index + 1;
    while (noun < index + 3 && ['les', 'the', 'des', 'of', 'de'].includes(tokens[noun]?.word ?? '')) noun++;
    return SUBJECT_WORDS.has(tokens[noun]?.word ?? '');
  });
  if (at < 0) return undefined;
  const subject = new Set<Token>();
  for (let index = at; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (!SUBJECT_WORDS.has(token.word) && index > at + 1 && PREDICATE_STARTS.has(token.word)) break;
    subject.add(token);
  }
  return subject;
}

/**
 * "la Normandie ne travaille-t-elle qu'avec l'Afrique ?", "does Normandy only work with Africa?": asked of every
 * project of what comes before "only" (or "ne … que"); undefined when the question does not say "only".
 */
export function onlySubject(tokens: readonly Token[]): Set<Token> | undefined {
  const neAt = tokens.findIndex((token) => token.word === 'ne' || token.word === 'n');
  const at = tokens.findIndex(
    (token, index) =>
      ONLY_WORDS.has(token.word) ||
      (neAt >= 0 &&
        index > neAt &&
        ['que', 'qu'].includes(token.word) &&
        AFTER_NE_QUE.has(tokens[index + 1]?.word ?? '')),
  );
  if (at < 0) return undefined;
  const end = neAt >= 0 && neAt < at ? neAt : at;
  return new Set(tokens.slice(0, end));
}

/**
 * "plus de projets en Europe qu'en Afrique", "more projects than", "moins … que", "fewer … than": where "que" or "than"
 * is, where the word saying which way the comparison goes is, and which way; undefined when it compares nothing.
 */
export function comparedAt(tokens: readonly Token[]): { at: number; way: number; fewer: boolean } | undefined {
  const words = tokens.map((token) => token.word);
  const way = words.findIndex((word) => MORE.has(word) || FEWER.has(word));
  if (way < 0) return undefined;
  const at = words.findIndex((word, index) => index > way && THAN.has(word));
  // "more than 2 projects", "plus que 3 projets": a quantity, not a comparison.
  if (at < 0 || at === way + 1 || numberOf(words[at + 1] ?? '') !== undefined) return undefined;
  return { at, way, fewer: FEWER.has(words[way] as string) };
}

const MORE = new Set(['plus', 'more']);
const FEWER = new Set(['moins', 'fewer', 'less']);
const THAN = new Set(['que', 'qu', 'than']);

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

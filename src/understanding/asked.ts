/**
 * What a question asks for, read from its question words: a list, a count of something, which values, yes or no, or
 * the call; and which words said it, not to be read again as filters.
 */

import type { LeadKindId } from '../domain/leadKinds.ts';
import { staticLexicon, type PhraseTable } from './lexicon.ts';
import type { AskKind } from './query.ts';
import { NAMING_ARTICLES, numberOf } from './quantity.ts';
import { everySubject, soleAt } from './subjects.ts';
import type { Token } from './tokens.ts';
import {
  ALL_WORDS,
  FEWEST_WORDS,
  FILLERS,
  FREQUENCY_WORDS,
  FUNDING_VERBS,
  PARTNER_NOUNS,
  TARGET_NOUNS,
  UNPUBLISHED,
  VERBS,
  WHICH_MARKERS,
  WITH,
  type Target,
} from './words.ts';
import { firstWord, isYesNo, WHOM } from './yesNo.ts';

/** "y a-t-il une région…", "is there a country…": asks which, if any. */
const SOME = new Set(['un', 'une', 'des', 'a', 'an', 'any', 'some']);
/** Whether "y a-t-il", "il y a" or "there (is)" comes right before `at` ("chaque projet a-t-il un…" does not). */
const existsBefore = (words: readonly string[], at: number) =>
  words[at - 1] === 'there' ||
  (words[at - 1] === 'a' && words[at - 2] === 'y') ||
  (words[at - 1] === 'il' && words[at - 3] === 'a' && words[at - 4] === 'y');
/** How far after "quels", "combien de" the noun saying what is asked may come ("which French regions"). */
const TARGET_REACH = 4;

export interface Asked {
  ask: AskKind;
  target?: Target | 'partners';
  /** For a yes/no question asked of every one of the target's values ("toutes les régions … ?"): where "all" is. */
  allAt?: number;
  /** For a yes/no question whether a value is the only one ("la seule région…"): where "seule" is. */
  soleAt?: number;
  /** …and the kinds of authority it is the only one of ("la seule commune…"). */
  soleKinds?: readonly LeadKindId[];
  /** Positions of the words that said it (the noun after "quels"…), not to be read again as filters. */
  consumed: Set<number>;
  /** Asked "where" ("où", "where"): of a French authority, its region; of anything else, the partner countries. */
  where?: boolean;
}

export const isCountMarker = (words: readonly string[], at: number) => {
  const word = words[at] ?? '';
  if (word === 'combien' || word === 'cb' || word === 'count' || word === 'total') return true;
  if (word === 'many' || word === 'much') return words[at - 1] === 'how';
  if (word === 'nombre') return words[at + 1] === 'de' || words[at + 1] === 'd';
  // "by number of projects" says how values rank, not that a number is asked for.
  return word === 'number' && words[at + 1] === 'of' && words[at - 1] !== 'by';
};

export const NAME_WORDS = new Set(['nom', 'noms', 'name', 'names']);
/** "liste des pays", "list all countries": which ones, as "noms des…" asks. */
const LIST_WORDS = new Set(['liste', 'listes', 'lister', 'listez', 'list']);

/** The noun saying what is asked, in the few words after a marker, and where it is. */
export function targetAfter(
  tokens: readonly Token[],
  from: number,
  places: PhraseTable,
): { target: Target | 'partners'; at: number[] } | undefined {
  for (let at = from, end = from + TARGET_REACH; at < Math.min(tokens.length, end); at++) {
    const token = tokens[at] as Token;
    // "quel est le nom du partenaire ?", "the names of the partners": the name is what a which answer gives; "what is
    // the least common theme?": how they rank, which it gives too.
    if (NAME_WORDS.has(token.word) || FEWEST_WORDS.has(token.word) || FREQUENCY_WORDS.has(token.word)) {
      end += 2;
      continue;
    }
    const noun = TARGET_NOUNS[token.word];
    // "partner countries", "partenaires": the partners, unless a noun after says what of them.
    if (noun && PARTNER_NOUNS.has(token.word)) {
      const next = TARGET_NOUNS[tokens[at + 1]?.word ?? ''];
      if (next && next !== 'authorities') return { target: next, at: [at + 1] };
      // "partner towns": the partners, whose kind the data does not hold.
      return { target: 'partners', at: [at, ...kindAt(tokens, at + 1, places)] };
    }
    // "collectivités partenaires": the partners ("partenaires", left to the filters, is a domain word: it filters nothing).
    if (noun === 'authorities' && PARTNER_NOUNS.has(tokens[at + 1]?.word ?? ''))
      return { target: 'partners', at: [at] };
    if (noun) return { target: noun, at: [at] };
    // "quelles villes", "which regional councils": which authorities, of that kind (the kind stays a filter)…
    const kind = kindAt(tokens, at, places);
    if (kind.length === 0) continue;
    // …but "quelles villes partenaires ?" asks for the partners, whose kind the data does not hold.
    if (PARTNER_NOUNS.has(tokens[at + kind.length]?.word ?? '')) return { target: 'partners', at: kind };
    return { target: 'authorities', at: [] };
  }
  return undefined;
}

/**
 * "les villes partenaires au Burkina", "partner cities of Nouvelle-Aquitaine": where the words of a kind said of the
 * partners are; the data holds the leads' kinds only, so they filter nothing.
 */
export function partnersKind(tokens: readonly Token[]): Set<number> {
  const { places } = staticLexicon();
  const positions = new Set<number>();
  tokens.forEach((_, at) => {
    const kind = kindAt(tokens, at, places);
    const partner = (index: number) => PARTNER_NOUNS.has(tokens[index]?.word ?? '');
    if (kind.length > 0 && (partner(at + kind.length) || partner(at - 1)))
      for (const index of kind) positions.add(index);
  });
  return positions;
}

/** Where the words of a kind of authority starting at `at` are ("villes", "conseils régionaux"); none if no kind. */
export function kindAt(tokens: readonly Token[], at: number, places: PhraseTable): number[] {
  for (let length = 1; length <= 3; length++) {
    if (places.meaningOf(tokens.slice(at, at + length))?.type === 'kind') {
      return Array.from({ length }, (_, index) => at + index);
    }
  }
  return [];
}

/**
 * "qui est le partenaire de Dijon ?", "qui sont ses partenaires ?": where the partner noun is, when only fillers and
 * "est" stand between it and "qui"; else -1 ("qui travaille avec les partenaires…" asks who works with them).
 */
export function partnerNounAfter(words: readonly string[], from: number): number {
  for (let at = from; at < Math.min(words.length, from + TARGET_REACH); at++) {
    const word = words[at] ?? '';
    if (PARTNER_NOUNS.has(word)) return at;
    if (!FILLERS.has(word) && !VERBS.has(word)) return -1;
  }
  return -1;
}

/**
 * "la Normandie travaille-t-elle avec le Burkina et le Mali ?", "do Bordeaux and Dijon work with Cameroon?": values
 * joined by "and" are asked of each; by "or" ("le Mali ou le Niger"), of any.
 */
export const joinsWithAnd = (tokens: readonly Token[]) =>
  tokens.some((token) => token.word === 'et' || token.word === 'and') &&
  !tokens.some((token) => token.word === 'ou' || token.word === 'or');

/** "the (3) most (common)", "le plus (de projets)", "la plus fréquente" ("plus de 2 projets" is a quantity). */
export const saysMost = (tokens: readonly Token[], at: number) =>
  (tokens[at]?.word === 'most' &&
    (tokens[at - 1]?.word === 'the' ||
      (tokens[at - 2]?.word === 'the' && numberOf(tokens[at - 1]?.word ?? '') !== undefined) ||
      // "which themes are most common?"
      (COPULAS.has(tokens[at - 1]?.word ?? '') && FREQUENCY_WORDS.has(tokens[at + 1]?.word ?? '')))) ||
  sizedUp(tokens, at, BIGGEST) ||
  (tokens[at]?.word === 'plus' && ['le', 'la', 'les'].includes(tokens[at - 1]?.word ?? ''));

const BIGGEST = new Set(['biggest', 'largest']);
const SMALLEST = new Set(['smallest']);
/**
 * "the biggest region (by number of projects)": a size said of a value asked for, which is by its projects ("the
 * biggest projects" ask for a ranking the list does not have).
 */
export const sizedUp = (
  tokens: readonly Token[],
  at: number,
  sizes: ReadonlySet<string> = new Set([...BIGGEST, ...SMALLEST]),
) => {
  const noun = TARGET_NOUNS[tokens[at + 1]?.word ?? ''];
  return sizes.has(tokens[at]?.word ?? '') && noun !== undefined && noun !== 'projects';
};

/** "fewest", "least", "le moins (de projets)" ("moins de 2 projets" is a quantity). */
export const saysFewest = (tokens: readonly Token[], at: number) =>
  (FEWEST_WORDS.has(tokens[at]?.word ?? '') && tokens[at - 1]?.word !== 'at') ||
  sizedUp(tokens, at, SMALLEST) ||
  (tokens[at]?.word === 'moins' && ['le', 'la', 'les'].includes(tokens[at - 1]?.word ?? ''));

/** How many first values a plural superlative asks for when it says no number: "the most common themes". */
const PLURAL_TOP = 3;

/**
 * "top 5 des pays", "les 3 régions les plus actives", "the 3 most active regions": how many first values of a ranking
 * are asked for; a plural superlative with no number ("les thèmes les plus fréquents", "the most common themes"), the
 * first three. None for the first one only ("la région la plus active", "which regions have the most projects?").
 * `extremeAt`: where the superlative is, if any.
 */
export function topAsked(tokens: readonly Token[], extremeAt: number): number | undefined {
  const words = tokens.map((token) => token.word);
  for (let at = 0; at + 1 < words.length; at++) {
    const count = numberOf(words[at + 1] ?? '');
    const opens = words[at] === 'top' || (NAMING_ARTICLES.has(words[at] ?? '') && at + 1 < extremeAt);
    if (count !== undefined && count >= 2 && opens) return count;
  }
  if (words.includes('top')) return PLURAL_TOP;
  if (extremeAt < 0) return undefined;
  // "les plus fréquents", not "le plus de projets" (what is counted follows "de"); "which themes are (the) most common?".
  const plurals = words[extremeAt - 1] === 'the' ? words[extremeAt - 2] : words[extremeAt - 1];
  if (['les', 'are'].includes(plurals ?? '') && words[extremeAt + 1] !== 'de') return PLURAL_TOP;
  // "the most common themes", not "the most projects" (what is counted follows "most").
  let noun = extremeAt + 1;
  while (FREQUENCY_WORDS.has(words[noun] ?? '')) noun++;
  const plural = tokens[noun]?.typed.endsWith('s') === true && TARGET_NOUNS[words[noun] ?? ''] !== undefined;
  return noun > extremeAt + 1 && plural ? PLURAL_TOP : undefined;
}

/**
 * "both", "(tous) les deux", "à la fois": what is asked, of each of the values named ("Normandie et Occitanie… toutes
 * les deux", "à la fois en Afrique et en Asie").
 */
export function saysEach(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.word;
  return (
    word === 'both' ||
    (word === 'deux' && tokens[at - 1]?.word === 'les') ||
    (word === 'fois' && tokens[at - 1]?.word === 'la' && tokens[at - 2]?.word === 'a')
  );
}

export const DEPARTEMENT_NOUNS = new Set(['departement', 'departements', 'department', 'departments', 'dept', 'depts']);
export const COPULAS = new Set(['est', 'sont', 'is', 'are', 'se', 's']);
/** "quel département pour Ifs ?", "the department of Périgueux": of a named lead. */
export const OF_A_LEAD = new Set(['pour', 'of']);

/**
 * "dans quel département est Savigny ?", "quel est le département de Vichy ?", "which département is Vichy in?": where
 * the lead is, as a question word, a département noun and "in" or "is" say it; the positions of the question word and
 * of the noun. Without them, "quels départements travaillent avec le Mali ?" asks for départements as authorities.
 */
export function departementAsked(
  words: readonly string[],
  marker: number,
): { marker: number; noun: number } | undefined {
  if (marker < 0) return undefined;
  for (let noun = marker + 1; noun < Math.min(words.length, marker + TARGET_REACH); noun++) {
    if (!DEPARTEMENT_NOUNS.has(words[noun] ?? '')) continue;
    const between = words.slice(marker + 1, noun);
    const after = words[noun + 1] ?? '';
    const where = ['dans', 'in'].includes(words[marker - 1] ?? '') || COPULAS.has(after) || OF_A_LEAD.has(after);
    return where || between.some((word) => COPULAS.has(word)) ? { marker, noun } : undefined;
  }
  return undefined;
}

export const MORE_THAN_HALF = new Set(['plus', 'more']);

/** "par région", "per country", "by theme", "pour chaque pays": a breakdown, the values with their counts. */
export const PER_WORDS = new Set(['par', 'per', 'by', 'each', 'chaque']);
/** "portés par", "led by": the lead, not a breakdown ("led by regions" is the regions' projects). */
export const LED = new Set(['porte', 'portes', 'portee', 'portees', 'mene', 'menes', 'menee', 'menees', 'led', 'run']);

/** Where a question asks for a breakdown of its projects, by which noun; the noun must follow the word at once. */
export function breakdownAt(words: readonly string[]): { at: number; target: Target } | undefined {
  for (let at = 0; at + 1 < words.length; at++) {
    // "projets par département": the leads' départements (elsewhere the word may be their kind).
    const target = DEPARTEMENT_NOUNS.has(words[at + 1] ?? '') ? 'departements' : TARGET_NOUNS[words[at + 1] ?? ''];
    const noun = target !== undefined && target !== 'projects' && !['qui', 'who'].includes(words[at + 1] ?? '');
    // Not "led by regions", nor "more projects led by towns than by départements" (a comparison).
    const notPer = LED.has(words[at - 1] ?? '') || ['than', 'que', 'qu'].includes(words[at - 1] ?? '');
    if (noun && PER_WORDS.has(words[at] ?? '') && !notPer) return { at, target };
  }
  return undefined;
}

/**
 * The words asking for what the list does not hold: those of UNPUBLISHED, and "finance", "pays" right after "qui",
 * "who" ("qui finance ces projets ?", "who pays?").
 */
export function unpublishedTokens(tokens: readonly Token[]): Set<Token> {
  return new Set(
    tokens.filter(
      (token, at) =>
        UNPUBLISHED.has(token.word) ||
        (FUNDING_VERBS.has(token.word) && ['qui', 'who'].includes(tokens[at - 1]?.word ?? '')),
    ),
  );
}

export function whatIsAsked(
  tokens: readonly Token[],
  inverted: boolean,
  byTone: boolean,
  unpublished: ReadonlySet<Token>,
): Asked {
  const { places } = staticLexicon();
  const words = tokens.map((token) => token.word);
  const consumed = new Set<number>();
  // Asked where needed, and once.
  let yesNo: boolean | undefined;
  const asksYesOrNo = () => (yesNo ??= isYesNo(tokens, inverted, byTone));
  // "combien de projets par région ?": how many in each region, which is the regions with their counts.
  const breakdown = breakdownAt(words);
  // "chaque région a-t-elle un projet ?" asks it of every region (below); "how many projects in each region?", each one's.
  const counts = words.some((_, at) => isCountMarker(words, at) || WHICH_MARKERS.has(words[at] ?? ''));
  const ofEach = breakdown && ALL_WORDS.has(words[breakdown.at] ?? '') && !counts && asksYesOrNo();
  if (breakdown && !ofEach) {
    consumed.add(breakdown.at).add(breakdown.at + 1);
    return { ask: 'which', target: breakdown.target, consumed };
  }
  const markedBy = (at: number): Asked['target'] => {
    consumed.add(at);
    const found = targetAfter(tokens, at + 1, places);
    for (const noun of found?.at ?? []) consumed.add(noun);
    return found?.target;
  };

  // "combien coûte…", "how much funding": an amount, which is not published, rather than a count.
  const asksAmount = (at: number) =>
    (words[at] === 'much' && unpublished.size > 0) || unpublished.has(tokens[at + 1] as Token);
  const countAt = words.findIndex((_, at) => isCountMarker(words, at) && !asksAmount(at));
  if (countAt >= 0) return { ask: 'count', target: markedBy(countAt) ?? 'projects', consumed };

  const whichAt = words.findIndex((word) => WHICH_MARKERS.has(word));
  const departementAt = departementAsked(words, whichAt);
  if (departementAt) {
    consumed.add(departementAt.marker).add(departementAt.noun);
    return { ask: 'which', target: 'departements', consumed };
  }
  const whereAt = tokens.findIndex((token) => token.typed === 'où' || token.word === 'where');
  const start = firstWord(tokens);
  // "qui finance", "who pays": asks about the funding, not which authorities.
  const asksWho = (at: number) => !unpublished.has(tokens[at + 1] as Token);
  // "name of the partner in Benin", "noms des partenaires au Bénin", "liste des pays": which ones, by name.
  const opener = words.findIndex((word, at) => at >= start && !FILLERS.has(word));
  // "liste" opens the question, before the politeness it is one of ("liste-moi les pays").
  const listAt = words.findIndex((word, at) => LIST_WORDS.has(word) && at <= opener);
  const namedAt = NAME_WORDS.has(words[opener] ?? '') ? opener : listAt;
  if (whichAt < 0 && namedAt >= 0) {
    const target = markedBy(namedAt);
    if (target && target !== 'projects') return { ask: 'which', target, consumed };
  }
  // "top 5 des pays", "les 3 régions les plus actives": which values, the first of a ranking (see topAsked).
  const superlative = tokens.some((_, at) => saysMost(tokens, at) || saysFewest(tokens, at));
  const topAt = words.findIndex(
    (word, at) => word === 'top' || (at === opener && superlative && numberOf(word) !== undefined),
  );
  const ranking = whichAt < 0 && topAt >= 0 ? markedBy(topAt) : undefined;
  if (ranking && ranking !== 'projects') return { ask: 'which', target: ranking, consumed };
  if (whichAt >= 0) {
    // "who pays?": the funding, not the countries ("pays" is French for them), whose word is left to say so.
    const funding = ['who', 'qui'].includes(words[whichAt] ?? '') && !asksWho(whichAt);
    const marked = funding ? undefined : markedBy(whichAt);
    // "who has the most projects?", "who leads projects in Mali?": who asks for authorities, whatever they have.
    const who = words[whichAt] === 'who' && !funding && (marked === undefined || marked === 'projects');
    const target = who ? 'authorities' : marked;
    // "who does AURA work with?", "avec quelles collectivités travaille la Normandie ?": the authorities worked with.
    const workedWith = WITH.has(words[whichAt - 1] ?? '') || WITH.has(words.at(-1) ?? '');
    if (target === 'authorities' && workedWith) return { ask: 'which', target: 'partners', consumed };
    if (target) return { ask: target === 'projects' ? 'list' : 'which', target, consumed };
  }
  if (whereAt >= 0) {
    consumed.add(whereAt);
    return { ask: 'which', target: 'countries', consumed, where: true };
  }
  // "toutes les régions travaillent-elles avec l'Afrique ?", "are all partner countries in Africa?": of every value of
  // a kind, whatever noun opens it ("tous les projets…", "all municipality-led projects" are everySubject's).
  const all = words.findIndex((word) => ALL_WORDS.has(word));
  const every = all >= 0 ? targetAfter(tokens, all + 1, places) : undefined;
  if (every && every.target !== 'projects' && !everySubject(tokens) && asksYesOrNo()) {
    for (const at of [all, ...every.at]) consumed.add(at);
    return { ask: 'yesno', target: every.target, allAt: all, consumed };
  }
  // "Qui travaille avec le Bénin ?", "pays partenaires de la Normandie", "régions qui coopèrent avec le Mali"; past an
  // article, unless it asks yes or no ("les pays partenaires les plus fréquents", "the least common themes").
  const nounAt = ['les', 'the'].includes(words[start] ?? '') && !asksYesOrNo() ? start + 1 : start;
  const opening = TARGET_NOUNS[words[nounAt] ?? ''];
  if (
    opening &&
    opening !== 'projects' &&
    ((words[nounAt] === 'qui' && asksWho(nounAt)) || words[nounAt]?.endsWith('s'))
  ) {
    consumed.add(nounAt);
    const partnerAt = words[nounAt] === 'qui' ? partnerNounAfter(words, nounAt + 1) : -1;
    if (partnerAt >= 0) consumed.add(partnerAt);
    const partners = partnerAt >= 0 || PARTNER_NOUNS.has(words[nounAt] ?? '');
    return { ask: 'which', target: partners ? 'partners' : opening, consumed };
  }
  // "(les) villes partenaires de la Normandie", "partner cities of…": which partners (see partnersKind).
  const partnerFirst = PARTNER_NOUNS.has(words[opener] ?? '');
  const openingKind = kindAt(tokens, partnerFirst ? opener + 1 : opener, places);
  const partnerAt = partnerFirst ? opener : opener + openingKind.length;
  if (openingKind.length > 0 && PARTNER_NOUNS.has(words[partnerAt] ?? '')) {
    for (const at of [...openingKind, partnerAt]) consumed.add(at);
    return { ask: 'which', target: 'partners', consumed };
  }
  // "partner countries of Normandy", as "pays partenaires de la Normandie".
  const partnersOf = partnerFirst ? TARGET_NOUNS[words[opener + 1] ?? ''] : undefined;
  if (partnersOf && partnersOf !== 'projects' && partnersOf !== 'authorities') {
    consumed.add(opener).add(opener + 1);
    return { ask: 'which', target: partnersOf, consumed };
  }
  // "la Normandie travaille avec qui ?", "avec qui la Normandie travaille-t-elle ?", "with whom": its partners.
  const withWhom = words.findIndex((word, at) => WITH.has(word) && WHOM.has(words[at + 1] ?? ''));
  if (withWhom >= 0) {
    consumed.add(withWhom).add(withWhom + 1);
    return { ask: 'which', target: 'partners', consumed };
  }
  if (!asksYesOrNo()) return { ask: 'list', consumed };
  // "y a-t-il une région qui travaille à la fois en Afrique et en Asie ?", "is there a region working…": which ones.
  const some = words.findIndex(
    (word, at) => SOME.has(word) && existsBefore(words, at) && TARGET_NOUNS[words[at + 1] ?? ''] !== undefined,
  );
  const which = some >= 0 ? targetAfter(tokens, some + 1, places) : undefined;
  if (which && which.at[0] === some + 1 && which.target !== 'projects') {
    for (const at of which.at) consumed.add(at);
    return { ask: 'which', target: which.target, consumed };
  }
  // "la seule région", "the only overseas region": the noun says of what, and is no kind of authority ("Région"); "la
  // seule commune", "the only metropole": the kind of authority it is the only one of.
  const sole = soleAt(tokens, start);
  if (sole < 0) return { ask: 'yesno', consumed };
  consumed.add(sole);
  const noun = [sole + 1, sole + 2].find((at) => TARGET_NOUNS[words[at] ?? ''] !== undefined);
  if (noun !== undefined) consumed.add(noun);
  const kind =
    noun === undefined
      ? ([sole + 1, sole + 2].map((at) => kindAt(tokens, at, places)).find((found) => found.length > 0) ?? [])
      : [];
  for (const at of kind) consumed.add(at);
  const meaning = places.meaningOf(kind.map((at) => tokens[at] as Token));
  const soleKinds = meaning?.type === 'kind' ? meaning.kinds : undefined;
  return { ask: 'yesno', soleAt: sole, ...(soleKinds ? { soleKinds } : {}), consumed };
}

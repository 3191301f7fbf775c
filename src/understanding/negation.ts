import type { Token } from './tokens.ts';
import { negatedSubject } from './yesNo.ts';
import {
  DOMAIN,
  FILLERS,
  NEGATION_PAIRS,
  NEGATIONS,
  PARTNER_NOUNS,
  TARGET_NOUNS,
  WITH,
  YES_NO_OPENERS,
} from './words.ts';

/**
 * What a question leaves out, and how: "hors Afrique", "sauf le Mali", "ne travaillent pas avec le Mali" (what some
 * do not do), "n'ont pas de projet en Afrique" (what some do not have), or a yes/no question asked in the negative.
 */

/** "pas en Afrique", "pas au Mali": "pas" leaves out only a place it is right before. */
const PLACE_PREPOSITIONS = new Set(['en', 'au', 'aux', 'dans', 'a', 'chez']);

/** "ne portent pas", "n'ont pas": a "pas" after a "ne" earlier in the question. */
const afterNe = (tokens: readonly Token[], at: number) =>
  tokens.slice(0, at).some((token) => token.word === 'ne' || token.word === 'n');

/**
 * Whether the word at `at` says to leave out what follows: "hors", "sauf", "pas en", "à part", "other than", and
 * outside a yes/no question any "ne … pas" ("qui ne portent pas sur la santé").
 */
function negates(tokens: readonly Token[], at: number, yesNo: boolean): boolean {
  const word = tokens[at]?.word ?? '';
  const before = tokens[at - 1]?.word;
  const next = tokens[at + 1]?.word ?? '';
  if (word === 'pas') return PLACE_PREPOSITIONS.has(next) || WITH.has(next) || (!yesNo && afterNe(tokens, at));
  return NEGATIONS.has(word) || (before !== undefined && NEGATION_PAIRS[word] === before);
}

/** After "ne": "ne … pas", "ne … ni avec le Mali ni avec le Bénin", "ne … avec aucun pays d'Afrique". */
const NE_WORDS = new Set(['pas', 'ni', 'aucun', 'aucune']);
/** Before "with", a negated verb in either language: "ne travaillent pas avec", "work neither with … nor with". */
const BEFORE_WITH = new Set(['pas', 'ni', 'neither', 'nor']);

/**
 * "ne travaillent pas avec", "ne portent pas sur": what they leave out, some do not do, whole. Not where they are: "quels
 * pays ne sont pas en Afrique ?" asks for the countries elsewhere, as "hors Afrique".
 */
const negatesAVerb = (tokens: readonly Token[], at: number, yesNo: boolean) => {
  const word = tokens[at]?.word ?? '';
  if (BEFORE_WITH.has(word) && WITH.has(tokens[at + 1]?.word ?? '')) return true;
  return NE_WORDS.has(word) && !yesNo && afterNe(tokens, at) && !BEING_VERBS.has(tokens[at - 1]?.word ?? '');
};
const BEING_VERBS = new Set(['est', 'sont', 'trouve', 'trouvent', 'situe', 'situes', 'situee', 'situees']);

/** What some have or have not, as a noun: projects, partners, partner countries ("aucun pays d'Afrique"). */
const HAD_NOUNS = new Set<string>(['projects', 'countries']);
const isHadNoun = (word: string) => HAD_NOUNS.has(TARGET_NOUNS[word] ?? '') || PARTNER_NOUNS.has(word);
const NO_WORDS = new Set(['no', 'aucun', 'aucune']);

/** Whether a projects, countries or partners noun comes within two words after `from` (past the place or theme). */
const hadNounAfter = (tokens: readonly Token[], from: number) =>
  [1, 2].some((ahead) => isHadNoun(tokens[from + ahead]?.word ?? ''));

/**
 * The first word of what each negation leaves out: the next word that is not a filler, nor a verb of working together
 * ("which regions do not work with Mali", "qui ne travaillent pas avec le Mali"). A negated verb in a yes/no question
 * leaves nothing out: "la Normandie ne travaille-t-elle pas avec le Mali ?" still asks about Mali. A negated verb with
 * nothing after it ("which countries does Normandy not work with?") is `dangling`: its subject is what is left out.
 */
export function negatedStarts(
  tokens: readonly Token[],
  yesNo: boolean,
): { starts: Set<Token>; byVerb: boolean; dangling: boolean; askedNegatively: boolean } {
  const starts = new Set<Token>();
  let byVerb = false;
  let dangling = false;
  let askedNegatively = false;
  const subject = negatedSubject(tokens);
  for (let at = 0; at < tokens.length; at++) {
    if (subject.has(at)) {
      askedNegatively = true;
      continue;
    }
    // "n'y a-t-il pas de projet au Mali ?": asked in the negative, though "pas" leaves nothing out there.
    if (yesNo && NE_WORDS.has(tokens[at]?.word ?? '') && afterNe(tokens, at)) askedNegatively = true;
    if (!negates(tokens, at, yesNo)) continue;
    // "doesn't Normandy work with Mali?": the question's own "not", after its auxiliary, leaves nothing out.
    if (yesNo && YES_NO_OPENERS.has(tokens[at - 1]?.word ?? '')) {
      askedNegatively = true;
      continue;
    }
    let next = at + 1;
    let verb = negatesAVerb(tokens, at, yesNo);
    for (; next < tokens.length; next++) {
      const word = tokens[next]?.word ?? '';
      // "n'ont pas de projet en Afrique", "have no partner in Africa": what some do not have, whole, like a verb.
      if (DOMAIN.has(word) && !(word in TARGET_NOUNS)) verb = true;
      else if (isHadNoun(word)) verb = true;
      else if (!FILLERS.has(word) && !negates(tokens, next, yesNo)) break;
    }
    const start = tokens[next];
    // "with no African country", "no water project": what follows the place or theme says what is not had.
    if (NO_WORDS.has(tokens[at]?.word ?? '') && hadNounAfter(tokens, next)) verb = true;
    if (verb && yesNo) {
      askedNegatively = true;
      continue;
    }
    if (!start) dangling ||= verb;
    else starts.add(start);
    byVerb ||= verb && start !== undefined;
  }
  return { starts, byVerb, dangling, askedNegatively };
}

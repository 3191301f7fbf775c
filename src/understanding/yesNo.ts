import { comparedAt, everySubject } from './subjects.ts';
import type { Token } from './tokens.ts';
import {
  ONLY_WORDS,
  POLITENESS,
  SUBJECT_VERBS,
  SUBJECT_WORDS,
  WHICH_MARKERS,
  WITH,
  WORKING_VERBS,
  YES_NO_OPENERS,
} from './words.ts';

/**
 * Whether a question asks yes or no, and how: by inversion, "est-ce que", "y a-t-il", an English auxiliary, its tone
 * alone, or "ni … ni" before its verb. understand.ts reads what it asks.
 */

/** The first word that is not a greeting or "please". */
export function firstWord(tokens: readonly Token[]): number {
  const at = tokens.findIndex(
    (token) => !POLITENESS.has(token.word) && !['s', 'il', 'vous', 'te'].includes(token.word),
  );
  return at === -1 ? 0 : at;
}

/**
 * Whether the question asks yes or no: by inversion, "est-ce que", "y a-t-il", "do/does/is…", or by its tone alone
 * (`byTone`: it ends with "?") when it says who works with what ("la Normandie travaille avec le Mali ?").
 */
export function isYesNo(tokens: readonly Token[], inverted: boolean, byTone: boolean): boolean {
  if (inverted || negatedSubject(tokens).size > 0) return true;
  const words = tokens.map((token) => token.word);
  const start = firstWord(tokens);
  for (let at = 0; at + 1 < words.length; at++) {
    // "est-ce que" asks yes or no; "qu'est-ce que" asks what; "est-ce que vous pouvez me montrer…" asks for a list.
    if (words[at] === 'est' && words[at + 1] === 'ce' && words[at - 1] !== 'qu') return !asksPolitely(words, at + 3);
  }
  if (words[start] === 'y' && words[start + 1] === 'a') return true;
  if (words[start] === 'il' && words[start + 1] === 'y' && words[start + 2] === 'a') return true;
  // "(il) n'y a-t-il pas…", "il n'y a pas de projet en Europe ?" ("il" is not a first word).
  if (words[start] === 'n' && words[start + 1] === 'y' && words[start + 2] === 'a') return true;
  if (byTone && asksByTone(tokens)) return true;
  if (!YES_NO_OPENERS.has(words[start] ?? '')) return false;
  // "Can you show me…" asks for a list politely; "Do you have…" asks yes or no.
  return !asksPolitely(words, start + 1);
}

/**
 * "ni la Bretagne ni la Corse n'ont de projet ?", "does neither Brittany nor Corsica have a project?": a yes or no
 * asked in the negative of what "ni … ni" names first, which it asks about rather than leaves out. The positions of
 * its "ni", "neither" and "nor"; none when the question does not start with one.
 */
export function negatedSubject(tokens: readonly Token[]): Set<number> {
  const words = tokens.map((token) => token.word);
  let at = firstWord(tokens);
  if (words[at] === 'est' && words[at + 1] === 'ce' && words[at + 2] === 'que') at += 3;
  else if (YES_NO_OPENERS.has(words[at] ?? '')) at++;
  const pair = words[at] === 'ni' ? 'ni' : words[at] === 'neither' ? 'nor' : undefined;
  const positions = new Set<number>();
  if (!pair) return positions;
  words.forEach((word, index) => {
    if (index > at && word === pair) positions.add(index);
  });
  // The subject of a verb after it ("n'ont", "has"), not a place the rest leaves out ("ni en Afrique ni en Asie").
  const last = Math.max(at, ...positions);
  const verbs = pair === 'ni' ? NE : SUBJECT_VERBS;
  if (positions.size === 0 || !words.slice(last + 1).some((word) => verbs.has(word))) return new Set();
  return positions.add(at);
}

const NE = new Set(['ne', 'n']);

/**
 * A question ending with "?" that asks yes or no by its tone alone, with no question word ("la Normandie travaille
 * avec qui ?" asks who): who works with what ("la Normandie (ne) travaille (pas | qu') avec le Mali ?", "Normandy works
 * with Mali?"), of all or most projects ("la plupart des projets sont en Afrique ?"), a comparison ("AURA a plus de
 * projets que la Normandie ?"), "there is no project in Europe?".
 */
function asksByTone(tokens: readonly Token[]): boolean {
  const words = tokens.map((token) => token.word);
  const questionWord = (token: Token) => WHICH_MARKERS.has(token.word) || WHOM.has(token.word) || token.typed === 'où';
  if (tokens.some(questionWord)) return false;
  const between = new Set(['pas', 'qu', 'que', ...ONLY_WORDS]);
  const worksWith = (at: number) => {
    let next = at + 1;
    while (next < at + 3 && between.has(words[next] ?? '')) next++;
    return WITH.has(words[next] ?? '');
  };
  return (
    words.some((word, at) => WORKING_VERBS.has(word) && worksWith(at)) ||
    everySubject(tokens) !== undefined ||
    comparedAt(tokens) !== undefined ||
    (words[0] === 'there' && ['is', 'are'].includes(words[1] ?? '')) ||
    // "any water projects in Africa?": "are there any…" said short.
    ['any', 'anything'].includes(words[firstWord(tokens)] ?? '') ||
    // "le Val-d'Oise a un projet ?", "Corsica has any projects?", "la Corse a des lauréats ?": whether it has one.
    words.some(
      (word, at) => HAS.has(word) && SOME_OF.has(words[at + 1] ?? '') && SUBJECT_WORDS.has(words[at + 2] ?? ''),
    )
  );
}

export const WHOM = new Set(['qui', 'whom', 'who', 'quoi']);
const HAS = new Set(['a', 'ont', 'has', 'have']);
const SOME_OF = new Set(['un', 'des', 'de', 'a', 'any']);
const YOU = new Set(['you', 'u', 'tu', 'vous']);

/** "you show me", "vous pouvez me montrer": a request for a list, not a yes/no question. */
function asksPolitely(words: readonly string[], at: number): boolean {
  if (!YOU.has(words[at] ?? '')) return false;
  return words.slice(at + 1, at + 4).some((word) => POLITENESS.has(word) && !['can', 'could', 'would'].includes(word));
}

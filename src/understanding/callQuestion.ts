import { normalize } from '../text/normalize.ts';
import { hasFilters, type AskKind, type Query } from './query.ts';
import type { Token } from './tokens.ts';
import { ANNOUNCING, CALL_NOUNS, CALL_WORDS, LAUREATE_WORDS, SELECTING, SUBJECT_WORDS } from './words.ts';

/**
 * "quand l'appel a-t-il été annoncé ?", "qui a publié l'appel à projets ?", "what is this call?": the call named, and
 * nothing else asked of its projects (no filter, no word but those of CALL_WORDS, no projects but "appel à projets").
 */
export function asksAboutTheCall(
  tokens: readonly Token[],
  asked: { ask: AskKind; target?: unknown },
  query: Query,
): boolean {
  const ofTheCall = query.words.every(isCallWord) && query.unpublished.every((word) => CALL_WORDS.has(normalize(word)));
  const announcing = query.words.some((word) => ANNOUNCING.has(word));
  // "quand le projet de Dijon a-t-il été annoncé ?", "where was the call announced?": the call's date and place.
  if (announcing && tokens.some((token) => WHEN_OR_WHERE.has(token.word) || token.typed === 'où')) return ofTheCall;
  const named = tokens.some((token) => CALL_NOUNS.has(token.word));
  // "quand les lauréats ont-ils été annoncés ?": the laureates announced are the call's list. "qui a choisi les
  // projets ?": the projects chosen too.
  const chosen = tokens.some((token) => SELECTING.has(token.word)) ? SUBJECT_WORDS : undefined;
  const announcedWords = chosen ?? (announcing ? LAUREATE_WORDS : undefined);
  const announced = tokens.some((token) => announcedWords?.has(token.word) === true);
  if (!(named || announced) || asked.ask === 'count' || hasFilters(query.filters) || hasFilters(query.excluded))
    return false;
  // "quelles régions…", "which countries…" ask about the projects; "qui", "who", "quel appel" may ask about the call.
  if (asked.target !== undefined && !tokens.some((token) => ['qui', 'who', 'whom'].includes(token.word))) return false;
  const callsForProjects = (at: number) =>
    CALL_NOUNS.has(tokens[at - 2]?.word ?? '') && ['a', 'de', 'for'].includes(tokens[at - 1]?.word ?? '');
  const asksProjects = tokens.some(
    (token, at) =>
      SUBJECT_WORDS.has(token.word) && !callsForProjects(at) && !(announcedWords?.has(token.word) === true),
  );
  return !asksProjects && ofTheCall;
}

const WHEN_OR_WHERE = new Set(['quand', 'when', 'date', 'where']);
/** A word a question about the call may hold: its nouns, what is asked of it, a year ("l'appel 2021"). */
export const isCallWord = (word: string) => CALL_WORDS.has(word) || CALL_NOUNS.has(word) || /^(19|20)\d\d$/.test(word);

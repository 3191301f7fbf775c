import { normalize } from '../text/normalize.ts';

/**
 * Words people add to a search that say nothing about which project they want: question and request words, and the
 * words every laureate shares (each is a French decentralised-cooperation project). A query drops them when it has
 * other words ("coopération culturelle" asks for culture), and they are never taken for a typo of a data word
 * ("projects" is not "projets", "French" is not "France").
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'what which who whom where when how why show me find list give get want see looking look please any all every',
    'project projects laureate laureates french cooperation cooperations decentralised decentralized',
    'partnership partnerships about there',
    // French
    'quel quels quelle quelles qui quoi où comment combien pourquoi montre montrer montrez trouve trouver cherche',
    'chercher liste lister donne donner voir veux voudrais merci svp stp avec dans entre chez',
    'projet projets lauréat lauréats lauréate lauréates français française françaises',
    'coopération coopérations décentralisée décentralisées partenariat partenariats',
  ]
    .join(' ')
    .split(' ')
    .map(normalize),
);

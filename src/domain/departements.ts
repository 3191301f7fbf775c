import departementsData from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import { normalize } from '../text/normalize.ts';

/** The article French puts before a name: "les" Landes, "l’" Aude, "le" Calvados, none for Paris. */
export type FrenchArticle = '' | 'le' | 'la' | 'les' | 'l’';

/** A French département: INSEE code ("03", "2A", "974"), official name and the INSEE code of its region. */
export interface Departement {
  code: string;
  name: string;
  regionCode: string;
  article: FrenchArticle;
}

interface EtalabDepartement {
  code: string;
  nom: string;
  region: string;
  zone: string;
  /** INSEE's "type de nom en clair": 0 and 1 no article, 2 "le", 3 "la", 4 "les", 5 "l’". */
  typeLiaison: number;
}

const ARTICLES: Readonly<Record<number, FrenchArticle>> = { 2: 'le', 3: 'la', 4: 'les', 5: 'l’' };

/**
 * The 101 départements, from Etalab's official administrative division: 96 in metropolitan France and 5 overseas
 * (DROM). Overseas collectivities (Saint-Pierre-et-Miquelon, Polynésie…) have a code in the same list but are not
 * départements, so they are left out, as they are of the regions.
 */
export const DEPARTEMENTS: readonly Departement[] = (departementsData as EtalabDepartement[])
  .filter((departement) => departement.zone === 'metro' || departement.zone === 'drom')
  .map((departement) => ({
    code: departement.code,
    name: departement.nom,
    regionCode: departement.region,
    article: ARTICLES[departement.typeLiaison] ?? '',
  }));

const byCode = new Map(DEPARTEMENTS.map((departement) => [departement.code, departement]));

/** Articles people put before a name: "la Seine-Maritime", "l'Aude", "les Yvelines", "du Calvados". */
const LEADING_ARTICLE = /^(?:(?:de la|de l|du|des|de|la|le|les|l) )/;

/** The name without accents, case, punctuation or leading article; glued so that "Seine Maritime" = "Seine-Maritime". */
function nameKey(name: string): string {
  return normalize(name).replace(LEADING_ARTICLE, '').replaceAll(' ', '');
}

const byName = new Map(DEPARTEMENTS.map((departement) => [nameKey(departement.name), departement]));

export function departementByCode(code: string): Departement | undefined {
  return byCode.get(code);
}

/**
 * The département typed: by number ("3", "03", "2a", "974") or by name, ignoring case, accents, hyphens and a leading
 * article ("cote d'or", "la Réunion", "Seine Maritime"). Undefined for anything else: no guessing here.
 */
export function departementNamed(text: string): Departement | undefined {
  const trimmed = text.trim().toUpperCase();
  if (/^\d{1,3}$|^2[AB]$/.test(trimmed)) return byCode.get(/^\d$/.test(trimmed) ? `0${trimmed}` : trimmed);
  return byName.get(nameKey(text));
}

/** The départements of a French region, by the region's INSEE code. */
export function departementsOfRegion(regionCode: string): Departement[] {
  return DEPARTEMENTS.filter((departement) => departement.regionCode === regionCode);
}

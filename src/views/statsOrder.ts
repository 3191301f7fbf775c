import type { Language } from '../domain/countries.ts';
import type { Stats } from '../search/catalog.ts';

/**
 * The per-region and per-country counts as a reader expects them: most first, and equal counts in their names'
 * alphabetical order in the reader's language, so that the data's order never reads as a ranking.
 */
export function statsForReader(stats: Stats, language: Language): Pick<Stats, 'perRegion' | 'perCountry'> {
  const byName = new Intl.Collator(language).compare;
  return {
    perRegion: stats.perRegion.toSorted((a, b) => b.count - a.count || byName(a.region.name, b.region.name)),
    perCountry: stats.perCountry.toSorted(
      (a, b) => b.count - a.count || byName(a.country.name[language], b.country.name[language]),
    ),
  };
}

import { worldRegionById } from '../domain/geography.ts';
import type { Project } from '../domain/schema.ts';
import type { Filters } from '../understanding/query.ts';
import type { Catalog, ProjectKey } from './catalog.ts';
import { normalize } from '../text/normalize.ts';

/** The partner countries a question names, directly or by world region. */
export function placeCountries(filters: Filters): Set<string> {
  return new Set([...filters.countries, ...filters.worldRegions.flatMap((id) => worldRegionById(id)?.countries ?? [])]);
}

/** The projects holding every word of a question, best match first, as the catalogue's word index ranks them. */
export interface WordMatch {
  projects: Project[];
  corrections: { typed: string; read: string }[];
}

export function matchWords(catalog: Catalog, words: readonly string[]): WordMatch | undefined {
  if (words.length === 0) return undefined;
  const matching = catalog.matchingEveryWord(words.join(' '));
  if (!matching) return undefined;
  return {
    projects: matching.projects,
    corrections: [...matching.corrections].map(([typed, read]) => ({ typed, read })),
  };
}

/**
 * The projects passing every filter (AND across kinds, OR within one) and holding the matched words: in the words'
 * rank when there are words, else in the dataset's order. Reads the smallest kind's projects and tests the others.
 */
export function select(catalog: Catalog, filters: Filters, words?: WordMatch): Project[] {
  const places = placeCountries(filters);
  const named = (side: 'french' | 'partner') => filters.authorities.filter((a) => a.side === side).map((a) => a.name);
  const leads = new Set(named('french').map(normalize));
  const partners = new Set(named('partner').map(normalize));
  const kinds: { projects: () => Project[]; size: number }[] = [];
  const consider = (key: ProjectKey, values: Iterable<string>) => {
    const list = [...new Set(values)];
    if (list.length === 0) return;
    kinds.push({ projects: () => catalog.projectsWith(key, list), size: catalog.countWith(key, list) });
  };
  // By the authorities so named: a name or an alias (the projects are checked below, each with its own aliases).
  const considerAuthorities = (side: 'french' | 'partner') => {
    const names = named(side);
    if (names.length === 0) return;
    const authorities = [...new Set(names.flatMap((name) => catalog.authoritiesNamed(name, side)))];
    kinds.push({
      projects: () => catalog.authorityProjects(authorities),
      size: catalog.authorityProjectCount(authorities),
    });
  };
  consider('region', filters.regions);
  consider('departement', filters.departements);
  consider('kind', filters.kinds);
  consider('country', places);
  if (filters.countries.length + filters.worldRegions.length > 0 && places.size === 0)
    kinds.push({ projects: () => [], size: 0 });
  consider('theme', filters.themes);
  considerAuthorities('french');
  considerAuthorities('partner');

  const regions = new Set(filters.regions);
  const departements = new Set(filters.departements);
  const leadKinds = new Set<string>(filters.kinds);
  const themes = new Set<string>(filters.themes);
  const leadNamed = (project: Project) =>
    [project.lead.name, ...project.lead.aliases].some((name) => leads.has(normalize(name)));
  const partnerNamed = (project: Project) =>
    project.partners.some((partner) =>
      [partner.name, ...(partner.aliases ?? [])].some((name) => partners.has(normalize(name))),
    );
  const passes = (project: Project) =>
    (regions.size === 0 || regions.has(project.region.code)) &&
    (departements.size === 0 || departements.has(project.lead.departement ?? '')) &&
    (leadKinds.size === 0 || leadKinds.has(project.lead.kind ?? '')) &&
    (filters.countries.length + filters.worldRegions.length === 0 ||
      project.partners.some((partner) => places.has(partner.country))) &&
    (themes.size === 0 || project.themes.some((theme) => themes.has(theme))) &&
    (leads.size === 0 || leadNamed(project)) &&
    (partners.size === 0 || partnerNamed(project));

  if (words) return words.projects.filter(passes);
  const [rarest] = kinds.sort((a, b) => a.size - b.size);
  return rarest ? rarest.projects().filter(passes) : [...catalog.projects];
}

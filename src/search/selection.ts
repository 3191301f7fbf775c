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
  /** Each kind of filter: its projects, how many at most, and the test of a project that it passes. */
  const kinds: { projects: () => Project[]; size: number; passes: (project: Project) => boolean; exact: boolean }[] =
    [];
  const consider = (key: ProjectKey, values: Iterable<string>, passes: (project: Project) => boolean) => {
    const list = [...new Set(values)];
    if (list.length === 0) return;
    const projects = () => catalog.projectsWith(key, list);
    kinds.push({ projects, size: catalog.countWith(key, list), passes, exact: true });
  };
  // By the authorities so named: a name or an alias (the projects are checked below, each with its own aliases).
  const considerAuthorities = (side: 'french' | 'partner', passes: (project: Project) => boolean) => {
    const names = named(side);
    if (names.length === 0) return;
    const authorities = [...new Set(names.flatMap((name) => catalog.authoritiesNamed(name, side)))];
    kinds.push({
      projects: () => catalog.authorityProjects(authorities),
      size: catalog.authorityProjectCount(authorities),
      passes,
      exact: false,
    });
  };
  const regions = new Set(filters.regions);
  const departements = new Set(filters.departements);
  const leadKinds = new Set<string>(filters.kinds);
  const themes = new Set<string>(filters.themes);
  consider('region', regions, (project) => regions.has(project.region.code));
  consider('departement', departements, (project) => departements.has(project.lead.departement ?? ''));
  consider('kind', leadKinds, (project) => leadKinds.has(project.lead.kind ?? ''));
  consider('country', places, (project) => project.partners.some((partner) => places.has(partner.country)));
  if (filters.countries.length + filters.worldRegions.length > 0 && places.size === 0)
    kinds.push({ projects: () => [], size: 0, passes: () => false, exact: true });
  consider('theme', themes, (project) => project.themes.some((theme) => themes.has(theme)));
  considerAuthorities('french', (project) =>
    [project.lead.name, ...project.lead.aliases].some((name) => leads.has(normalize(name))),
  );
  considerAuthorities('partner', (project) =>
    project.partners.some((partner) =>
      [partner.name, ...(partner.aliases ?? [])].some((name) => partners.has(normalize(name))),
    ),
  );

  const passesAll = (tests: typeof kinds) => (project: Project) => tests.every((kind) => kind.passes(project));
  // Nothing to test: a copy, not a filter (a one-letter word holds most of a large catalogue).
  if (words) return kinds.length === 0 ? words.projects.slice() : words.projects.filter(passesAll(kinds));
  const [rarest, ...others] = kinds.sort((a, b) => a.size - b.size);
  if (!rarest) return [...catalog.projects];
  // The rarest kind's projects pass its own test, unless they are an authority's (checked with each one's aliases).
  return rarest.projects().filter(passesAll(rarest.exact ? others : kinds));
}

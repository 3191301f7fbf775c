import { worldRegionById } from '../domain/geography.ts';
import type { Project } from '../domain/schema.ts';
import type { Filters } from '../understanding/query.ts';
import type { Catalog } from './catalog.ts';
import { normalize } from '../text/normalize.ts';

/**
 * The projects of a catalogue by every value a question can filter on, made once per catalogue (it is immutable): a
 * question then reads the few projects of its rarest filter and tests those, instead of every project.
 */
interface FilterIndex {
  byRegion: Map<string, Project[]>;
  byDepartement: Map<string, Project[]>;
  byKind: Map<string, Project[]>;
  byCountry: Map<string, Project[]>;
  byTheme: Map<string, Project[]>;
  /** By normalised name and alias, of the lead and of the partners. */
  byLead: Map<string, Project[]>;
  byPartner: Map<string, Project[]>;
  /** Position in the dataset, to list a union of keys in the dataset's order. */
  position: Map<Project, number>;
  /** The lead's normalised name: what tells two lead authorities apart. */
  leadKey: Map<Project, string>;
}

const indexes = new WeakMap<Catalog, FilterIndex>();

function add(map: Map<string, Project[]>, key: string, project: Project): void {
  const list = map.get(key);
  if (!list) map.set(key, [project]);
  else if (list.at(-1) !== project) list.push(project);
}

function indexOf(catalog: Catalog): FilterIndex {
  const known = indexes.get(catalog);
  if (known) return known;
  const index: FilterIndex = {
    byRegion: new Map(),
    byDepartement: new Map(),
    byKind: new Map(),
    byCountry: new Map(),
    byTheme: new Map(),
    byLead: new Map(),
    byPartner: new Map(),
    position: new Map(),
    leadKey: new Map(),
  };
  catalog.projects.forEach((project, position) => {
    index.position.set(project, position);
    add(index.byRegion, project.region.code, project);
    if (project.lead.departement) add(index.byDepartement, project.lead.departement, project);
    if (project.lead.kind) add(index.byKind, project.lead.kind, project);
    for (const theme of project.themes) add(index.byTheme, theme, project);
    const leadKey = normalize(project.lead.name);
    index.leadKey.set(project, leadKey);
    add(index.byLead, leadKey, project);
    for (const alias of project.lead.aliases) add(index.byLead, normalize(alias), project);
    for (const partner of project.partners) {
      add(index.byCountry, partner.country, project);
      for (const name of [partner.name, ...(partner.aliases ?? [])]) add(index.byPartner, normalize(name), project);
    }
  });
  indexes.set(catalog, index);
  return index;
}

/** The partner countries a question names, directly or by world region. */
export function placeCountries(filters: Filters): Set<string> {
  return new Set([...filters.countries, ...filters.worldRegions.flatMap((id) => worldRegionById(id)?.countries ?? [])]);
}

/** Projects by the keys of one kind of filter: a union (OR within a kind), in the dataset's order. */
function union(index: FilterIndex, catalog: Catalog, map: Map<string, Project[]>, keys: readonly string[]): Project[] {
  if (keys.length === 1) return map.get(keys[0] as string) ?? [];
  // Marks by position, then one pass in the dataset's order: no sort, however many keys (a continent's countries).
  const marked = new Uint8Array(catalog.projects.length);
  for (const key of keys) for (const project of map.get(key) ?? []) marked[index.position.get(project) ?? 0] = 1;
  return catalog.projects.filter((_, position) => marked[position] === 1);
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
  const index = indexOf(catalog);
  const places = placeCountries(filters);
  const leads = new Set(filters.authorities.filter((a) => a.side === 'french').map((a) => normalize(a.name)));
  const partners = new Set(filters.authorities.filter((a) => a.side === 'partner').map((a) => normalize(a.name)));
  const kinds: { projects: () => Project[]; size: number }[] = [];
  const consider = (map: Map<string, Project[]>, keys: Iterable<string>) => {
    const list = [...new Set(keys)];
    if (list.length === 0) return;
    kinds.push({
      projects: () => union(index, catalog, map, list),
      size: list.reduce((sum, key) => sum + (map.get(key)?.length ?? 0), 0),
    });
  };
  consider(index.byRegion, filters.regions);
  consider(index.byDepartement, filters.departements);
  consider(index.byKind, filters.kinds);
  consider(index.byCountry, places);
  if (filters.countries.length + filters.worldRegions.length > 0 && places.size === 0)
    kinds.push({ projects: () => [], size: 0 });
  consider(index.byTheme, filters.themes);
  consider(index.byLead, leads);
  consider(index.byPartner, partners);

  const regions = new Set(filters.regions);
  const departements = new Set(filters.departements);
  const leadKinds = new Set<string>(filters.kinds);
  const themes = new Set<string>(filters.themes);
  const leadNamed = (project: Project) =>
    leads.has(index.leadKey.get(project) ?? '') || project.lead.aliases.some((alias) => leads.has(normalize(alias)));
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

/** The lead's normalised name, as the index keeps it: what tells two lead authorities apart. */
export function leadKeys(catalog: Catalog): (project: Project) => string {
  const { leadKey } = indexOf(catalog);
  return (project) => leadKey.get(project) ?? normalize(project.lead.name);
}

import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../scripts/synthetic-dataset.ts';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import type { Project } from '../src/domain/schema.ts';
import { Catalog } from '../src/search/catalog.ts';
import { FACET_KINDS, type FacetKind } from '../src/search/facets.ts';
import { emptyFilters, type Query } from '../src/understanding/query.ts';
import { LACKING_KEPT, valueKey, whichValues } from '../src/search/values.ts';
import { answerQuery, understandQuestion } from '../src/search/query.ts';

const real = loadDataset(DATASET_FILE);
const catalog = new Catalog(syntheticDataset(real, 3_000));

/** What a project gives of a kind, read plainly from its fields: the reference the facets must agree with. */
const KEYS: Record<FacetKind, (project: Project) => string[]> = {
  regions: (project) => [project.region.code],
  departements: (project) => (project.lead.departement ? [project.lead.departement] : []),
  countries: (project) => [...new Set(project.partners.map((partner) => partner.country))],
  themes: (project) => [...project.themes],
  authorities: (project) => [project.lead.name],
  partners: (project) => [...new Set(project.partners.map((partner) => partner.name))],
};

/** Keys with their counts, most first, ties in the order the projects first give them: a plain map tally. */
function plainTally(projects: readonly Project[], kind: FacetKind): string[] {
  const counts = new Map<string, number>();
  for (const project of projects) for (const key of KEYS[kind](project)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key}:${count}`);
}

const WHICH: Record<FacetKind, Pick<Query, 'which' | 'whichSide'>> = {
  regions: { which: 'regions' },
  departements: { which: 'departements' },
  countries: { which: 'countries' },
  themes: { which: 'themes' },
  authorities: { which: 'authorities', whichSide: 'french' },
  partners: { which: 'authorities', whichSide: 'partner' },
};

const question = (kind: FacetKind): Query => ({ ...WHICH[kind], filters: emptyFilters() }) as Query;

describe('facets: the values projects give, counted as numbers', () => {
  // Every other project, in reverse: a selection in neither the dataset's order nor whole.
  const selection = catalog.projects.filter((_, position) => position % 2 === 0).reverse();

  it.each(FACET_KINDS)('tally %s as a plain count of the fields would, in the same order', (kind) => {
    const values = whichValues(catalog, question(kind), selection);
    expect(values.length).toBeGreaterThan(0);
    expect(values.slice().map((value) => `${valueKey(value)}:${value.count}`)).toEqual(plainTally(selection, kind));
  });

  // In the dataset's order with gaps short and long: found by walking along the catalogue, and past long gaps by map.
  const gapped = catalog.projects.filter(
    (_, position) => (position % 60 < 20 && position % 3 === 0) || position % 200 === 150,
  );

  it.each(FACET_KINDS)('tally %s of a selection in the dataset order, with gaps, as a plain count', (kind) => {
    const values = whichValues(catalog, question(kind), gapped);
    expect(values.slice().map((value) => `${valueKey(value)}:${value.count}`)).toEqual(plainTally(gapped, kind));
  });

  it('keep only the values asked for, with their counts over every project selected', () => {
    const facet = catalog.facet('regions');
    const kept = facet.valuesWhere((number) => ['11', '84'].includes(facet.keys[number] as string));
    const values = whichValues(catalog, question('regions'), selection, kept);
    expect([...values.keys()].sort()).toEqual(['11', '84']);
    const all = new Map(
      whichValues(catalog, question('regions'), selection)
        .slice()
        .map((value) => [valueKey(value), value.count]),
    );
    for (const value of values) expect(value.count).toBe(all.get(valueKey(value)));
  });

  it("measure each value's distinct things: each region's partner countries", () => {
    const regions = catalog.facet('regions');
    const measured = regions.measure(selection, catalog.facet('countries'));
    const plain = new Map<string, Set<string>>();
    for (const project of selection) {
      const countries = plain.get(project.region.code) ?? new Set();
      for (const partner of project.partners) countries.add(partner.country);
      plain.set(project.region.code, countries);
    }
    for (const [code, countries] of plain) expect(measured[regions.numberOf(code) as number]).toBe(countries.size);
  });

  it('give the projects with one of some values, and the values some projects give', () => {
    const countries = catalog.facet('countries');
    const benin = countries.valuesWhere((number) => countries.keys[number] === 'BJ');
    const having = countries.having(selection, benin);
    expect(having.length).toBeGreaterThan(0);
    expect(having).toEqual(selection.filter((project) => project.partners.some((partner) => partner.country === 'BJ')));
    const given = countries.given(having);
    expect(given.has('BJ')).toBe(true);
    expect(given.and(benin.complement()).has('BJ')).toBe(false);
    expect(given.and(benin).size).toBe(1);
  });

  it('give nothing for a project of another catalogue (one from before a reload)', () => {
    const other = new Catalog(real);
    const stranger = other.projects[0] as Project;
    const facet = catalog.facet('partners');
    const own = catalog.projects[0] as Project;
    expect([...facet.sizesOf([stranger, own])]).toEqual([0, new Set(own.partners.map(({ name }) => name)).size]);
    expect(facet.given([stranger]).size).toBe(0);
    expect(facet.count([stranger]).order.length).toBe(0);
    expect(facet.having([stranger], facet.given([]).complement())).toEqual([]);
  });

  it('count the values an "every … ?" question finds lacking, and keep the first of them, as a plain count does', () => {
    const ask = (question: string) => answerQuery(catalog, understandQuestion(catalog, question, 'en')).allOf;
    // Partner authorities with fewer than two projects: most of them, far more than an answer keeps.
    const projectsOf = new Map<string, Set<Project>>();
    for (const project of catalog.projects) {
      for (const { name } of project.partners) projectsOf.set(name, (projectsOf.get(name) ?? new Set()).add(project));
    }
    const fewer = [...projectsOf].filter(([, projects]) => projects.size < 2).map(([name]) => name);
    const partners = ask('does every partner authority have at least two projects?');
    expect(partners?.total).toBe(projectsOf.size);
    expect(partners?.lacking).toBe(fewer.length);
    expect(fewer.length).toBeGreaterThan(LACKING_KEPT);
    expect(partners?.firstLacking.map(valueKey)).toEqual(
      plainTally(catalog.projects, 'partners')
        .map((entry) => entry.slice(0, entry.lastIndexOf(':')))
        .filter((name) => fewer.includes(name))
        .slice(0, LACKING_KEPT),
    );
    // Partner countries with fewer than ten projects, counted by code.
    const countryProjects = new Map<string, Set<Project>>();
    for (const project of catalog.projects) {
      for (const { country } of project.partners) {
        countryProjects.set(country, (countryProjects.get(country) ?? new Set()).add(project));
      }
    }
    const rare = [...countryProjects].filter(([, projects]) => projects.size < 10).map(([code]) => code);
    const countries = ask('do all partner countries have at least 10 projects?');
    expect(countries?.total).toBe(countryProjects.size);
    expect(countries?.lacking).toBe(rare.length);
    expect(rare.length).toBeGreaterThan(0);
    expect(countries?.firstLacking.map(valueKey).every((code) => rare.includes(code))).toBe(true);
  });

  it('list the projects about each of several themes: those every theme has, as a plain intersection', () => {
    const question = 'which projects are about both youth and climate and health?';
    const answer = answerQuery(catalog, understandQuestion(catalog, question, 'en'));
    const { themes } = answer.query.filters;
    expect(themes.length).toBe(3);
    const about = (some: readonly string[]) =>
      catalog.projects.filter((project) => some.every((theme) => project.themes.includes(theme as never)));
    const expected = about(themes).map(({ id }) => id);
    expect(expected.length).toBeGreaterThan(0);
    // Fewer than any two of the themes have: the answer is what all three share.
    expect(expected.length).toBeLessThan(Math.min(about(themes.slice(0, 2)).length, about(themes.slice(1)).length));
    expect(answer.projects.map(({ id }) => id).sort()).toEqual(expected.sort());
  });

  it('are prepared a few milliseconds at a time, the event loop turning in between, keeping one already made', async () => {
    const fresh = new Catalog(syntheticDataset(real, 15_000));
    const asked = fresh.facet('partners');
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    await fresh.prepareFacets(1);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(2);
    expect(fresh.facet('partners')).toBe(asked);
  });
});

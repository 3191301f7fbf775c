import { departementByCode } from '../src/domain/departements.ts';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { countryByCode } from '../src/domain/countries.ts';
import { regionByCode } from '../src/domain/regions.ts';
import { THEME_IDS } from '../src/domain/themes.ts';
import { GOLDEN_QUESTIONS } from './support/golden.ts';

/** The golden file is hand-written data: these checks catch a typo in it before it is blamed on the engine. */

const questions = GOLDEN_QUESTIONS;
const dataset = loadDataset(DATASET_FILE);
const projectIds = new Set(dataset.projects.map((project) => project.id));
const authorityNames = new Set(
  dataset.projects.flatMap((project) => [project.lead.name, ...project.partners.map((partner) => partner.name)]),
);

describe('the golden questions file', () => {
  it('holds at least 120 distinct questions, half French and half English', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(new Set(questions.map((entry) => entry.question)).size).toBe(questions.length);
    const french = questions.filter((entry) => entry.lang === 'fr').length;
    expect(Math.abs(2 * french - questions.length)).toBeLessThanOrEqual(questions.length / 10);
  });

  it('covers every kind of answer, both yes and no, and the plain search and keyword lookups', () => {
    const asks = new Set(questions.map((entry) => entry.expect.ask));
    expect([...asks].sort()).toEqual(['call', 'count', 'help', 'list', 'notUnderstood', 'nothing', 'which', 'yesno']);
    expect(new Set(questions.map((entry) => entry.expect.answer).filter(Boolean))).toEqual(new Set(['yes', 'no']));
    expect(new Set(questions.map((entry) => entry.via).filter(Boolean))).toEqual(new Set(['search', 'keyword']));
  });

  it.each(questions.map((entry) => [entry.question, entry] as const))('%j expects what it can', (_, entry) => {
    const e = entry.expect;
    for (const id of [...(e.projects ?? []), ...(e.firstProjects ?? [])]) expect(projectIds.has(id), id).toBe(true);
    if (e.ask === 'count') expect(e.count !== undefined && e.countOf !== undefined).toBe(true);
    if (e.ask === 'yesno') expect(e.answer).toBeDefined();
    if (e.answer === 'yes') expect(e.projects?.length).toBeGreaterThan(0);
    if (e.ask === 'which') {
      expect(e.values?.length).toBeGreaterThan(0);
      const known = {
        regions: (value: string) => regionByCode(value) !== undefined,
        departements: (value: string) => departementByCode(value) !== undefined,
        countries: (value: string) => countryByCode(value)?.code === value,
        themes: (value: string) => (THEME_IDS as readonly string[]).includes(value),
        authorities: (value: string) => authorityNames.has(value),
      }[e.which ?? 'regions'];
      for (const value of e.values ?? []) expect(known(value), value).toBe(true);
    }
    if (e.ask === 'list' && entry.via === undefined) expect(e.projects?.length).toBeGreaterThan(0);
  });
});

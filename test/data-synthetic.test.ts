import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { datasetSchema } from '../src/domain/schema.ts';
import { syntheticDataset } from '../scripts/synthetic-dataset.ts';

const real = loadDataset(DATASET_FILE);

describe('the synthetic benchmark dataset', () => {
  const dataset = syntheticDataset(real, 3_000);

  it('is a valid dataset of the size asked, with unique ids', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.projects).toHaveLength(3_000);
    expect(new Set(dataset.projects.map((project) => project.id)).size).toBe(3_000);
  });

  it('is the same for the same seed, and another for another seed', () => {
    expect(syntheticDataset(real, 3_000)).toEqual(dataset);
    expect(syntheticDataset(real, 3_000, 7).projects[0]).not.toEqual(dataset.projects[0]);
  });

  it('spreads over the whole ISO country list and all 18 regions', () => {
    const countries = new Set(
      dataset.projects.flatMap((project) => project.partners.map((partner) => partner.country)),
    );
    expect(countries.size).toBeGreaterThan(200);
    expect(new Set(dataset.projects.map((project) => project.region.code)).size).toBe(18);
  });

  it('gives leads every kind, and a département of the project’s region to all but régions, as curated data has', () => {
    expect(new Set(dataset.projects.map((project) => project.lead.kind)).size).toBe(8);
    for (const project of dataset.projects) {
      expect(project.lead.departement === undefined).toBe(project.lead.kind === 'region');
    }
    expect(dataset.projects.every((project) => project.titleEn)).toBe(true);
  });

  it('invents many place names from pieces of real ones, so that its vocabulary grows like real data', () => {
    const leads = new Set(dataset.projects.map((project) => project.lead.name));
    expect(leads.size).toBeGreaterThan(2_500);
  });
});

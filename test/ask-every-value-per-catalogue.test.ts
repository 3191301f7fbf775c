import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { Catalog } from '../src/search/catalog.ts';
import { answerQuery, understandQuestion } from '../src/search/query.ts';

const dataset = loadDataset(DATASET_FILE);
const AFRICA = new Set(['BJ', 'BF', 'CI', 'CM', 'ML', 'MR', 'TG']);

/** How many partner countries "tous les pays partenaires sont-ils en Afrique ?" weighs, and how many of them are. */
function everyCountryInAfrica(catalog: Catalog): { total: number; inAfrica: number } {
  const answer = answerQuery(
    catalog,
    understandQuestion(catalog, 'tous les pays partenaires sont-ils en Afrique ?', 'fr'),
  );
  return { total: answer.allOf?.total ?? -1, inAfrica: answer.values.length };
}

describe('a question asked of every value is weighed against the catalogue it is asked of', () => {
  it('lists every partner country once per catalogue: a reloaded catalogue with other projects has its own', () => {
    const full = new Catalog(dataset);
    const african = dataset.projects.filter((project) => project.partners.every(({ country }) => AFRICA.has(country)));
    const reloaded = new Catalog({ ...dataset, projects: african });
    expect(everyCountryInAfrica(full)).toEqual({ total: 14, inAfrica: 7 });
    expect(everyCountryInAfrica(reloaded)).toEqual({ total: 7, inAfrica: 7 });
    // Asked again of the first, after the second: still its own 14.
    expect(everyCountryInAfrica(full)).toEqual({ total: 14, inAfrica: 7 });
  });
});

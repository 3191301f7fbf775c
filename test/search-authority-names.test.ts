import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import type { Dataset, Project } from '../src/domain/schema.ts';
import { Catalog } from '../src/search/catalog.ts';
import { tokenise } from '../src/understanding/tokens.ts';
import { FILLERS } from '../src/understanding/words.ts';

const real = new Catalog(loadDataset(DATASET_FILE));
/** A phrase as the understanding of questions looks it up: its content words ("de", "la" left out). */
const phrase = (catalog: Catalog, text: string) =>
  catalog
    .authorityPhrases()
    .meaningOf(tokenise(text).tokens.filter((token) => token.allCaps || !FILLERS.has(token.word)));

/** A project of the real dataset with its lead renamed: names the real data does not have. */
function withLead(name: string, aliases: string[] = []): Dataset {
  const dataset = loadDataset(DATASET_FILE);
  const [first, ...rest] = dataset.projects as [Project, ...Project[]];
  return { ...dataset, projects: [{ ...first, lead: { ...first.lead, name, aliases } }, ...rest] };
}

describe('authorities by the words of their names (AuthorityNames, made with the catalogue)', () => {
  it('name an authority by its full name, an alias, or its place alone, on its own side', () => {
    expect(phrase(real, 'Communauté Urbaine de Douala')).toEqual({
      type: 'authority',
      name: 'Communauté Urbaine de Douala',
      side: 'partner',
    });
    expect(phrase(real, 'Douala')).toMatchObject({ name: 'Communauté Urbaine de Douala' });
    expect(phrase(real, 'MACS')).toMatchObject({ name: "Communauté d'agglomération Marenne Adour Côte Sud" });
    expect(phrase(real, 'Seine Maritime')).toMatchObject({ side: 'french' });
  });

  it('know a short name only as typed with a capital, and initials only in capitals', () => {
    expect(phrase(real, 'Ifs')).toMatchObject({ name: 'Ifs', side: 'french' });
    expect(phrase(real, 'ifs')).toBeUndefined();
    expect(phrase(real, 'macs')).toBeUndefined();
  });

  it('know nothing of words no name holds, or of a name missing a word', () => {
    expect(phrase(real, 'Zzyzx')).toBeUndefined();
    expect(phrase(real, 'Communauté Urbaine')).toBeUndefined();
  });

  it('find the authorities a name typed in full or an alias normalises to, on either side', () => {
    const catalog = new Catalog(withLead('Ville de Saint-Étienne', ['Saint Étienne Métropole']));
    const [authority] = catalog.authoritiesNamed('ville de saint etienne', 'french');
    expect(catalog.authoritiesNamed('VILLE DE SAINT-ÉTIENNE', 'french')).toEqual([authority]);
    expect(catalog.authoritiesNamed('Saint-Étienne métropole', 'french')).toEqual([authority]);
    expect(catalog.authoritiesNamed('Ville de Saint-Étienne', 'partner')).toEqual([]);
    expect(catalog.authoritiesNamed('Ville de Saint', 'french')).toEqual([]);
    expect(catalog.authority('ville de saint etienne')).toMatchObject({ found: true, certain: true });
  });
});

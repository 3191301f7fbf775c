import { describe, expect, it } from 'vitest';
import { parseCsv } from './support/csv.ts';
import { autocomplete, bodyOf, command, component, customIds, listedIds, textOf } from './support/router.ts';

/**
 * The lookup commands read what people type as they mean it, and say what they found in the reader's words. A
 * continent typed where a country is asked for ("Afrique", "Asia") is the projects with a partner in one of its
 * countries, not the country whose name holds the same word (Afrique du Sud, with none).
 */
describe('a world region typed as a country', () => {
  it('lists its countries’ projects, says it is no country, and exports the same list', () => {
    const body = bodyOf(command('country', { name: 'Afrique' }, 'fr').reply);
    const text = textOf(body);
    expect(text).toContain('Afrique · 9 projets');
    expect(text).toContain('Afrique n’est pas un pays');
    expect(text).not.toContain('Afrique du Sud');
    expect(listedIds(body)).toHaveLength(9);
    // The CSV button reads the list again from its key: the same nine projects, one row each after the header.
    const csv = customIds(body).find((id) => id.startsWith('lb1|x|'));
    const file = bodyOf(component(csv ?? '', [], 'fr').reply).files?.[0];
    expect(file?.name).toMatch(/\.csv$/);
    // After the byte order mark: the header and one row a project.
    const rows = parseCsv(
      Buffer.from(file?.data ?? [])
        .subarray(3)
        .toString('utf8'),
    ).filter((row) => row.length > 1);
    expect(rows).toHaveLength(10);
  });

  it('in English too ("Asia": Laos and Viet Nam)', () => {
    expect(textOf(bodyOf(command('country', { name: 'Asia' }).reply))).toContain('Asia · 2 projects');
  });

  it('is not taken for the country whose name holds the word when a keyword finds nothing', () => {
    const text = textOf(bodyOf(command('keyword', { words: 'Afrique' }, 'fr').reply));
    expect(text).not.toContain('Afrique du Sud');
  });

  it('leaves a country’s own name alone: Afrique du Sud has no project yet', () => {
    expect(textOf(bodyOf(command('country', { name: 'Afrique du Sud' }, 'fr').reply))).toContain(
      'Aucun projet n’a encore de partenaire dans ce pays : 🇿🇦 Afrique du Sud.',
    );
  });
});

describe('France typed as a country', () => {
  it('is said to be the French side of every project, not a partner country without projects "yet"', () => {
    const text = textOf(bodyOf(command('country', { name: 'France' }, 'fr').reply));
    expect(text).toContain('la France est le côté français de chaque projet, pas un pays partenaire');
    expect(text).not.toContain('encore');
  });
});

describe('a country without projects in French autocomplete', () => {
  it('says "0 projet", singular as French has it below two', () => {
    const { reply } = autocomplete('country', 'name', 'maroc', 'fr');
    const names = reply.type === 'choices' ? reply.choices.map((choice) => choice.name) : [];
    expect(names[0]).toMatch(/Maroc \(MA\) · 0 projet$/);
  });
});

describe('a project found by a guess', () => {
  it('is named by its title in the reader’s language', () => {
    const english = textOf(bodyOf(command('project', { id: 'vichy' }).reply));
    expect(english).toContain('No exact match for “vichy”: showing **Decentralised cooperation for phase 1');
    const french = textOf(bodyOf(command('project', { id: 'vichy' }, 'fr').reply));
    expect(french).toContain('**Coopération décentralisée pour la phase 1');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../src/views/customId.ts';
import { autocomplete, bodyOf, command, commandAsync, customIds, listedIds, textOf } from './support/router.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';

const BENIN = ['aapg-2021-grand-est-borgou-centrale', 'aapg-2021-cergy-porto-novo'];

describe('list commands answer privately with the matching projects, best first', () => {
  it('search "jazz" lists the Dijon project, ephemeral, with a menu to open it', () => {
    const { reply, outcome } = command('search', { query: 'jazz' });
    expect(outcome).toBe('ok');
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    const body = bodyOf(reply);
    expect(listedIds(body)[0]).toBe('aapg-2021-dijon-fier');
    expect(textOf(body)).toContain('Dijon');
    expect(textOf(body)).toContain('Fier (Albania)');
    expectWithinDiscordLimits(body);
  });

  it('search with a typo says how it was read, in the words typed', () => {
    const body = bodyOf(command('search', { query: 'bordaux' }).reply);
    expect(textOf(body)).toContain('Read “bordaux” as **Bordeaux**.');
    expect(listedIds(body)).toEqual(['aapg-2021-bordeaux-douala']);
  });

  it('country "benin" lists exactly the two Bénin projects, titled with the flag and count', () => {
    const body = bodyOf(command('country', { name: 'benin' }).reply);
    expect(listedIds(body).sort()).toEqual([...BENIN].sort());
    expect(body.embeds[0]?.title).toBe('🇧🇯 Benin · 2 projects');
  });

  it('country "togo" finds the Grand Est project through its second partner', () => {
    expect(listedIds(bodyOf(command('country', { name: 'togo' }).reply))).toEqual([
      'aapg-2021-grand-est-borgou-centrale',
    ]);
  });

  it('country typed with a typo is a best guess, said so', () => {
    const text = textOf(bodyOf(command('country', { name: 'ivory cost' }).reply));
    expect(text).toContain('No exact match for “ivory cost”');
    expect(text).toContain('Côte d’Ivoire');
  });

  it('a known country without projects is a normal answer, not an error', () => {
    const { reply, outcome } = command('country', { name: 'Senegal' });
    expect(outcome).toBe('ok');
    expect(textOf(bodyOf(reply))).toContain('No project has a partner in 🇸🇳 Senegal yet.');
  });

  it('an unknown country offers "did you mean"', () => {
    const text = textOf(bodyOf(command('country', { name: 'Bennin' }).reply));
    expect(text).toMatch(/Benin/);
  });

  it('authority by exact name gives that authority’s projects only', () => {
    const body = bodyOf(command('authority', { name: 'Région Auvergne-Rhône-Alpes' }).reply);
    expect(listedIds(body).sort()).toEqual(['aapg-2021-aura-belier', 'aapg-2021-aura-tombouctou']);
    expect(body.embeds[0]?.title).toBe('🏛️ Région Auvergne-Rhône-Alpes');
  });

  it('authority side:partner finds partners abroad and not French leads', () => {
    const partner = listedIds(bodyOf(command('authority', { name: 'Région', side: 'partner' }).reply));
    expect(partner).toContain('aapg-2021-aura-belier');
    expect(partner).toContain('aapg-2021-grand-est-borgou-centrale');
  });

  it('a side filter that excludes a known authority says which side it is on, and shows its projects', () => {
    const body = bodyOf(command('authority', { name: 'Vichy', side: 'partner' }).reply);
    expect(textOf(body)).toContain(
      "**Communauté d'Agglomération de Vichy** is a French lead authority; shown: its project.",
    );
    expect(listedIds(body)).toEqual(['aapg-2021-vichy-makenene']);
    const partner = bodyOf(command('authority', { name: 'Région Centrale', side: 'french' }, 'fr').reply);
    expect(textOf(partner)).toContain('**Région Centrale** est un partenaire à l’étranger ; voici son projet.');
    expect(textOf(bodyOf(command('authority', { name: 'Qwxz', side: 'french' }).reply))).toContain(
      'No authority called',
    );
  });

  it('keyword "health" finds the health projects by theme, in English, on French titles', () => {
    const ids = listedIds(bodyOf(command('keyword', { words: 'health' }).reply));
    expect(ids[0]).toBe('aapg-2021-seine-maritime-bam');
  });

  it('region by INSEE code (as the choices send it) gives exactly that region’s projects', () => {
    const body = bodyOf(command('region', { name: '28' }).reply);
    expect(listedIds(body).sort()).toEqual(['aapg-2021-ifs-debar', 'aapg-2021-seine-maritime-bam']);
    expect(body.embeds[0]?.title).toBe('📍 Normandie · 2 projects');
  });

  it('a region without laureates says so', () => {
    expect(textOf(bodyOf(command('region', { name: '53' }).reply))).toContain('No project from Bretagne');
  });

  it('no result is a friendly notice with whole names to try, never an empty list', () => {
    const body = bodyOf(command('search', { query: 'dijonnnn' }).reply);
    expect(textOf(body)).toContain('No project matches “dijonnnn”.');
    expect(textOf(body)).toContain('Did you mean: **Dijon**?');
    expect(body.components).toEqual([]);
  });
});

describe('pagination', () => {
  it('a long list shows 10 per page with ◀ disabled, a page indicator and ▶ pointing at page 2', () => {
    const body = bodyOf(command('search', { query: '2021' }).reply);
    expect(listedIds(body)).toHaveLength(10);
    expect(body.embeds[0]?.footer?.text).toBe('16 projects · Page 1/2');
    const actions = customIds(body).map(decodeCustomId);
    expect(actions).toContainEqual({ action: 'page', mode: 'search', page: 1, side: 'any', query: '2021' });
    expectWithinDiscordLimits(body);
  });

  it('a short list has no page buttons, only its menu and CSV export', () => {
    expect(customIds(bodyOf(command('search', { query: 'benin' }).reply))).toEqual(['lb1|o', 'lb1|x|s|a|benin']);
  });
});

describe('project cards', () => {
  it('project by id: a private card with the details and a Share button', () => {
    const { reply } = command('project', { id: 'aapg-2021-grand-est-borgou-centrale' });
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    const body = bodyOf(reply);
    const embed = body.embeds[0];
    // English readers read the curated translation first, the published French title one line below.
    expect(embed?.title).toContain('Supporting the resilience and recovery');
    expect(embed?.description).toContain('🇫🇷 Published title: *Accompagnement de la résilience');
    expect(embed?.color).toBe(0xc0392b);
    const text = textOf(body);
    for (const expected of [
      'Région Grand Est',
      "🇧🇯 **Départements de l'Alibori et du Borgou** — Benin",
      '🇹🇬 **Région Centrale** — Togo',
      'AAP Généraliste 2021',
      '28 April 2021',
    ]) {
      expect(text).toContain(expected);
    }
    // The id is for maintainers (it is in the CSV export), not for people reading a card.
    expect(text).not.toContain('aapg-2021-grand-est-borgou-centrale');
    expect(customIds(body)).toEqual(['lb1|s|aapg-2021-grand-est-borgou-centrale']);
  });

  it('project share:true posts the card publicly, saying who shared it, without buttons', () => {
    const { reply } = command('project', { id: 'aapg-2021-dijon-fier', share: true });
    expect(reply).toMatchObject({ type: 'message', ephemeral: false });
    expect(bodyOf(reply).content).toBe('📣 Shared by **Ada**');
    expect(bodyOf(reply).components).toEqual([]);
  });

  it('project typed as free text shows the best match privately, even with share:true', () => {
    const { reply } = command('project', { id: 'jazz balkans', share: true });
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    expect(bodyOf(reply).embeds[0]?.title).toBe('France–Balkans Jazz Network');
    expect(bodyOf(reply).content).toContain('No exact match for “jazz balkans”');
  });

  it('random gives a card of one of the projects, with a Share button', () => {
    const body = bodyOf(command('random').reply);
    expect(customIds(body)[0]).toMatch(/^lb1\|s\|aapg-2021-/);
  });
});

describe('stats and help', () => {
  it('stats counts projects, lead authorities, partner countries and regions, with the chart attached', async () => {
    const body = bodyOf((await commandAsync('stats')).reply);
    expect(body.files?.map((file) => [file.name, file.contentType])).toEqual([['chart.png', 'image/png']]);
    expect(body.embeds[0]?.image?.url).toBe('attachment://chart.png');
    const fields = Object.fromEntries((body.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));
    expect(fields).toMatchObject({ Projects: '16', 'French regions': '8', 'Partner countries': '14' });
    expect(fields['Projects per partner country']).toContain('🇧🇯 Benin — **2**');
    expect(fields['Projects per region']).toContain('Auvergne-Rhône-Alpes — **4**');
  });

  it('stats lists equal counts alphabetically in the reader’s language, never in the data’s order', async () => {
    for (const locale of ['en-US', 'fr']) {
      const body = bodyOf((await commandAsync('stats', {}, locale)).reply);
      const [, , , , regions, countries] = body.embeds[0]?.fields ?? [];
      for (const field of [regions, countries]) {
        const rows = (field?.value ?? '').split('\n').map((line) => {
          const [, name = '', count = '0'] = /^(?:\S+ )?(.*) — \*\*(\d+)\*\*$/u.exec(line) ?? [];
          return { name, count: Number(count) };
        });
        expect(rows.length).toBeGreaterThan(5);
        const sorted = rows.toSorted(
          (a, b) => b.count - a.count || new Intl.Collator(locale.slice(0, 2)).compare(a.name, b.name),
        );
        expect(rows).toEqual(sorted);
      }
    }
  });

  it('help explains every subcommand with an example, then what the data holds', () => {
    const body = bodyOf(command('help').reply);
    const names = (body.embeds[0]?.fields ?? []).map((field) => field.name);
    expect(names).toEqual([
      ...[
        'ask',
        'search',
        'authority',
        'country',
        'keyword',
        'region',
        'project',
        'stats',
        'map',
        'random',
        'help',
      ].map((name) => `/laureates ${name}`),
      '📚 What the data holds',
    ]);
    expectWithinDiscordLimits(body);
  });
});

describe('map', () => {
  it('a region’s map is a PNG shown in the embed, its countries and counts in words', async () => {
    const body = bodyOf((await commandAsync('map', { region: '11' })).reply);
    const file = body.files?.[0];
    expect(file?.name).toBe('map.png');
    expect(file?.description).toContain('Argentina 1');
    expect(body.embeds[0]?.image?.url).toBe('attachment://map.png');
    expect(body.embeds[0]?.title).toContain('Île-de-France');
    expect(body.embeds[0]?.description).toContain('3 projects with partners in 3 countries');
    expectWithinDiscordLimits(body);
  });

  it('a selection with no project says there is nothing to map, without a picture', async () => {
    const body = bodyOf((await commandAsync('map', { region: '53' })).reply); // Bretagne: no laureate
    expect(body.files).toBeUndefined();
    expect(body.embeds[0]?.description).toContain('nothing to map');
  });

  it('a question asking for a map gets the map of its selection: “in Africa” shows the African partners only', async () => {
    for (const [question, locale, shown, left, title] of [
      ['carte des projets en Afrique', 'fr', 'Bénin **2**', 'Laos', '🗺️ Projets en Afrique'],
      ['map of projects in Africa', 'en-US', 'Benin **2**', 'Laos', '🗺️ Projects in Africa'],
    ] as const) {
      const body = bodyOf((await commandAsync('ask', { question }, locale)).reply);
      expect(body.files?.map((file) => file.name)).toEqual(['map.png']);
      const description = body.embeds[0]?.description ?? '';
      expect(description).toContain(shown);
      expect(description).toContain('Mali **1**');
      expect(description).not.toContain(left);
      expect(description).not.toContain('Argentin');
      expect(body.embeds[0]?.title).toBe(title);
    }
  });

  it('a map asked by question is titled by what was understood, never by the text typed', async () => {
    const title = async (question: string, locale = 'en-US') =>
      bodyOf((await commandAsync('ask', { question }, locale)).reply).embeds[0]?.title;
    expect(await title('please show me a map of the *health* projects with Benin')).toBe(
      '🗺️ Projects · Benin · theme Health',
    );
    expect(await title('carte des projets au Sahel', 'fr')).toBe('🗺️ Projets au Sahel');
    expect(await title('carte des projets jazz', 'fr')).toBe('🗺️ Projets · mots « jazz »');
    expect(await title('map of all projects')).toBe('🗺️ All laureates');
  });

  it('a question that asks for no map is still answered with a list', async () => {
    const body = bodyOf((await commandAsync('ask', { question: 'projets en Afrique' }, 'fr')).reply);
    expect(body.files).toBeUndefined();
  });

  it('a theme that is not one of the choices is refused, naming the option', async () => {
    const handled = await commandAsync('map', { theme: 'astrology' });
    expect(handled.outcome).toBe('invalid');
    expect(bodyOf(handled.reply).embeds[0]?.description).toContain('theme');
  });
});

describe('authority titles', () => {
  it('one authority found despite a typo is titled by its name, not by the typo', () => {
    const title = bodyOf(command('authority', { name: 'bordaux' }).reply).embeds[0]?.title;
    expect(title).toBe('🏛️ Bordeaux Métropole');
  });

  it('a name several authorities share keeps the words typed, in the reader’s quotation marks', () => {
    expect(bodyOf(command('authority', { name: 'region' }, 'fr').reply).embeds[0]?.title).toMatch(/^🏛️ « region »/);
    expect(bodyOf(command('authority', { name: 'region' }).reply).embeds[0]?.title).toMatch(/^🏛️ “region”/);
  });
});

describe('French for French users, English otherwise', () => {
  it('replies in French when the locale is fr', () => {
    const text = textOf(bodyOf(command('project', { id: 'aapg-2021-dijon-fier' }, 'fr').reply));
    expect(text).toContain('Collectivité chef de file');
    expect(text).toContain('annoncé le 28 avril 2021 à Paris');
    expect(text).toContain('Albanie');
  });

  it('country names follow the user’s language', () => {
    expect(bodyOf(command('country', { name: 'BJ' }, 'fr').reply).embeds[0]?.title).toBe('🇧🇯 Bénin · 2 projets');
    expect(bodyOf(command('country', { name: 'BJ' }, 'pt-BR').reply).embeds[0]?.title).toBe('🇧🇯 Benin · 2 projects');
  });

  it('project suggestions are titled in the user’s language: the curated English title for English', () => {
    const names = (subcommand: string, option: string, locale: string) => {
      const { reply } = autocomplete(subcommand, option, 'jazz', locale);
      return reply.type === 'choices' ? reply.choices.map((choice) => `${choice.name} = ${choice.value}`) : [];
    };
    expect(names('project', 'id', 'en-US')).toEqual([expect.stringMatching(/· France–Balkans Jazz Network = aapg-/)]);
    expect(names('project', 'id', 'fr')).toEqual([expect.stringMatching(/· Réseau Jazz France Balkans = aapg-/)]);
    expect(names('search', 'query', 'en-GB')).toContainEqual(
      expect.stringMatching(/^📄 .* · France–Balkans Jazz Network = France–Balkans Jazz Network$/),
    );
  });

  it('validation messages name the option as the user sees it', () => {
    expect(textOf(bodyOf(command('search', { query: '   ' }, 'fr').reply))).toContain(
      'L’option « requête » ne peut pas être vide.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Dataset, Project } from '../src/domain/schema.ts';
import { localeFor } from '../src/i18n/index.ts';
import { Catalog } from '../src/search/catalog.ts';
import { choices } from '../src/views/choices.ts';
import { statsView } from '../src/views/infoViews.ts';
import { fitEmbed, truncate } from '../src/views/limits.ts';
import { messageBody } from '../src/views/message.ts';
import { projectCard, sharedProjectCard } from '../src/views/projectCard.ts';
import { projectList } from '../src/views/projectList.ts';
import { escapeUserText } from '../src/views/text.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';
import { realCatalog } from './support/router.ts';

const en = localeFor('en-US');
const huge = (seed: string, length: number) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

/** A project as long as the schema allows anything to be: every text far over Discord's limits. */
const monster: Project = {
  id: 'aapg-2099-monster',
  callId: 'aap-generaliste-2021',
  region: { code: '84', name: 'Auvergne-Rhône-Alpes', nameAsPublished: 'Auvergne-Rhône-Alpes' },
  lead: { name: huge('Communauté d’agglomération ', 3000), aliases: [] },
  partners: Array.from({ length: 40 }, (_, index) => ({
    name: huge(`Partenaire ${index} `, 500),
    country: 'BJ',
    countryAsPublished: 'Bénin',
  })),
  title: huge('Titre très long 🇧🇯 ', 7000),
  themes: ['health', 'culture', 'tourism'],
};

describe('views stay within Discord’s limits whatever the data', () => {
  it('a card of an oversized project fits, cut with an ellipsis', () => {
    const body = projectCard(monster, realCatalog.call('aap-generaliste-2021'), en);
    expectWithinDiscordLimits(body);
    expect(body.embeds[0]?.title?.endsWith('…')).toBe(true);
    expectWithinDiscordLimits(sharedProjectCard(monster, undefined, en, huge('@everyone ', 3000)));
  });

  it('a list page of oversized projects fits, menu options included', () => {
    const body = projectList(
      {
        title: huge('T', 500),
        notes: [huge('note ', 5000)],
        projects: Array(30).fill(monster),
        page: 1,
        pageAction: (page) => ({ action: 'page', mode: 'search', page, side: 'any', query: 'q' }),
        exportAction: { action: 'export', mode: 'search', side: 'any', query: 'q' },
      },
      en,
    );
    expectWithinDiscordLimits(body);
  });

  it('a page number out of range (stale or forged) shows the nearest real page', () => {
    const body = projectList(
      {
        title: 't',
        notes: [],
        projects: realCatalog.projects,
        page: 99,
        pageAction: (page) => ({ action: 'page', mode: 'search', page, side: 'any', query: 'q' }),
        exportAction: { action: 'export', mode: 'search', side: 'any', query: 'q' },
      },
      en,
    );
    expect(body.embeds[0]?.footer?.text).toBe('16 projects · Page 2/2');
  });

  it('stats of a dataset with every country of the world fits in its fields', () => {
    const codes = [
      'FR',
      'DE',
      'BJ',
      'TG',
      'CM',
      'VN',
      'LA',
      'ML',
      'CI',
      'AL',
      'MR',
      'AR',
      'CU',
      'BF',
      'MK',
      'RS',
      'SN',
      'MA',
      'TN',
      'DZ',
      'NE',
      'TD',
      'MG',
      'HT',
      'LB',
      'PS',
      'AM',
      'GE',
      'UA',
      'MD',
      'RO',
      'BG',
      'PL',
      'BR',
      'CL',
      'PE',
      'CO',
      'MX',
      'IN',
      'CN',
      'JP',
      'KH',
    ];
    const dataset: Dataset = {
      schemaVersion: 1,
      calls: [realCatalog.call('aap-generaliste-2021')].filter((call) => call !== undefined),
      projects: codes.map((code, index) => ({
        ...monster,
        id: `p-${index}`,
        partners: [{ name: `P${index}`, country: code, countryAsPublished: code }],
      })),
    };
    const catalog = new Catalog(dataset);
    expectWithinDiscordLimits(statsView(catalog.stats(), [huge('Call ', 3000)], en));
  });

  it('autocomplete choices: at most 25, names and values of 1 to 100 characters, no duplicates', () => {
    const result = choices(
      Array.from({ length: 60 }, (_, index) => ({
        name: huge('n', 300),
        value: index % 2 ? huge('v', 300) : `v${index}`,
      })),
      500,
    );
    expect(result.length).toBeLessThanOrEqual(25);
    for (const choice of result) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(result.map((choice) => choice.value)).size).toBe(result.length);
  });

  it('autocomplete values fit the option: cut after a whole word, no ellipsis, never inside a surrogate pair', () => {
    const [words, emoji, flags] = choices(
      [
        { name: 'a', value: huge('mot ', 300) },
        { name: 'b', value: huge('😀', 300) },
        { name: 'c', value: `x${huge('🇧🇯', 300)}` },
      ],
      81,
    );
    expect(words?.value).toBe(huge('mot ', 79));
    expect(emoji?.value).toBe(huge('😀', 80));
    expect(flags?.value).toBe(`x${huge('🇧🇯', 80)}`);
  });

  it('a message body never lets anyone be pinged and caps content at 2,000 characters', () => {
    const body = messageBody({ content: huge('@everyone ', 5000) });
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content?.length).toBe(2000);
  });

  it('truncation never splits an emoji’s surrogate pair', () => {
    const cut = truncate('🇧🇯'.repeat(100), 8);
    expect(cut.length).toBeLessThanOrEqual(8);
    expect(cut).toMatch(/^(\p{Regional_Indicator}{1,2})+…$/u);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('an embed over 6,000 characters in total gives way in its description', () => {
    const fitted = fitEmbed({
      title: huge('t', 256),
      description: huge('d', 4096),
      fields: Array.from({ length: 25 }, () => ({ name: 'n', value: huge('v', 1024) })),
    });
    const total =
      (fitted.title?.length ?? 0) +
      (fitted.description?.length ?? 0) +
      (fitted.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
  });
});

describe('user text echoed back is escaped', () => {
  it('markdown is shown literally and mentions are broken', () => {
    const escaped = escapeUserText('**bold** _it_ `code` @everyone @here <@123> <@&456> <#789> ||spoiler||');
    expect(escaped).toContain('\\*\\*bold\\*\\*');
    expect(escaped).not.toMatch(/@everyone|@here|<@123>|<@&456>|<#789>/);
    expect(escaped).toContain('\\|\\|spoiler\\|\\|');
  });

  it('control characters and right-to-left overrides are neutralised', () => {
    expect(escapeUserText('a\u202Eb\u0000c\nd')).toBe('a b c d');
  });
});

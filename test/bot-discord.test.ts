import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage, InteractionOutcome } from '../src/emulator/index.ts';
import { startBotHarness, TEST_TOKEN, type BotHarness } from './support/botHarness.ts';
import { asBody, messageOf } from './support/discord.ts';
import { parseCsv } from './support/csv.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';

/**
 * The real discord.js bot, connected over the gateway and REST to the fake Discord on 127.0.0.1: what a Discord user
 * would see for every subcommand, component and language.
 */
let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness();
});
afterAll(async () => {
  await harness?.close();
});

const STRING = 3;
const BOOLEAN = 5;
type Option = { name: string; value: string | boolean; focused?: boolean };

function ask(
  subcommand: string,
  options: Option[] = [],
  locale = 'en-US',
  inGuild = true,
): Promise<InteractionOutcome> {
  return harness.fake.chatInput({
    name: 'laureates',
    subcommand,
    options: options.map((option) => ({ ...option, type: typeof option.value === 'boolean' ? BOOLEAN : STRING })),
    locale,
    inGuild,
  });
}

function menuValues(message: FakeMessage): string[] {
  for (const row of asBody(message).components) {
    for (const item of row.components) if (item.type === 3) return item.options.map((option) => option.value);
  }
  return [];
}

function button(message: FakeMessage, label: string): { custom_id: string; disabled?: boolean } {
  for (const row of asBody(message).components) {
    for (const item of row.components) {
      if (item.type === 2 && 'custom_id' in item && item.label === label) return item;
    }
  }
  throw new Error(`no button "${label}"`);
}

describe('registration', () => {
  it('registered /laureates by bulk overwrite with localisations, integration types and contexts', () => {
    const [command] = harness.fake.registeredCommands(harness.fake.guildId) as Record<string, unknown>[];
    expect(command).toMatchObject({
      name: 'laureates',
      name_localizations: { fr: 'laureats' },
      integration_types: [0, 1],
      contexts: [0, 1, 2],
    });
    const subcommands = (command?.options as { name: string; name_localizations: { fr: string } }[]).map(
      (option) => `${option.name}/${option.name_localizations.fr}`,
    );
    expect(subcommands).toEqual([
      'ask/demander',
      'search/recherche',
      'authority/collectivité',
      'country/pays',
      'keyword/mot-clé',
      'region/région',
      'project/projet',
      'stats/stats',
      'map/carte',
      'random/hasard',
      'help/aide',
    ]);
  });
});

describe('every subcommand answers through Discord', () => {
  it.each([
    ['search', [{ name: 'query', value: 'eau' }], 'aapg-2021-vichy-makenene'],
    ['authority', [{ name: 'name', value: 'Bordeaux' }], 'aapg-2021-bordeaux-douala'],
    [
      'authority',
      [
        { name: 'name', value: 'Debar' },
        { name: 'side', value: 'partner' },
      ],
      'aapg-2021-ifs-debar',
    ],
    ['country', [{ name: 'name', value: 'ivory coast' }], 'aapg-2021-aura-belier'],
    ['keyword', [{ name: 'words', value: 'water' }], 'aapg-2021-vichy-makenene'],
    ['region', [{ name: 'name', value: '02' }], 'aapg-2021-lamentin-santiago'],
  ] as [string, Option[], string][])('%s %j lists %s first, privately', async (subcommand, options, firstId) => {
    const outcome = await ask(subcommand, options);
    expect(outcome.callback.type).toBe(4);
    const message = messageOf(outcome);
    expect(message.ephemeral).toBe(true);
    expect(menuValues(message)[0]).toBe(firstId);
    expectWithinDiscordLimits(asBody(message));
  });

  it('project answers with the card and a Share button', async () => {
    const message = messageOf(await ask('project', [{ name: 'id', value: 'aapg-2021-perigueux-lao-cai' }]));
    expect(message.ephemeral).toBe(true);
    expect(message.embeds[0]?.description).toContain('assainissement à Bac Ha');
    expect(button(message, 'Share in channel').custom_id).toBe('lb1|s|aapg-2021-perigueux-lao-cai');
  });

  it('project share:true posts publicly in the channel with who shared it', async () => {
    const message = messageOf(
      await ask('project', [
        { name: 'id', value: 'aapg-2021-dijon-fier' },
        { name: 'share', value: true },
      ]),
    );
    expect(message.ephemeral).toBe(false);
    expect(message.content).toBe('📣 Shared by **Ada Lovelace**');
  });

  it('stats, random and help answer privately', async () => {
    for (const subcommand of ['stats', 'random', 'help']) {
      const message = messageOf(await ask(subcommand));
      expect(message.ephemeral).toBe(true);
      expect(message.embeds).toHaveLength(1);
      expectWithinDiscordLimits(asBody(message));
    }
  });

  it('works in a DM with the bot (user install), where there is no guild member', async () => {
    const message = messageOf(await ask('country', [{ name: 'name', value: 'togo' }], 'en-US', false));
    expect(menuValues(message)).toEqual(['aapg-2021-grand-est-borgou-centrale']);
  });
});

describe('autocomplete', () => {
  it('suggests countries as typed, ranked, within 25 choices of at most 100 characters', async () => {
    const outcome = await harness.fake.autocomplete({
      name: 'laureates',
      subcommand: 'country',
      options: [{ name: 'name', type: STRING, value: 'ben', focused: true }],
    });
    expect(outcome.callback.type).toBe(8);
    const choices = (outcome.callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices[0]).toEqual({ name: '🇧🇯 Benin (BJ) · 2 projects', value: 'BJ' });
    expect(outcome.latencyMs).toBeLessThan(1000);
  });

  it('an empty field suggests something useful, in the user’s language', async () => {
    const outcome = await harness.fake.autocomplete({
      name: 'laureates',
      subcommand: 'search',
      locale: 'fr',
      options: [{ name: 'query', type: STRING, value: '', focused: true }],
    });
    const choices = (outcome.callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(5);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((choice) => choice.name).join('\n')).toContain('projets');
  });

  it('authority suggestions respect the side already chosen', async () => {
    const outcome = await harness.fake.autocomplete({
      name: 'laureates',
      subcommand: 'authority',
      options: [
        { name: 'side', type: STRING, value: 'partner' },
        { name: 'name', type: STRING, value: 'rég', focused: true },
      ],
    });
    const values = (outcome.callback.data as { choices: { value: string }[] }).choices.map((choice) => choice.value);
    expect(values).toContain('Région du Bélier');
    expect(values).not.toContain('Région Grand Est');
  });
});

describe('components', () => {
  it('◀ ▶ page through a long list by updating the message in place', async () => {
    const first = messageOf(await ask('search', [{ name: 'query', value: '2021' }]));
    expect(menuValues(first)).toHaveLength(10);
    expect(button(first, '◀').disabled).toBe(true);
    const next = await harness.fake.component({
      messageId: first.id,
      customId: button(first, '▶').custom_id,
      componentType: 2,
    });
    expect(next.callback.type).toBe(7);
    const updated = messageOf({ ...next, message: harness.fake.getMessage(first.id) });
    expect(updated.embeds[0]?.footer?.text).toBe('16 projects · Page 2/2');
    expect(menuValues(updated)).toHaveLength(6);
    expect(harness.fake.messages().filter((message) => message.id === first.id)).toHaveLength(1);
  });

  it('the menu opens the chosen project’s card; its Share button posts it publicly, once', async () => {
    const list = messageOf(await ask('country', [{ name: 'name', value: 'benin' }]));
    const opened = await harness.fake.component({
      messageId: list.id,
      customId: 'lb1|o',
      componentType: 3,
      values: ['aapg-2021-cergy-porto-novo'],
    });
    const card = messageOf(opened);
    expect(card.ephemeral).toBe(true);
    expect(card.embeds[0]?.title).toBe('The Climate Sentinels');
    const grace = { id: '4000000000000000002', username: 'grace', global_name: 'Grace' };
    const before = harness.fake.messages().length;
    const clicked = await harness.fake.component({
      messageId: card.id,
      customId: button(card, 'Share in channel').custom_id,
      componentType: 2,
      user: grace,
    });
    // The private card is edited in place: its button now says it is shared, and can't be clicked.
    expect(clicked.callback.type).toBe(7);
    const edited = harness.fake.getMessage(card.id);
    expect(edited && button(edited, 'Shared in channel')).toMatchObject({ disabled: true });
    const shared = await harness.fake.waitForMessage(
      (message) => !message.ephemeral && message.content === '📣 Shared by **Grace**',
    );
    expect(shared.embeds[0]?.title).toBe('The Climate Sentinels');
    expect(shared.components).toEqual([]);
    expect(harness.fake.messages()).toHaveLength(before + 1);

    // A client that ignores the disabled state clicks again: a private word, no second post.
    const again = messageOf(
      await harness.fake.component({
        messageId: card.id,
        customId: button(harness.fake.getMessage(card.id) ?? card, 'Shared in channel').custom_id,
        componentType: 2,
        user: grace,
      }),
    );
    expect(again.ephemeral).toBe(true);
    expect(again.embeds[0]?.description).toBe('This card is already shared in the channel.');
    expect(harness.fake.messages().filter((message) => message.content === '📣 Shared by **Grace**')).toHaveLength(1);
  });

  it('the CSV button of a list answers privately with the whole list as a .csv attachment', async () => {
    const list = messageOf(await ask('search', [{ name: 'query', value: '2021' }]));
    const exported = messageOf(
      await harness.fake.component({ messageId: list.id, customId: button(list, 'CSV').custom_id, componentType: 2 }),
    );
    expect(exported.ephemeral).toBe(true);
    const [file] = exported.attachments;
    expect(file).toMatchObject({ filename: 'laureates-search.csv', contentType: 'text/csv; charset=utf-8' });
    const bytes = Buffer.from(file?.data ?? new Uint8Array());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8')).filter((row) => row.length > 1);
    // The whole list (16 projects over two pages), a header first.
    expect(rows).toHaveLength(17);
    expect(rows.slice(1).map((row) => row.at(-1))).toContain('aapg-2021-vichy-makenene');
  });

  it('a forged custom_id gets a private "no longer valid" answer and the bot keeps working', async () => {
    const list = messageOf(await ask('search', [{ name: 'query', value: 'jazz' }]));
    const forged = messageOf(
      await harness.fake.component({ messageId: list.id, customId: 'lb1|p|s|1|x|jazz', componentType: 2 }),
    );
    expect(forged.ephemeral).toBe(true);
    expect(forged.embeds[0]?.description).toContain('no longer valid');
    expect(menuValues(messageOf(await ask('search', [{ name: 'query', value: 'jazz' }])))).toEqual([
      'aapg-2021-dijon-fier',
    ]);
  });

  it('a well-formed page id carrying mentions is answered with the text escaped', async () => {
    const list = messageOf(await ask('search', [{ name: 'query', value: '2021' }]));
    await harness.fake.component({
      messageId: list.id,
      customId: 'lb1|p|s|0|a|@everyone <@&1> phase',
      componentType: 2,
    });
    const updated = harness.fake.getMessage(list.id);
    expect(updated?.embeds[0]?.title).toBe('🔎 “@\u200beveryone <\u200b@&1> phase”');
    expect(updated?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('languages', () => {
  it('French users get French replies, labels and country names', async () => {
    const card = messageOf(await ask('project', [{ name: 'id', value: 'aapg-2021-ifs-debar' }], 'fr'));
    const fields = card.embeds[0]?.fields?.map((field) => field.name);
    expect(fields).toContain('Collectivité chef de file');
    expect(card.embeds[0]?.fields?.find((field) => field.name === 'Collectivités partenaires')?.value).toBe(
      '🇲🇰 **Debar** — Macédoine du Nord',
    );
    await harness.fake.component({
      messageId: card.id,
      customId: 'lb1|s|aapg-2021-ifs-debar',
      componentType: 2,
      locale: 'fr',
    });
    expect(harness.fake.getMessage(card.id)?.components).toMatchObject([
      { components: [{ label: 'Partagé dans le salon', disabled: true }] },
    ]);
    const shared = await harness.fake.waitForMessage(
      (message) => message.content === '📣 Partagé par **Ada Lovelace**',
    );
    expect(shared.ephemeral).toBe(false);
  });
});

describe('errors and hygiene', () => {
  it('an unknown subcommand gets an explanation rather than "interaction failed"', async () => {
    const message = messageOf(await ask('teleport'));
    expect(message.ephemeral).toBe(true);
    expect(message.embeds[0]?.description).toContain('I don’t know this command');
  });

  it('every message the bot sent disables mentions and respects Discord’s limits', async () => {
    const messages = harness.fake.messages();
    expect(messages.length).toBeGreaterThan(15);
    for (const message of messages) expectWithinDiscordLimits(asBody(message));
  });

  it('logs one structured line per interaction with action, latency and outcome — and never the token', async () => {
    await ask('search', [{ name: 'query', value: 'jazz' }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = harness.logs.filter((line) => line.msg === 'interaction');
    expect(lines.length).toBeGreaterThan(15);
    expect(lines.at(-1)).toMatchObject({
      kind: 'command',
      action: 'search',
      outcome: 'ok',
      latencyMs: expect.any(Number),
    });
    expect(JSON.stringify(harness.logs)).not.toContain(TEST_TOKEN);
  });
});

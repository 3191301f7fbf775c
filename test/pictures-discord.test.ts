import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage, InteractionOutcome } from '../src/emulator/index.ts';
import { decodePng } from './support/png.ts';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';
import { dispatch, messageOf, slash } from './support/discord.ts';

/** Discord's per-file cap without boosts (the interaction's attachment_size_limit), and our own aim. */
const DISCORD_FILE_LIMIT = 10 * 1024 * 1024;
const OUR_LIMIT = 2 * 1024 * 1024;

/** The answer as the channel finally shows it: a deferred reply once its placeholder was edited. */
async function answered(harness: BotHarness, outcome: InteractionOutcome): Promise<FakeMessage> {
  const first = messageOf(outcome);
  if (outcome.callback.type !== 5) return first;
  return harness.fake.waitForMessage((message) => message.id === first.id && message.attachments.length > 0, 10_000);
}

function attachment(message: FakeMessage, name: string) {
  const found = message.attachments.find((candidate) => candidate.filename === name);
  if (!found) throw new Error(`no ${name} among ${message.attachments.map((a) => a.filename).join(', ') || 'none'}`);
  return found;
}

const french = (request: ReturnType<typeof slash>) => ({ ...request, locale: 'fr' });

describe('pictures through discord.js and the fake Discord', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness({ fake: { callbackDeadlineMs: 3000 } });
    // The render thread starts with the first picture: warm it, as a running bot's would be.
    await dispatch(harness.fake, slash('map'), { timeoutMs: 10_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('/laureates map answers with the map as a PNG attachment shown in the embed, and the counts in words', async () => {
    const message = await answered(harness, await dispatch(harness.fake, slash('map')));
    const file = attachment(message, 'map.png');
    expect(file.contentType).toBe('image/png');
    expect(file.size).toBeLessThan(OUR_LIMIT);
    expect(file.size).toBeLessThan(DISCORD_FILE_LIMIT);
    const png = decodePng(file.data);
    expect([png.width, png.height]).toEqual([1600, 900]);
    const embed = message.embeds[0];
    expect(embed?.image?.url).toMatch(/map\.png/);
    expect(embed?.description).toContain('Benin **2**');
    expect(embed?.description).toContain('Cameroon **2**');
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('the region option changes the map, and French gets French words', async () => {
    const all = attachment(await answered(harness, await dispatch(harness.fake, slash('map'))), 'map.png');
    const normandie = await answered(harness, await dispatch(harness.fake, french(slash('map', { region: '28' }))));
    const file = attachment(normandie, 'map.png');
    expect(Buffer.compare(Buffer.from(file.data), Buffer.from(all.data))).not.toBe(0);
    expect(normandie.embeds[0]?.title).toContain('Normandie');
    expect(normandie.embeds[0]?.description).toContain('Macédoine du Nord **1**');
    expect(normandie.embeds[0]?.description).toContain('projets');
  });

  it('a map slower than the deadline is deferred, then edited in with its picture', async () => {
    const slow = await startBotHarness({ bot: { deferAfterMs: 1 } });
    try {
      const outcome = await dispatch(slow.fake, slash('map', { theme: 'culture' }), { timeoutMs: 10_000 });
      expect(outcome.callback.type).toBe(5);
      const message = await answered(slow, outcome);
      expect(decodePng(attachment(message, 'map.png').data).width).toBe(1600);
      expect(message.embeds[0]?.image?.url).toMatch(/map\.png/);
    } finally {
      await slow.close();
    }
  });

  it('/laureates stats keeps its numbers and gains the chart', async () => {
    const message = await answered(harness, await dispatch(harness.fake, slash('stats')));
    expect(message.embeds[0]?.fields?.map((field) => field.name)).toContain('Projects per region');
    const png = decodePng(attachment(message, 'chart.png').data);
    expect(png.width).toBe(1600);
    expect(png.height).toBeGreaterThanOrEqual(500);
    expect(message.embeds[0]?.image?.url).toMatch(/chart\.png/);
  });

  it('20 different maps at once are all answered within 3 s, while a text answer stays under 250 ms', async () => {
    const regions = ['11', '28', '75', '76', '84', '44', '27', '02'];
    const themes = ['culture', 'health', 'water-sanitation', 'governance-finance', 'training-exchange'];
    const requests = [
      ...regions.map((region) => slash('map', { region })),
      ...regions.map((region) => french(slash('map', { region }))),
      ...themes.slice(0, 4).map((theme) => slash('map', { theme })),
    ];
    expect(requests).toHaveLength(20);
    const started = performance.now();
    const maps = requests.map((request) => dispatch(harness.fake, request, { timeoutMs: 10_000 }));
    // Meanwhile, someone asks something in words.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    const outcomes = await Promise.all(maps);
    const messages = await Promise.all(outcomes.map((outcome) => answered(harness, outcome)));
    const allDrawnMs = performance.now() - started;
    const firstResponses = outcomes.map((outcome) => outcome.latencyMs);
    console.log(
      `20 maps: first responses within ${Math.max(...firstResponses).toFixed(0)} ms ` +
        `(${outcomes.filter((outcome) => outcome.callback.type === 5).length} deferred), all pictures in ` +
        `${allDrawnMs.toFixed(0)} ms; text answer meanwhile ${text.latencyMs.toFixed(1)} ms`,
    );
    expect(Math.max(...firstResponses)).toBeLessThan(3000);
    for (const message of messages) expect(decodePng(attachment(message, 'map.png').data).width).toBe(1600);
    expect(messageOf(text).embeds[0]?.title).toContain('Benin');
    expect(text.latencyMs).toBeLessThan(250);
  }, 30_000);
});

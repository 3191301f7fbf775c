import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';
import { asBody, dispatch, messageOf, slash } from './support/discord.ts';
import { GOLDEN_QUESTIONS } from './support/golden.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';
import { bodyOf, command, listedIds, raw } from './support/router.ts';

/**
 * A representative part of the golden questions asked by slash command through the real discord.js client and the
 * fake Discord: what the person sees is exactly what the router answers (test/ask-golden.test.ts checks that answer).
 */
const GOLDEN = GOLDEN_QUESTIONS.filter((golden) => (golden.via ?? 'ask') === 'ask');
/** Two questions of each kind of answer, one per language where there is one. */
const SUBSET = ['list', 'count', 'which', 'yesno', 'nothing', 'notUnderstood'].flatMap((kind) =>
  (['fr', 'en'] as const).flatMap(
    (lang) => GOLDEN.find((golden) => golden.expect.ask === kind && golden.lang === lang) ?? [],
  ),
);

let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness();
});
afterAll(async () => {
  await harness?.close();
});

const askedIn = (question: string, lang: 'fr' | 'en') => ({
  ...slash('ask', { question }),
  locale: lang === 'fr' ? 'fr' : 'en-US',
});

describe('golden questions by /laureates ask through discord.js', () => {
  it('covers every kind of answer in both languages', () => {
    expect(new Set(SUBSET.map((golden) => golden.expect.ask)).size).toBe(6);
    expect(SUBSET.length).toBeGreaterThanOrEqual(10);
  });

  it.each(SUBSET.map((golden) => [golden.question, golden] as const))(
    '%j is answered as the router answers it',
    async (_, golden) => {
      const request = askedIn(golden.question, golden.lang);
      const outcome = await dispatch(harness.fake, request);
      expect(outcome.callback.type).toBe(4);
      const seen = asBody(messageOf(outcome));
      expectWithinDiscordLimits(seen);
      const expected = bodyOf(raw(request).reply);
      expect(seen.embeds).toEqual(expected.embeds);
      expect(listedIds(seen)).toEqual(listedIds(expected));
    },
  );

  it('pages of an answer turn with the question carried by the button', async () => {
    const question = 'quels sont tous les projets ?';
    expect(listedIds(bodyOf(command('ask', { question }, 'fr').reply))).toHaveLength(10);
    const first = messageOf(await dispatch(harness.fake, askedIn(question, 'fr')));
    const next = asBody(first)
      .components.flatMap((row) => row.components)
      .find((item) => item.type === 2 && 'label' in item && item.label === '▶');
    if (!next || !('custom_id' in next)) throw new Error('no ▶ button');
    expect(next.custom_id).toBe(`lb1|p|q|1|a|${question}`);
    const turned = await harness.fake.component({ messageId: first.id, customId: next.custom_id, componentType: 2 });
    expect(turned.callback.type).toBe(7);
    const page = asBody(harness.fake.getMessage(first.id) ?? first);
    expect(page.embeds[0]?.footer?.text).toContain('Page 2/2');
    expect(listedIds(page)).toHaveLength(6);
  });
});

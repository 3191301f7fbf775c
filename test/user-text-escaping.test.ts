import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeUserText, quote } from '../src/views/text.ts';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';
import { dispatch, messageOf, slash } from './support/discord.ts';
import { expectInertText, LIVE_MASKED_LINK } from './support/limits.ts';
import { raw, USER } from './support/router.ts';

/**
 * Names and typed text reach public messages: a display name such as "[Free Nitro](https://evil.example/claim)" must
 * not become a hidden link under "Shared by" (discord.js's escapeMarkdown leaves masked links alone by default).
 */
const NITRO = '[Free Nitro](https://evil.example/claim)';
const SHARE = 'lb1|s|aapg-2021-dijon-fier';

describe('a masked-link display name in a public share', () => {
  it('router: the "Shared by" line shows the name literally, with no live link', () => {
    const { reply } = raw({
      kind: 'component',
      customId: SHARE,
      values: [],
      locale: 'en-US',
      user: { ...USER, displayName: NITRO },
    });
    // Sharing edits the private card (its Share button disabled) and posts the public one as a follow-up.
    if (reply.type !== 'update' || !reply.followUp) throw new Error(`expected a shared card, got ${reply.type}`);
    expect(reply.followUp.ephemeral).toBe(false);
    const content = reply.followUp.body.content ?? '';
    expect(NITRO).toMatch(LIVE_MASKED_LINK);
    expect(content).not.toMatch(LIVE_MASKED_LINK);
    expect(content).toBe('📣 Shared by **\\[Free Nitro\\](https://evil.example/claim)**');
  });

  describe('through the real discord.js client', () => {
    let harness: BotHarness;
    beforeAll(async () => {
      harness = await startBotHarness();
    });
    afterAll(async () => harness?.close());

    it('the channel gets the card with the name escaped, pinging no one', async () => {
      const card = messageOf(await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier' })));
      // Another person than the one who opened the card (the card's interaction metadata names that one).
      const outcome = await harness.fake.component({
        messageId: card.id,
        customId: SHARE,
        componentType: 2,
        user: { id: '4000000000000000099', username: 'mallory', global_name: `${NITRO} @everyone \u202eevil` },
      });
      const shared = await harness.fake.waitForMessage(
        (message) => message.interactionId === outcome.interaction.id && !message.ephemeral,
      );
      expect(shared.allowed_mentions).toEqual({ parse: [] });
      expect(shared.content).toContain('Free Nitro');
      expectInertText(shared.content);
    });
  });
});

describe('escaping typed text', () => {
  it('masked links, headings and list markers are shown literally', () => {
    expect(escapeUserText(NITRO)).toBe('\\[Free Nitro\\](https://evil.example/claim)');
    expect(escapeUserText(`${NITRO} and [x](<https://b.example>)`)).not.toMatch(LIVE_MASKED_LINK);
    expect(escapeUserText('# Big')).toBe('\\# Big');
    expect(escapeUserText('- item')).toBe('\\- item');
  });

  it('markdown after "<scheme:/" or "<:" is escaped too (escapeMarkdown takes it for a link or an emoji)', () => {
    // Found by the hostile-input fuzz: the star opened italics in an echoed question's title.
    expect(escapeUserText('<!!!;!!:/!!?!*  quels projets en')).toBe('<!!!;!!:/!!?!\\*  quels projets en');
    expect(escapeUserText('<:x _it_')).toBe('<\u200b:x \\_it\\_');
    expect(escapeUserText('<https://a.example/*b* ok')).toBe('<https://a.example/\\*b\\* ok');
  });

  it('bidi marks (LRM, RLM, ALM) and overrides are stripped from echoed text', () => {
    expect(escapeUserText('a\u200fb\u200ec\u061cd\u202ee\u2067f')).toBe('a b c d e f');
  });

  it('slash-command, emoji and timestamp tags are broken too', () => {
    expectInertText(escapeUserText('</laureates help:1> <:e:1> <a:e:1> <t:1:R>'));
    expect(escapeUserText('<t:1:R>')).not.toContain('<t:');
  });

  it('a quote cut to length never splits a surrogate pair', () => {
    const cut = quote(`${'x'.repeat(78)}😀😀`, 80);
    expect(cut).toBe(`${'x'.repeat(78)}…`);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});

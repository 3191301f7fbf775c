import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../src/emulator/index.ts';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';

/**
 * discord.js caches every user and member it ever sees unless told otherwise: a busy server would grow the bot's
 * memory with each person who writes. The real client against the fake Discord, after 20,000 people have written.
 */
const PEOPLE = 20_000;

let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness();
});
afterAll(async () => {
  await harness?.close();
});

const personId = (n: number) => `42${String(n).padStart(17, '0')}`;

describe('the bot’s caches', () => {
  it('do not grow with the people who write: 20,000 authors later, no user, member or message is kept', async () => {
    for (let n = 1; n <= PEOPLE; n += 1) {
      harness.fake.postUserMessage({
        content: `hello from person ${n}`,
        user: { id: personId(n), username: `person${n}`, global_name: `Person ${n}` },
      });
    }
    // The bot handles events in order: once the question after them is answered, it has seen all 20,000.
    const asked = harness.fake.postUserMessage({
      content: `<@${harness.fake.applicationId}> benin`,
      user: { id: personId(PEOPLE + 1), username: 'asker', global_name: 'Asker' },
    });
    const reply: FakeMessage = await harness.fake.waitForMessage(
      (message) => message.referencedMessageId === asked.id && message.author.bot === true,
    );
    expect(reply.embeds[0]?.title).toContain('benin');

    const { client } = harness;
    const others = (ids: Iterable<string>) => [...ids].filter((id) => id !== client.user?.id);
    expect(others(client.users.cache.keys())).toEqual([]);
    const guild = client.guilds.cache.first();
    expect(guild).toBeDefined();
    expect(others(guild?.members.cache.keys() ?? [])).toEqual([]);
    const channel = client.channels.cache.get(harness.fake.channelId);
    expect(channel?.isTextBased() && channel.messages.cache.size).toBe(0);
  }, 60_000);
});

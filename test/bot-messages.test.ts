import { readFileSync } from 'node:fs';
import { GatewayIntentBits, Partials } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeMessage, FakeUser } from '../src/emulator/index.ts';
import { errorLines, startBotHarness, type BotHarness } from './support/botHarness.ts';
import { asBody, messageOf } from './support/discord.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';
import { bodyOf, delayedRouter, immediate, routerFor, USER } from './support/router.ts';
import type { MessageBody } from '../src/views/message.ts';

/**
 * The real discord.js bot and the fake Discord: questions asked by mentioning the bot in a channel, in a DM, and from
 * a message's menu (Apps → Find laureates), and the messages it must leave alone.
 */
let harness: BotHarness;
/** Raw MESSAGE_CREATE payloads the bot received, as the gateway sent them. */
const received: Record<string, unknown>[] = [];
beforeAll(async () => {
  harness = await startBotHarness();
  harness.client.on('raw', (packet: { t?: string; d?: Record<string, unknown> }) => {
    if (packet.t === 'MESSAGE_CREATE' && packet.d) received.push(packet.d);
  });
});
afterAll(async () => {
  await harness?.close();
});

let people = 0;
/** A new person for each test: the per-person cooldown must not link tests. */
function person(name = 'Zoé'): Partial<FakeUser> {
  people += 1;
  return { id: `41000000000000${String(people).padStart(5, '0')}`, username: `person${people}`, global_name: name };
}

const botMention = () => `<@${harness.fake.applicationId}>`;

/** The bot's reply to `asked`, as posted in the channel. */
const replyTo = (asked: FakeMessage): Promise<FakeMessage> =>
  harness.fake.waitForMessage((message) => message.referencedMessageId === asked.id && message.author.bot === true);

/**
 * Proves `asked` got no answer: a question asked after it is answered first (the bot handles events in order), then
 * a little more time passes, and still nothing refers to `asked`.
 */
async function expectNoReply(...asked: FakeMessage[]): Promise<void> {
  const control = harness.fake.postUserMessage({ content: `${botMention()} benin`, user: person() });
  await replyTo(control);
  await new Promise((resolve) => setTimeout(resolve, 150));
  const replies = harness.fake.messages().filter((message) => asked.some((a) => a.id === message.referencedMessageId));
  expect(replies).toEqual([]);
}

describe('the gateway connection', () => {
  it('identifies with exactly Guilds, GuildMessages and DirectMessages (no Message Content), with Partials.Channel', () => {
    expect(harness.fake.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(harness.client.options.partials).toEqual([Partials.Channel]);
  });
});

describe('a mention in a channel', () => {
  it('is answered in a reply to that message, for everyone, pinging no one (not even the asker)', async () => {
    const asked = harness.fake.postUserMessage({ content: `${botMention()} benin`, user: person() });
    const reply = await replyTo(asked);
    expect(reply.channelId).toBe(harness.fake.channelId);
    expect(reply.ephemeral).toBe(false);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.embeds[0]?.title).toContain('benin');
    expectWithinDiscordLimits({ ...asBody(reply), allowed_mentions: { parse: [] } });
  });

  it('also with the nickname form <@!id>, anywhere in the message', async () => {
    const asked = harness.fake.postUserMessage({
      content: `projects in togo please <@!${harness.fake.applicationId}>`,
      user: person(),
    });
    expect((await replyTo(asked)).embeds[0]?.title).toContain('projects in togo please');
  });

  it('a mention alone gets a short help with example questions, in both languages', async () => {
    const asked = harness.fake.postUserMessage({ content: botMention(), user: person() });
    const text = (await replyTo(asked)).embeds[0]?.description ?? '';
    expect(text).toContain('which projects in Benin?');
    expect(text).toContain('quels projets au Bénin ?');
  });

  it('is delivered with its content although the bot lacks Message Content', async () => {
    const asked = harness.fake.postUserMessage({ content: `${botMention()} senegal`, user: person() });
    await replyTo(asked);
    expect(received.find((payload) => payload.id === asked.id)).toMatchObject({
      content: `${botMention()} senegal`,
      channel_type: 0,
      guild_id: harness.fake.guildId,
    });
  });
});

describe('a question answered with a picture', () => {
  it('a mention asking for a map gets the PNG attached to its reply (multipart to the channel)', async () => {
    const asked = harness.fake.postUserMessage({
      content: `${botMention()} map of projects in Africa`,
      user: person(),
    });
    const reply = await harness.fake.waitForMessage((message) => message.referencedMessageId === asked.id, 15_000);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [picture] = reply.attachments;
    expect(picture?.contentType).toBe('image/png');
    // A PNG starts with its 8-byte signature.
    expect([...(picture?.data ?? new Uint8Array()).slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  }, 20_000);
});

describe('a DM', () => {
  it('is a question without any mention, answered in the DM (channel_type 1 reaches discord.js via Partials.Channel)', async () => {
    const user = person();
    const asked = harness.fake.postUserMessage({ content: 'water', channel: 'dm', user });
    const reply = await replyTo(asked);
    expect(reply.channelId).toBe(harness.fake.dmChannelFor(user.id ?? ''));
    expect(reply.channelId).not.toBe(harness.fake.channelId);
    expect(reply.embeds[0]?.title).toContain('water');
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(received.find((payload) => payload.id === asked.id)).toMatchObject({ channel_type: 1, content: 'water' });
  });
});

describe('the message menu (Apps → Find laureates)', () => {
  it('answers the target message’s text privately, in the user’s language', async () => {
    const target = harness.fake.postUserMessage({ content: 'anyone working on water?', user: person() });
    const outcome = await harness.fake.messageCommand({
      name: 'Find laureates',
      targetMessageId: target.id,
      locale: 'fr',
      user: person(),
    });
    expect(outcome.callback.type).toBe(4);
    const answer = messageOf(outcome);
    expect(answer.ephemeral).toBe(true);
    expect(answer.embeds[0]?.title).toContain('anyone working on water?');
    expect(answer.embeds[0]?.footer?.text).toMatch(/projets?/);
  });

  it('works on a message the bot could not read in the channel (interactions carry the content)', async () => {
    const target = harness.fake.postUserMessage({ content: 'togo', user: person() });
    const answer = messageOf(
      await harness.fake.messageCommand({ name: 'Find laureates', targetMessageId: target.id, user: person() }),
    );
    expect(answer.embeds[0]?.title).toContain('togo');
  });

  it('was registered next to the slash command, with its French name', () => {
    const menu = harness.fake.registeredCommands(harness.fake.guildId).find((command) => {
      return (command as { type: number }).type === 3;
    });
    expect(menu).toMatchObject({ name: 'Find laureates', name_localizations: { fr: 'Trouver des lauréats' } });
  });
});

describe('messages the bot leaves alone', () => {
  it('without Message Content, the emulator delivers guild messages that do not name the bot with empty content', async () => {
    const plain = harness.fake.postUserMessage({ content: 'water projects in benin', user: person() });
    const everyone = harness.fake.postUserMessage({ content: '@everyone water', user: person() });
    const role = harness.fake.postUserMessage({ content: `<@&${harness.fake.guildId}> water`, user: person() });
    await expectNoReply(plain, everyone, role);
    for (const message of [plain, everyone, role]) {
      expect(received.find((payload) => payload.id === message.id)).toMatchObject({ content: '', embeds: [] });
    }
    const everyonePayload = received.find((payload) => payload.id === everyone.id);
    expect(everyonePayload?.mention_everyone).toBe(true);
  });

  it('other bots, webhooks and system messages, even when they mention it', async () => {
    const fromBot = harness.fake.postUserMessage({
      content: `${botMention()} benin`,
      user: { ...person(), bot: true },
    });
    const fromWebhook = harness.fake.postUserMessage({
      content: `${botMention()} benin`,
      webhook: true,
      user: person(),
    });
    const system = harness.fake.postUserMessage({ content: `${botMention()} benin`, type: 7, user: person() });
    await expectNoReply(fromBot, fromWebhook, system);
  });

  it('its own messages: its reply in a DM (where any message is a question), echoed back by the gateway, is not answered', async () => {
    const asked = harness.fake.postUserMessage({ content: 'togo', channel: 'dm', user: person() });
    const reply = await replyTo(asked);
    // The gateway sends the bot its own reply, as Discord does.
    await vi.waitFor(() => expect(received.some((payload) => payload.id === reply.id)).toBe(true));
    await expectNoReply(reply);
    // Nor any other message of its own so far in this file: the bot never replies to itself.
    const toItself = harness.fake
      .messages()
      .filter(
        (message) => message.author.bot && harness.fake.getMessage(message.referencedMessageId ?? '')?.author.bot,
      );
    expect(toItself).toEqual([]);
  });

  it('edits: a message edited to mention the bot is not a question', async () => {
    const original = harness.fake.postUserMessage({ content: 'water', user: person() });
    harness.fake.editUserMessage(original.id, `${botMention()} water`);
    await expectNoReply(original);
  });
});

describe('the cooldown', () => {
  it('says once, politely, that it is too soon, then stays silent until it is over', async () => {
    const user = person();
    const first = harness.fake.postUserMessage({ content: `${botMention()} benin`, user });
    await replyTo(first);
    const second = harness.fake.postUserMessage({ content: `${botMention()} togo`, user });
    const reminder = await replyTo(second);
    expect(reminder.embeds[0]?.description).toContain('One moment please');
    const third = harness.fake.postUserMessage({ content: `${botMention()} mali`, user });
    await expectNoReply(third);
    const logged = harness.logs.filter((line) => line.msg === 'message' && line.kind === 'message');
    expect(logged.length).toBeGreaterThan(0);
    // One line per answer, with the question's length and never its text.
    expect(JSON.stringify(logged)).not.toContain('benin');
    expect(logged.every((line) => typeof line.length === 'number')).toBe(true);
  });
});

describe('components on a public answer', () => {
  it('page in place for the asker; anyone else gets that page privately; the menu opens a private card', async () => {
    const asker = person('Asker');
    const asked = harness.fake.postUserMessage({ content: `${botMention()} 2021`, user: asker });
    const answer = await replyTo(asked);
    const next = asBody(answer)
      .components.flatMap((row) => row.components)
      .find((item) => item.type === 2 && 'label' in item && item.label === '▶');
    const customId = next && 'custom_id' in next ? next.custom_id : '';
    expect(customId).not.toBe('');
    const byOther = await harness.fake.component({ messageId: answer.id, customId, componentType: 2, user: person() });
    expect(byOther.callback.type).toBe(4);
    expect(messageOf(byOther).ephemeral).toBe(true);
    expect(messageOf(byOther).embeds[0]?.footer?.text).toContain('Page 2/2');
    expect(harness.fake.getMessage(answer.id)?.embeds[0]?.footer?.text).toContain('Page 1/2');

    const byAsker = await harness.fake.component({ messageId: answer.id, customId, componentType: 2, user: asker });
    expect(byAsker.callback.type).toBe(7);
    expect(harness.fake.getMessage(answer.id)?.embeds[0]?.footer?.text).toContain('Page 2/2');

    const opened = await harness.fake.component({
      messageId: answer.id,
      customId: 'lb1|o',
      componentType: 3,
      values: ['aapg-2021-dijon-fier'],
      user: person(),
    });
    expect(messageOf(opened).ephemeral).toBe(true);
    expect(errorLines(harness.logs)).toEqual([]);
  });
});

describe('golden questions by mention, DM and menu, through discord.js', () => {
  interface Golden {
    question: string;
    lang: 'fr' | 'en';
    expect: { ask: string; projects?: string[] };
  }
  // Every 20th of the golden questions (both languages, every kind of answer): the same answer as the router's.
  const golden = (JSON.parse(readFileSync(new URL('./golden/questions.json', import.meta.url), 'utf8')) as Golden[])
    .filter((_entry, index) => index % 20 === 0)
    .filter((entry) => entry.question.length <= 300);
  const router = routerFor();
  const sameAnswer = (sent: FakeMessage, expected: MessageBody) => {
    expect(sent.embeds).toEqual(expected.embeds);
    expect(sent.components).toEqual(expected.components);
    expect(sent.content).toBe(expected.content ?? '');
  };
  const menuIds = (message: FakeMessage) =>
    asBody(message).components.flatMap((row) =>
      row.components.flatMap((item) => (item.type === 3 ? item.options.map((option) => option.value) : [])),
    );

  it.each(golden.map((entry) => [entry.question, entry] as const))('%s', async (_question, entry) => {
    const user = person();
    const asMessage = bodyOf(
      immediate(router({ kind: 'message', text: entry.question, channel: 'guild', user: USER })).reply,
    );
    const mention = harness.fake.postUserMessage({ content: `${botMention()} ${entry.question}`, user });
    sameAnswer(await replyTo(mention), asMessage);

    const dm = harness.fake.postUserMessage({ content: entry.question, channel: 'dm', user: person() });
    sameAnswer(await replyTo(dm), asMessage);

    const locale = entry.lang === 'fr' ? 'fr' : 'en-US';
    const asMenu = bodyOf(
      immediate(
        router({ kind: 'messageCommand', commandName: 'Find laureates', text: entry.question, locale, user: USER }),
      ).reply,
    );
    const target = harness.fake.postUserMessage({ content: entry.question, user: person() });
    const answer = messageOf(
      await harness.fake.messageCommand({ name: 'Find laureates', targetMessageId: target.id, locale, user: person() }),
    );
    expect(answer.ephemeral).toBe(true);
    sameAnswer(answer, asMenu);
    if (entry.expect.ask === 'list' && entry.expect.projects && entry.expect.projects.length > 0) {
      expect(menuIds(answer).length).toBeGreaterThan(0);
      expect(entry.expect.projects).toEqual(expect.arrayContaining(menuIds(answer)));
    }
  });
});

describe('a slow answer to a message', () => {
  let slow: BotHarness;
  const delays = [800, 0];
  beforeAll(async () => {
    slow = await startBotHarness({ bot: { router: delayedRouter(() => delays.shift() ?? 0) } });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it('shows “is typing…” while it is being made; a quick one does not', async () => {
    const mention = `<@${slow.fake.applicationId}>`;
    const late = slow.fake.postUserMessage({ content: `${mention} benin`, user: person() });
    await slow.fake.waitForMessage((message) => message.referencedMessageId === late.id);
    expect(slow.fake.stats().typing).toBe(1);
    const quick = slow.fake.postUserMessage({ content: `${mention} togo`, user: person() });
    await slow.fake.waitForMessage((message) => message.referencedMessageId === quick.id);
    expect(slow.fake.stats().typing).toBe(1);
  });
});

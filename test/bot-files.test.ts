import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord-api-types/v10';
import type { TextChannel } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handled, InteractionRequest } from '../src/app/router.ts';
import type { Reply } from '../src/app/subcommand.ts';
import type { FakeMessage } from '../src/emulator/index.ts';
import { messageBody, type MessageFile } from '../src/views/message.ts';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';
import { messageOf } from './support/discord.ts';

/**
 * Files in replies, through the real discord.js client and the emulator's multipart parsing: what the bot attaches is
 * what Discord stores, byte for byte, on an immediate reply, a deferred one and an update.
 */
const PICTURE: MessageFile = {
  name: 'map.png',
  data: pngLike(70_000),
  contentType: 'image/png',
  description: 'A map',
};
const EXPORT: MessageFile = {
  name: 'laureates.csv',
  data: new TextEncoder().encode('\uFEFFrégion;titre\nNormandie;Eau\n'),
  contentType: 'text/csv; charset=utf-8',
};
const NEWER: MessageFile = { name: 'map.png', data: pngLike(100), contentType: 'image/png' };

/** Bytes with a PNG signature (discord.js, like Discord, types an upload by its first bytes). */
function pngLike(length: number): Uint8Array {
  const bytes = Uint8Array.from({ length }, (_, index) => (index * 31) % 256);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return bytes;
}

const AGAIN: APIActionRowComponent<APIComponentInMessageActionRow> = {
  type: 1,
  components: [{ type: 2, style: 2, custom_id: 'lb1|x', label: 'Again' }],
};
const pictureBody = (files: MessageFile[]) =>
  messageBody({ embeds: [{ title: 'Map', image: { url: 'attachment://map.png' } }], components: [AGAIN], files });

/** Stands in for the router: files now (stats), files after the deferral deadline (random), a new file on a click. */
function router(request: InteractionRequest): Handled | Promise<Handled> {
  if (request.kind === 'component') {
    return { reply: { type: 'update', body: pictureBody([NEWER]) }, outcome: 'ok', action: 'update' };
  }
  const files = request.kind === 'command' && request.subcommand === 'stats' ? [PICTURE, EXPORT] : [PICTURE];
  const reply: Reply = { type: 'message', ephemeral: false, body: pictureBody(files) };
  if (request.kind === 'command' && request.subcommand === 'random') {
    return new Promise((resolve) => setTimeout(() => resolve({ reply, outcome: 'ok', action: 'late' }), 400));
  }
  return { reply, outcome: 'ok', action: 'now' };
}

let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness({ bot: { router, deferAfterMs: 100 } });
});
afterAll(async () => {
  await harness?.close();
});

const slash = (subcommand: string) => harness.fake.chatInput({ name: 'laureates', subcommand, options: [] });

function filesOf(message: FakeMessage) {
  return message.attachments.map((attachment) => ({
    name: attachment.filename,
    type: attachment.contentType,
    data: Buffer.from(attachment.data),
  }));
}

describe('files in replies', () => {
  it('an immediate reply carries every file intact, and the embed shows the picture', async () => {
    const message = messageOf(await slash('stats'));
    expect(filesOf(message)).toEqual([
      { name: 'map.png', type: 'image/png', data: Buffer.from(PICTURE.data) },
      { name: 'laureates.csv', type: 'text/csv; charset=utf-8', data: Buffer.from(EXPORT.data) },
    ]);
    // As a Discord client reads it back: `attachment://map.png` now points at the uploaded file.
    const channel = (await harness.client.channels.fetch(message.channelId)) as TextChannel;
    const fetched = await channel.messages.fetch(message.id);
    const attachment = fetched.attachments.find((candidate) => candidate.name === 'map.png');
    expect(fetched.embeds[0]?.image?.url).toBe(attachment?.url);
    const served = Buffer.from(await (await fetch(attachment?.url ?? '')).arrayBuffer());
    expect(served.equals(Buffer.from(PICTURE.data))).toBe(true);
  });

  it('a deferred public reply ends as one public message with the file, the private placeholder gone', async () => {
    const before = new Set(harness.fake.messages().map((message) => message.id));
    await slash('random');
    const posted = await harness.fake.waitForMessage(
      (message) => !before.has(message.id) && !message.ephemeral && message.attachments.length > 0,
    );
    expect(filesOf(posted)).toEqual([{ name: 'map.png', type: 'image/png', data: Buffer.from(PICTURE.data) }]);
    await expect.poll(() => harness.fake.messages().filter((message) => !before.has(message.id))).toHaveLength(1);
  });

  it('an update replaces the message’s files instead of piling them up', async () => {
    const message = messageOf(await slash('help'));
    const updated = messageOf(
      await harness.fake.component({ messageId: message.id, customId: 'lb1|x', componentType: 2 }),
    );
    expect(filesOf(updated)).toEqual([{ name: 'map.png', type: 'image/png', data: Buffer.from(NEWER.data) }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { FakeMessage } from '../src/emulator/index.ts';
import { pageMessage } from '../src/playground/message-view.ts';
import { LIMITS } from '../src/views/limits.ts';
import { messageBody, type MessageFile } from '../src/views/message.ts';

const file = (name: string, bytes = 10): MessageFile => ({
  name,
  data: new Uint8Array(bytes),
  contentType: 'image/png',
});

describe('files in a message body', () => {
  it('are kept as given, and a body without files has no files field', () => {
    expect(messageBody({ content: 'x', files: [file('map.png')] }).files?.map((f) => f.name)).toEqual(['map.png']);
    expect(messageBody({ content: 'x' })).not.toHaveProperty('files');
  });

  it('over Discord’s count or size limit is a bug, refused loudly rather than sent and rejected', () => {
    const many = Array.from({ length: LIMITS.filesPerMessage + 1 }, (_, index) => file(`${index}.png`));
    expect(() => messageBody({ files: many })).toThrow(RangeError);
    expect(() => messageBody({ files: [file('big.png', LIMITS.fileBytes + 1)] })).toThrow(RangeError);
  });
});

describe('the playground’s view of a message with files', () => {
  const message = {
    id: '1',
    channelId: '2',
    interactionId: undefined,
    ephemeral: false,
    flags: 0,
    content: '',
    embeds: [{ title: 'Map', image: { url: 'attachment://map.png' } }],
    components: [],
    allowed_mentions: { parse: [] },
    attachments: [
      { id: '10', filename: 'map.png', contentType: 'image/png', size: 3, data: new Uint8Array(3) },
      { id: '11', filename: 'list.csv', contentType: 'text/csv', size: 2, data: new Uint8Array(2) },
    ],
    poll: undefined,
    referencedMessageId: undefined,
    mentions: { users: [], everyone: false, roles: [] },
    author: { id: '3', username: 'bot', discriminator: '0', global_name: null, avatar: null, bot: true },
    createdAt: new Date(0),
    editedAt: null,
  } satisfies FakeMessage;

  it('points the embed’s picture at the page’s own attachment URL and lists other files once', () => {
    const context = {
      guildChannelId: '2',
      find: () => undefined,
      nameOf: () => undefined,
      dmRecipientName: () => undefined,
    };
    const view = pageMessage(message, undefined, context);
    expect(view.embeds[0]?.image?.url).toBe('/api/attachments/10/map.png');
    expect(view.attachments.map(({ filename, inEmbed }) => [filename, inEmbed])).toEqual([
      ['map.png', true],
      ['list.csv', false],
    ]);
  });
});

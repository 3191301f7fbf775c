import { describe, expect, it } from 'vitest';
import { LIST_SOURCES, SUBCOMMANDS, askLanguage } from '../commands/index.ts';
import { createRouter, type InteractionRequest } from '../src/app/router.ts';
import { encodeCustomId } from '../src/views/customId.ts';
import { bodyOf, immediate, realCatalog, textOf } from './support/router.ts';

const DIJON = 'aapg-2021-dijon-fier';
const ADA = { id: '4100000000000000001', displayName: 'Ada' };
const BOB = { id: '4100000000000000002', displayName: 'Bob' };

function pausedRouter(sharePauseMs?: number) {
  const handle = createRouter({
    subcommands: SUBCOMMANDS,
    lists: LIST_SOURCES,
    catalog: () => realCatalog,
    questionLanguage: askLanguage,
    sharePauseMs,
  });
  return (request: InteractionRequest) => immediate(handle(request));
}

const shareCommand = (user: typeof ADA): InteractionRequest => ({
  kind: 'command',
  commandName: 'laureates',
  subcommand: 'project',
  options: { id: DIJON, share: true },
  locale: 'en-US',
  user,
});
const shareButton = (user: typeof ADA, locale = 'en-US'): InteractionRequest => ({
  kind: 'component',
  customId: encodeCustomId({ action: 'share', projectId: DIJON }),
  values: [],
  locale,
  user,
  message: { ephemeral: true, ownerId: user.id },
});

describe('the pause between public shares', () => {
  it('a second share within the pause is refused privately, and the first share posted for everyone', () => {
    const handle = pausedRouter(60_000);
    const first = handle(shareCommand(ADA)).reply;
    expect(first).toMatchObject({ type: 'message', ephemeral: false });
    expect(textOf(bodyOf(first))).toContain('Shared by **Ada**');

    const again = handle(shareButton(ADA)).reply;
    expect(again).toMatchObject({ type: 'message', ephemeral: true });
    expect(textOf(bodyOf(again))).toContain('wait 5 seconds before sharing another');
    expect('followUp' in again).toBe(false);
  });

  it('is on by default, as the bot runs', () => {
    const handle = pausedRouter();
    expect(handle(shareButton(ADA)).reply.type).toBe('update');
    expect(handle(shareButton(ADA)).reply).toMatchObject({ type: 'message', ephemeral: true });
  });

  it('is per person: someone else shares meanwhile', () => {
    const handle = pausedRouter(60_000);
    handle(shareButton(ADA));
    const bob = handle(shareButton(BOB)).reply;
    expect(bob).toMatchObject({ type: 'update', followUp: { ephemeral: false } });
  });

  it('is over after the pause: the next share is posted', async () => {
    const handle = pausedRouter(50);
    expect(handle(shareButton(ADA)).reply.type).toBe('update');
    expect(handle(shareButton(ADA)).reply.type).toBe('message');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(handle(shareButton(ADA)).reply).toMatchObject({ type: 'update', followUp: { ephemeral: false } });
  });

  it('speaks French to a French reader', () => {
    const handle = pausedRouter(60_000);
    handle(shareButton(ADA, 'fr'));
    expect(textOf(bodyOf(handle(shareButton(ADA, 'fr')).reply))).toContain('attendez 5 secondes');
  });
});

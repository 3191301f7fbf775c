import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../src/bot/config.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import type { AutocompleteReply, InteractionReply, PageMessage } from '../src/playground/message-view.ts';
import { startPlayground } from '../src/playground/start.ts';
import type { Playground } from '../src/playground/start.ts';

type Row = {
  type: number;
  components: { type: number; custom_id?: string; label?: string; disabled?: boolean; options?: { value: string }[] }[];
};

const actor = { locale: 'en-US', userName: 'Grace Hopper' } as const;
let playground: Playground;
let emulatorToken: string;
/** Every byte the playground sent over HTTP, to prove no secret ever leaves the process. */
const received: string[] = [];

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(new URL(path, playground.url), {
    method,
    ...(body === undefined
      ? {}
      : {
          headers: { 'content-type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
  const text = await response.text();
  received.push(text);
  return { status: response.status, json: JSON.parse(text) as T };
}

const command = (subcommand: string, options: Record<string, unknown>, extra: object = {}) =>
  call<InteractionReply>('POST', '/api/interactions/command', { subcommand, options, ...actor, ...extra });

const click = (message: PageMessage, customId: string, values?: string[]) =>
  call<InteractionReply>('POST', '/api/interactions/component', {
    messageId: message.id,
    customId,
    componentType: values ? 3 : 2,
    ...(values ? { values } : {}),
    ...actor,
  });

function components(message: PageMessage) {
  return (message.components as unknown as Row[]).flatMap((row) => row.components);
}

function replyMessage(reply: { status: number; json: InteractionReply }): PageMessage {
  expect(reply.status).toBe(200);
  expect(reply.json.message).not.toBeNull();
  return reply.json.message as PageMessage;
}

function startOn(port = 0): Promise<Playground> {
  const logger = pino({ level: 'silent' });
  return startPlayground({
    config: { ...loadConfig({}), PLAYGROUND_PORT: port },
    store: new CatalogStore(DATASET_FILE, logger),
    logger,
  });
}

beforeAll(async () => {
  // The emulator token is made inside the playground and never exposed: catch it where it is used.
  const start = vi.spyOn(FakeDiscord, 'start');
  playground = await startOn();
  emulatorToken = start.mock.calls[0]?.[0]?.token ?? '';
  start.mockRestore();
});

afterAll(async () => {
  await playground?.close();
});

describe('playground API', () => {
  it('serves the page, its bundled script and the commands the bot registered', async () => {
    const page = await fetch(playground.url);
    received.push(await page.clone().text());
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await fetch(new URL('/app.js', playground.url));
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(10_000);

    const { json } = await call<
      { name: string; name_localizations: Record<string, string>; options: { name: string }[] }[]
    >('GET', '/api/commands');
    expect(json[0]?.name).toBe('laureates');
    expect(json[0]?.name_localizations.fr).toBe('laureats');
    expect(json[0]?.options.map((option) => option.name)).toContain('country');
  });

  it('runs /laureates country and answers with the two projects in Benin', async () => {
    const message = replyMessage(await command('country', { name: 'BJ' }));
    expect(message.ephemeral).toBe(true);
    expect(message.embeds[0]?.title).toBe('🇧🇯 Benin · 2 projects');
    expect(message.embeds[0]?.description).toContain('Région Grand Est');
    expect(message.embeds[0]?.description).toContain('Cergy-Pontoise');
    expect(message.invocation).toEqual({ userName: 'Grace Hopper', command: 'laureates', subcommand: 'country' });
  });

  it('passes the page locale to the bot', async () => {
    const message = replyMessage(await command('country', { name: 'BJ' }, { locale: 'fr' }));
    expect(message.embeds[0]?.title).toBe('🇧🇯 Bénin · 2 projets');
  });

  it('answers autocomplete with the bot’s own suggestions', async () => {
    const { status, json } = await call<AutocompleteReply>('POST', '/api/interactions/autocomplete', {
      subcommand: 'country',
      options: { name: 'ben' },
      focused: 'name',
      ...actor,
    });
    expect(status).toBe(200);
    expect(json.choices).toContainEqual({ name: '🇧🇯 Benin (BJ) · 2 projects', value: 'BJ' });
  });

  it('pages a long list in place, opens a card from the menu and shares it under the user’s name', async () => {
    const list = replyMessage(await command('search', { query: '2021' }));
    expect(list.embeds[0]?.footer?.text).toContain('Page 1/2');
    const next = components(list).find((component) => component.label === '▶');
    expect(next?.disabled).toBe(false);

    const page2 = await click(list, next?.custom_id ?? '');
    expect(page2.json.callbackType).toBe(7);
    expect(replyMessage(page2).id).toBe(list.id);
    expect(replyMessage(page2).embeds[0]?.footer?.text).toContain('Page 2/2');

    const menu = components(replyMessage(page2)).find((component) => component.type === 3);
    const projectId = menu?.options?.[0]?.value ?? '';
    const card = replyMessage(await click(replyMessage(page2), menu?.custom_id ?? '', [projectId]));
    expect(card.id).not.toBe(list.id);
    expect(card.ephemeral).toBe(true);
    const share = components(card).find((component) => component.custom_id === `lb1|s|${projectId}`);
    expect(share?.label).toBe('Share in channel');

    // Sharing edits the private card (its button disabled, so the card is shared once) and posts it for everyone.
    const clicked = await click(card, share?.custom_id ?? '');
    expect(clicked.json.callbackType).toBe(7);
    expect(components(replyMessage(clicked))[0]).toMatchObject({ label: 'Shared in channel', disabled: true });
    const shared = await vi.waitFor(async () => {
      const { json } = await call<{ messages: PageMessage[] }>('GET', '/api/messages');
      const found = json.messages.find((message) => message.content === '📣 Shared by **Grace Hopper**');
      if (!found) throw new Error('not posted yet');
      return found;
    });
    expect(shared.ephemeral).toBe(false);
    expect(shared.embeds[0]?.title).toBe(card.embeds[0]?.title);
  });

  it('refuses malformed or impossible requests with a 4xx JSON message', async () => {
    const cases: [string, unknown, number, RegExp][] = [
      ['/api/interactions/command', '{not json', 400, /not valid JSON/],
      ['/api/interactions/command', { subcommand: 'country', options: { name: 'BJ' } }, 400, /locale.*userName/],
      ['/api/interactions/command', { subcommand: 'country', options: {}, ...actor }, 400, /“name” is required/],
      ['/api/interactions/command', { subcommand: 'nope', options: {}, ...actor }, 400, /Unknown subcommand “nope”/],
      ['/api/interactions/command', { subcommand: 'region', options: { name: 'xx' }, ...actor }, 400, /pick one of/],
      ['/api/interactions/command', { subcommand: 'country', options: { name: 3 }, ...actor }, 400, /expected text/],
      [
        '/api/interactions/command',
        { subcommand: 'country', options: { colour: 'x' }, ...actor },
        400,
        /no option “colour”/,
      ],
      ['/api/interactions/command', { subcommand: 'stats', options: {}, ...actor, extra: 1 }, 400, /extra/],
      [
        '/api/interactions/autocomplete',
        { subcommand: 'keyword', options: {}, focused: 'words', ...actor },
        400,
        /no autocomplete/,
      ],
      ['/api/interactions/component', { messageId: '1', customId: 'x', componentType: 2, ...actor }, 400, /messageId/],
      [
        '/api/interactions/component',
        { messageId: '12345678901234567', customId: 'x', componentType: 2, ...actor },
        404,
        /no message/,
      ],
    ];
    for (const [path, body, status, message] of cases) {
      const reply = await call<{ error: { message: string } }>('POST', path, body);
      expect({ path, body, status: reply.status }).toEqual({ path, body, status });
      expect(reply.json.error.message).toMatch(message);
      expect(reply.json.error.message).not.toMatch(/\n\s+at /);
    }
    expect((await call('GET', '/api/nothing-here')).status).toBe(404);
    expect((await call('GET', '/api/interactions/command')).status).toBe(405);
  });

  it('refuses clicks on buttons that are not on the message or are disabled', async () => {
    const list = replyMessage(await command('search', { query: '2021' }));
    const previous = components(list).find((component) => component.label === '◀');
    expect(previous?.disabled).toBe(true);
    const disabled = await click(list, previous?.custom_id ?? '');
    expect(disabled.status).toBe(400);
    const forged = await click(list, 'lb1|s|aapg-2021-ifs-debar');
    expect(forged.status).toBe(400);
    const offMenu = await click(list, 'lb1|o', ['not-a-project']);
    expect(offMenu.status).toBe(400);
  });

  it('streams channel messages, creations and in-place updates, as server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(new URL('/api/events', playground.url), { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let stream = '';
    /** The `message` events received so far about one message, oldest first. */
    const eventsAbout = (id: string) =>
      stream
        .split('\n\n')
        .filter((event) => event.startsWith('event: message\ndata: '))
        .map((event) => JSON.parse(event.slice('event: message\ndata: '.length)) as PageMessage)
        .filter((message) => message.id === id);
    const readUntil = async (done: () => boolean) => {
      while (!done()) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error('the event stream ended');
        stream += decoder.decode(chunk.value, { stream: true });
      }
    };

    const list = replyMessage(await command('search', { query: '2021' }));
    await readUntil(() => eventsAbout(list.id).length === 1);
    const next = components(list).find((component) => component.label === '▶');
    await click(list, next?.custom_id ?? '');
    await readUntil(() => eventsAbout(list.id).length === 2);
    controller.abort();
    received.push(stream);

    const [created, updated] = eventsAbout(list.id);
    expect(created?.embeds[0]?.footer?.text).toContain('Page 1/2');
    expect(updated?.embeds[0]?.footer?.text).toContain('Page 2/2');
    expect(updated?.editedAt).not.toBeNull();
  });

  it('never sends the emulator token (nor an interaction token) to the page', () => {
    expect(emulatorToken.length).toBeGreaterThan(20);
    expect(received.length).toBeGreaterThan(20);
    for (const body of received) {
      expect(body).not.toContain(emulatorToken);
      // Interaction tokens, as the emulator makes them.
      expect(body).not.toContain('aW50ZXJhY3Rpb24');
    }
  });
});

describe('playground failures', () => {
  it('names PLAYGROUND_PORT in one line when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const failure = await startOn(port).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ConfigError);
      expect((failure as Error).message).toMatch(new RegExp(`Port ${port} .*already in use.*PLAYGROUND_PORT`));
      expect((failure as Error).message).not.toContain('\n');
    } finally {
      blocker.close();
    }
  });

  it('reports a bot that never answers as Discord does, with a 504', async () => {
    const local = await startOn();
    try {
      // Every interaction callback the bot tries fails: no answer ever reaches the channel.
      local.fake.failNext({ method: 'POST', pathIncludes: '/callback' }, { status: 500 }, 100);
      const response = await fetch(new URL('/api/interactions/command', local.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subcommand: 'stats', options: {}, ...actor }),
      });
      expect(response.status).toBe(504);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/did not respond/);
    } finally {
      await local.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LIST_SOURCES } from '../commands/index.ts';
import { createRouter } from '../src/app/router.ts';
import { defineSubcommand, type Reply } from '../src/app/subcommand.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { messageBody } from '../src/views/message.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';
import { bodyOf, command, component, immediate, raw, realCatalog, routerFor, textOf, USER } from './support/router.ts';

describe('bad input gets a short, friendly, private answer — never an exception', () => {
  it('an unknown subcommand (an old client after an update) is explained', () => {
    const { reply, outcome } = command('teleport');
    expect(outcome).toBe('invalid');
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    expect(textOf(bodyOf(reply))).toContain('I don’t know this command');
  });

  it('another command name is not ours', () => {
    const { outcome } = raw({
      kind: 'command',
      commandName: 'other',
      subcommand: 'search',
      options: { query: 'x' },
      user: USER,
    });
    expect(outcome).toBe('invalid');
  });

  it.each([
    [{}, 'The option “query” is required.'],
    [{ query: '' }, 'The option “query” can’t be empty.'],
    [{ query: 'x'.repeat(81) }, 'The option “query” is too long (at most 80 characters).'],
    [{ query: 42 as unknown as string }, 'The option “query” has a value I can’t use.'],
  ])('search with options %j says: %s', (options, message) => {
    const { reply, outcome } = command('search', options);
    expect(outcome).toBe('invalid');
    expect(textOf(bodyOf(reply))).toContain(message);
  });

  it('a region outside the choices (forged) is refused', () => {
    expect(textOf(bodyOf(command('region', { name: 'Atlantis' }).reply))).toContain('has a value I can’t use');
  });

  it.each(['garbage', 'lb1|p|s|1|any|q', 'lb1|s|no-such-project', 'lb1|n|next', ''])(
    'the forged component id %j gets "no longer valid"',
    (customId) => {
      const { reply, outcome } = component(customId);
      expect(outcome).toBe('invalid');
      expect(reply).toMatchObject({ type: 'message', ephemeral: true });
      expect(textOf(bodyOf(reply))).toContain('no longer valid');
    },
  );

  it('a select menu with forged values opens nothing', () => {
    expect(component('lb1|o', ['aapg-2021-dijon-fier', 'aapg-2021-ifs-debar']).outcome).toBe('invalid');
    expect(component('lb1|o', ['__proto__']).outcome).toBe('invalid');
    expect(component('lb1|o', []).outcome).toBe('invalid');
  });

  it('a handler that throws becomes an apology; autocomplete becomes no choices', () => {
    const broken = routerFor(() => {
      throw new Error('index exploded');
    });
    const failed = immediate(
      broken({
        kind: 'command',
        commandName: 'laureates',
        subcommand: 'search',
        options: { query: 'x' },
        locale: 'fr',
        user: USER,
      }),
    );
    expect(failed.outcome).toBe('error');
    expect(failed.error).toBeInstanceOf(Error);
    expect(textOf(bodyOf(failed.reply))).toContain('Une erreur s’est produite de mon côté');
    expect(textOf(bodyOf(failed.reply))).not.toContain('index exploded');
    expectWithinDiscordLimits(bodyOf(failed.reply));
    const choices = broken({
      kind: 'autocomplete',
      commandName: 'laureates',
      subcommand: 'country',
      options: {},
      focused: { name: 'name', value: 'b' },
      user: USER,
    });
    expect(choices).toMatchObject({ outcome: 'error', reply: { type: 'choices', choices: [] } });
  });

  it('a component handler failing inside the catalogue is caught too', () => {
    const failing = {
      project: () => {
        throw new Error('boom');
      },
    } as unknown as Catalog;
    const { outcome } = immediate(
      routerFor(() => failing)({
        kind: 'component',
        customId: 'lb1|s|aapg-2021-dijon-fier',
        values: [],
        user: USER,
      }),
    );
    expect(outcome).toBe('error');
  });

  it('user text echoed in a title is escaped and cannot mention anyone', () => {
    const body = bodyOf(command('search', { query: '@everyone **x** <@123>' }).reply);
    const text = textOf(body);
    expect(text).not.toMatch(/@everyone|<@123>/);
    expect(text).toContain('\\*\\*x\\*\\*');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('the sharer’s display name is escaped in the public card', () => {
    const reply = raw({
      kind: 'component',
      customId: 'lb1|s|aapg-2021-dijon-fier',
      values: [],
      user: { id: '1', displayName: '@here *Eve*' },
    }).reply;
    if (reply.type !== 'update' || !reply.followUp) throw new Error('a share edits the card and posts it');
    expect(reply.followUp.body.content).toBe('📣 Shared by **@\u200bhere \\*Eve\\***');
  });
});

describe('subcommands that answer later (pictures are drawn off the event loop)', () => {
  const later = (run: () => Promise<Reply>) =>
    createRouter({
      subcommands: [defineSubcommand({ name: 'stats', options: [], run })],
      lists: LIST_SOURCES,
      catalog: () => realCatalog,
    });
  const request = { kind: 'command', commandName: 'laureates', subcommand: 'stats', options: {}, user: USER } as const;

  it('a promised reply is routed as a promise and arrives as given', async () => {
    const body = messageBody({ content: 'drawn' });
    const result = later(async () => ({ type: 'message', ephemeral: false, body }))(request);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toMatchObject({ outcome: 'ok', action: 'stats', reply: { body } });
  });

  it('a promise that rejects becomes the same apology as a throw, never a rejection', async () => {
    const handled = await later(() => Promise.reject(new Error('renderer died')))({ ...request, locale: 'fr' });
    expect(handled.outcome).toBe('error');
    expect(handled.error).toBeInstanceOf(Error);
    expect(textOf(bodyOf(handled.reply))).toContain('Une erreur s’est produite de mon côté');
    expect(textOf(bodyOf(handled.reply))).not.toContain('renderer died');
  });
});

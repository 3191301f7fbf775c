import { describe, expect, it } from 'vitest';
import type { InteractionRequest } from '../src/app/router.ts';
import { LIST_SOURCES, SUBCOMMANDS } from '../commands/index.ts';
import { createRouter } from '../src/app/router.ts';
import { bodyOf, customIds, immediate, realCatalog, routerFor, textOf, USER } from './support/router.ts';

/** How the router answers questions that arrive as messages (mention, DM) and from the message menu. */
const router = routerFor();
const handle = (request: InteractionRequest) => immediate(router(request));
const OTHER = { id: '4000000000000000999', displayName: 'Bob' };

const message = (text: string, extra: Partial<Extract<InteractionRequest, { kind: 'message' }>> = {}) =>
  handle({ kind: 'message', text, channel: 'guild', user: USER, ...extra });
const menu = (text: string, locale = 'en-US', commandName = 'Find laureates') =>
  handle({ kind: 'messageCommand', commandName, text, locale, user: USER });

describe('a question by message', () => {
  it('goes to `ask` with the text as its question, and is answered for everyone', () => {
    const handled = message('benin');
    expect(handled).toMatchObject({ outcome: 'ok', action: 'message:ask' });
    expect(handled.reply).toMatchObject({ type: 'message', ephemeral: false });
    expect(bodyOf(handled.reply).embeds[0]?.title).toContain('benin');
  });

  it('is answered in the language the hook reads from the question (messages carry no locale)', () => {
    const asked: string[] = [];
    const router = createRouter({
      subcommands: SUBCOMMANDS,
      lists: LIST_SOURCES,
      catalog: () => realCatalog,
      questionLanguage: (question) => {
        asked.push(question);
        return question.includes('projets') ? 'fr' : 'en';
      },
    });
    const footer = (text: string) =>
      bodyOf(immediate(router({ kind: 'message', text, channel: 'dm', user: USER })).reply).embeds[0]?.footer?.text;
    expect(footer('projets togo')).toMatch(/^\d+ projets?\b/);
    expect(footer('togo')).toMatch(/^\d+ projects?\b/);
    expect(asked).toEqual(['projets togo', 'togo']);
  });

  it('is read without the bot’s mention or anyone else’s, nor links, in the question’s language', () => {
    const text = textOf(
      bodyOf(message('<@!111111111111111111> <@222222222222222222> benin <https://example.org>').reply),
    );
    expect(text).toContain('❓ benin\n');
    expect(text).toContain('Understood');
  });

  it('an empty one gets the help with example questions in both languages, publicly', () => {
    const handled = message('   ');
    expect(handled).toMatchObject({ outcome: 'ok', action: 'message:empty', reply: { ephemeral: false } });
    const text = textOf(bodyOf(handled.reply));
    expect(text).toContain('which French regions work with Cameroon?');
    expect(text).toContain('quelles régions françaises travaillent avec le Cameroun ?');
  });

  it('only asking for help or greeting gets that help, in the question’s language alone', () => {
    for (const [text, language] of [
      ['aide', 'fr'],
      ['Bonjour !', 'fr'],
      ['help', 'en'],
      ['hello', 'en'],
    ] as const) {
      const shown = textOf(bodyOf(message(text, { channel: 'dm' }).reply));
      expect(shown, text).toContain(language === 'fr' ? 'Par exemple' : 'For example');
      expect(shown, text).not.toContain(language === 'fr' ? 'For example' : 'Par exemple');
      expect(shown, text).not.toMatch(/Aude|Understood|Compris/);
    }
  });

  it('within the cooldown gets a polite “one moment”, in the question’s language', () => {
    expect(textOf(bodyOf(message('water', { tooSoon: true }).reply))).toContain('One moment please');
    expect(textOf(bodyOf(message('projets eau', { tooSoon: true }).reply))).toContain('Un instant');
  });

  it('too long for `ask` gets a friendly refusal, not a crash', () => {
    const handled = message('x'.repeat(3000));
    expect(handled.outcome).toBe('invalid');
    expect(textOf(bodyOf(handled.reply))).toContain('too long for me (at most 300 characters)');
  });

  it('without an `ask` subcommand is a friendly “unknown command”', () => {
    const withoutAsk = createRouter({
      subcommands: SUBCOMMANDS.filter((subcommand) => subcommand.name !== 'ask'),
      lists: LIST_SOURCES,
      catalog: () => realCatalog,
    });
    const handled = immediate(withoutAsk({ kind: 'message', text: 'benin', channel: 'guild', user: USER }));
    expect(handled.outcome).toBe('invalid');
    expect(textOf(bodyOf(handled.reply))).toContain('I don’t know this command');
  });
});

describe('the message menu', () => {
  it('answers the target’s text privately, in the user’s locale', () => {
    const handled = menu('togo', 'fr');
    expect(handled).toMatchObject({ outcome: 'ok', action: 'menu:ask', reply: { type: 'message', ephemeral: true } });
    expect(bodyOf(handled.reply).embeds[0]?.footer?.text).toContain('projet');
  });

  it('on a message without text says so', () => {
    expect(textOf(bodyOf(menu('').reply))).toContain('no text I can read');
  });

  it('reads the question without the target’s mentions, custom emoji and links', () => {
    const marked =
      '<@123456789012345678> <@&234567890123456789> <:bj:345678901234567890> y a-t-il un projet au Bénin ? ' +
      'https://example.com/les-projets <#456789012345678901> @everyone';
    const text = textOf(bodyOf(menu(marked, 'fr').reply));
    expect(text).toContain('**Oui.**');
    expect(text).toContain('❓ y a-t-il un projet au Bénin ?\n');
  });

  it('under another name is an unknown command', () => {
    expect(menu('togo', 'en-US', 'Something else')).toMatchObject({ outcome: 'invalid', action: 'menu:unknown' });
  });
});

describe('page buttons on an answer', () => {
  const pageTwo = () => {
    const ids = customIds(bodyOf(message('2021').reply));
    const next = ids.find((id) => id.startsWith('lb1|p|') && id.includes('|1|'));
    if (!next) throw new Error(`no next-page button in ${ids.join(', ')}`);
    return next;
  };
  const click = (customId: string, user: typeof USER, source?: { ephemeral: boolean; ownerId: string | undefined }) =>
    handle({ kind: 'component', customId, values: [], locale: 'en-US', user, ...(source ? { message: source } : {}) });

  it('turn the page in place for the person it answers', () => {
    expect(click(pageTwo(), USER, { ephemeral: false, ownerId: USER.id }).reply.type).toBe('update');
  });

  it('give anyone else that page privately, leaving the shared answer as it is', () => {
    const reply = click(pageTwo(), OTHER, { ephemeral: false, ownerId: USER.id }).reply;
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    expect(bodyOf(reply).embeds[0]?.footer?.text).toContain('Page 2/2');
  });

  it('on a private answer (only its reader can click), or when the message is unknown, update in place', () => {
    expect(click(pageTwo(), OTHER, { ephemeral: true, ownerId: USER.id }).reply.type).toBe('update');
    expect(click(pageTwo(), OTHER).reply.type).toBe('update');
  });
});

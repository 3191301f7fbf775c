import fc from 'fast-check';
import { SUBCOMMANDS } from '../../commands/index.ts';
import type { InteractionRequest } from '../../src/app/router.ts';
import type { OptionSpec } from '../../src/app/subcommand.ts';
import { realCatalog } from './router.ts';

/** Text chosen to break naive code: size, invisible and direction-changing characters, mentions, markup, syntax. */
export const NASTY_TEXT = [
  '',
  ' ',
  ' \t\n\r ',
  'x'.repeat(6000),
  '\u0000\u0007\u001b[31m\u007f',
  '\u202eevil\u202c',
  '\u2066isolated\u2069',
  'right\u200fleft\u200e\u061cmarks',
  '[Free Nitro](https://evil.example/claim)',
  '[x](<https://evil.example>)',
  '😀🇫🇷👩‍👩‍👧‍👦',
  '\ud83d',
  '北京 東京 서울',
  'مرحبا بالعالم',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!1>',
  '<@&1>',
  '<#1>',
  '**bold** __under__ ~~strike~~ `code` ```block``` > quote ||spoiler|| [link](https://example.com) # title',
  '.*+?^${}()|[]\\/',
  "=exact 'include !not ^prefix suffix$ !^nope !.end | or",
  '__proto__',
  'constructor',
  'toString',
  'lb1|p|s|0|a|q',
  '%s %d {0} ${x} null undefined NaN -1 1e999',
] as const;

/** Any string, weighted towards the nasty ones and their combinations. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_TEXT), weight: 3 },
  { arbitrary: fc.array(fc.constantFrom(...NASTY_TEXT), { maxLength: 4 }).map((parts) => parts.join(' ')), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 81, maxLength: 6000 }), weight: 1 },
);

const someProjectIds = realCatalog.projects.slice(0, 5).map((project) => project.id);

/** A value for one option as a modified client could send it: mostly text, sometimes a legal choice or a wrong type. */
function optionValue(option: OptionSpec): fc.Arbitrary<string | number | boolean> {
  const legal =
    option.type === 'boolean'
      ? fc.boolean()
      : fc.constantFrom(...(option.choices?.map((choice) => choice.value) ?? someProjectIds));
  return fc.oneof(hostileText, legal, fc.oneof(fc.boolean(), fc.double()));
}

const locale = fc.constantFrom('en-US', 'fr', 'pt-BR', '', '__proto__', 'x'.repeat(300));
const user = fc.record({ id: fc.constant('4000000000000000001'), displayName: hostileText });

/** Options of a subcommand (any subset, hostile values), plus options it doesn't have. */
const optionsOf = (options: readonly OptionSpec[]) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(options.map((option) => [option.name, optionValue(option)])), { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'query', 'x'), hostileText, { maxKeys: 2 }),
    )
    .map(([known, extra]) => ({ ...extra, ...known }));

const subcommand = fc.oneof(
  { arbitrary: fc.constantFrom(...SUBCOMMANDS), weight: 9 },
  { arbitrary: fc.constant({ name: 'teleport', options: [] as const }), weight: 1 },
);

/** `/laureates <any subcommand>` with hostile options, or an autocomplete of one of its options. */
export const hostileCommand: fc.Arbitrary<InteractionRequest> = fc
  .tuple(
    subcommand.chain((picked) => fc.tuple(fc.constant(picked.name), optionsOf(picked.options))),
    locale,
    user,
  )
  .map(([[name, options], language, who]) => ({
    kind: 'command',
    commandName: 'laureates',
    subcommand: name,
    options,
    locale: language,
    user: who,
  }));

export const hostileAutocomplete: fc.Arbitrary<InteractionRequest> = fc
  .tuple(
    subcommand.chain((picked) =>
      fc.tuple(
        fc.constant(picked.name),
        optionsOf(picked.options),
        fc.constantFrom('', ...picked.options.map((option) => option.name)),
        hostileText,
      ),
    ),
    locale,
    user,
  )
  .map(([[name, options, focused, value], language, who]) => ({
    kind: 'autocomplete',
    commandName: 'laureates',
    subcommand: name,
    options: { ...options, [focused]: value },
    focused: { name: focused, value },
    locale: language,
    user: who,
  }));

const idPart = hostileText.map((text) => text.slice(0, 40));

/** custom_ids a modified client could send: garbage, our format with wrong parts, or well-formed with hostile data. */
export const forgedCustomId: fc.Arbitrary<string> = fc.oneof(
  hostileText.map((text) => text.slice(0, 150)),
  fc
    .tuple(fc.constantFrom('p', 'o', 's', 'n', 'x', ''), fc.array(idPart, { maxLength: 6 }))
    .map(([kind, parts]) => ['lb1', kind, ...parts].join('|')),
  // Weighted up: only well-formed ids reach the list renderers with the data they carry.
  fc
    .tuple(
      fc.constantFrom('s', 'a', 'c', 'k', 'r', 'q', 'z'),
      fc.oneof(fc.nat({ max: 9999 }), fc.constantFrom(-1, 1e9)),
      fc.constantFrom('a', 'f', 'p'),
      hostileText,
    )
    .map(([mode, page, side, query]) => `lb1|p|${mode}|${page}|${side}|${query}`.slice(0, 100)),
  fc
    .tuple(
      fc.constantFrom('s', 'a', 'c', 'k', 'r', 'q'),
      fc.nat({ max: 20 }),
      fc.constantFrom('a', 'f', 'p'),
      hostileText,
    )
    .map(([mode, page, side, query]) => `lb1|p|${mode}|${page}|${side}|${query.trim() || 'eau'}`.slice(0, 100)),
  fc
    .oneof(fc.constantFrom(...someProjectIds), fc.stringMatching(/^[a-z0-9-]{1,90}$/), idPart)
    .map((id) => `lb1|s|${id}`),
  fc.constant('lb1|o'),
);

/** Select menu values: none, too many, unknown ids, real ids, prototype keys. */
export const forgedValues: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(hostileText, fc.constantFrom(...someProjectIds, '__proto__', 'constructor')),
  { maxLength: 26 },
);

export const hostileComponent: fc.Arbitrary<InteractionRequest> = fc
  .tuple(forgedCustomId, forgedValues, locale, user)
  .map(([customId, values, language, who]) => ({
    kind: 'component',
    customId,
    values,
    locale: language,
    user: who,
  }));

/** A plain message's question (mention stripped by the transport), in a channel or a DM, maybe within the cooldown. */
export const hostileMessage: fc.Arbitrary<InteractionRequest> = fc
  .tuple(hostileText, fc.constantFrom('guild' as const, 'dm' as const), fc.boolean(), user)
  .map(([text, channel, tooSoon, who]) => ({
    kind: 'message',
    text,
    channel,
    user: who,
    ...(tooSoon ? { tooSoon } : {}),
  }));

/** The message menu on a message saying anything, under its name or a forged one. */
export const hostileMessageCommand: fc.Arbitrary<InteractionRequest> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant('Find laureates'), weight: 9 }, { arbitrary: hostileText, weight: 1 }),
    hostileText,
    locale,
    user,
  )
  .map(([commandName, text, language, who]) => ({
    kind: 'messageCommand',
    commandName,
    text,
    locale: language,
    user: who,
  }));

/** What a person can post: 1 to 2,000 characters that are not all blank (Discord refuses the rest). */
export const postableText: fc.Arbitrary<string> = hostileText
  .map((text) => text.slice(0, 1900))
  .filter((text) => text.trim().length > 0);

/** Pieces of real questions: each path of understanding (places, kinds, counts, which, yes/no, typos) gets reached. */
const QUESTION_PARTS = [
  'quels projets en',
  'Afrique',
  "Afrique de l'Ouest",
  'combien de',
  'pays',
  'which French regions work with',
  'Cameroun',
  'la Normandie travaille-t-elle avec',
  'le Mali ?',
  'y a-t-il un projet au',
  'is there a project in',
  'Sénégal',
  'US',
  'Lot',
  'département 40',
  'communes',
  'eau potable',
  'who',
  'où',
  'est-ce que',
  'please show me',
  'afriqe',
  'carte',
  '?',
] as const;

/** A question as anyone could type it: real pieces mixed with hostile text, up to and past the option's limit. */
export const hostileQuestion: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...QUESTION_PARTS), hostileText), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(' ')),
  hostileText,
);

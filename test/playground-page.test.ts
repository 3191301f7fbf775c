import { describe, expect, it } from 'vitest';
import type { SlashCommand } from '../src/playground/command-model.ts';
import { collectValues, commandEntries, matchEntries, parseTyped } from '../src/playground/public/commands.ts';
import { stringsFor } from '../src/playground/public/i18n.ts';
import { parseMarkdown } from '../src/playground/public/markdown.ts';

describe('playground markdown', () => {
  it('reads the bot’s bold, italic and line breaks', () => {
    expect(parseMarkdown('**1.** 🇧🇯 **Cergy**\n└ *Les Sentinelles*')).toEqual([
      { kind: 'bold', children: [{ kind: 'text', text: '1.' }] },
      { kind: 'text', text: ' 🇧🇯 ' },
      { kind: 'bold', children: [{ kind: 'text', text: 'Cergy' }] },
      { kind: 'break' },
      { kind: 'text', text: '└ ' },
      { kind: 'italic', children: [{ kind: 'text', text: 'Les Sentinelles' }] },
    ]);
  });

  it('nests spans and keeps escaped markers literal', () => {
    expect(parseMarkdown('*a **b** c*')).toEqual([
      {
        kind: 'italic',
        children: [
          { kind: 'text', text: 'a ' },
          { kind: 'bold', children: [{ kind: 'text', text: 'b' }] },
          { kind: 'text', text: ' c' },
        ],
      },
    ]);
    expect(parseMarkdown('\\*not italic\\* snake_case_name 5 * 3')).toEqual([
      { kind: 'text', text: '*not italic* snake_case_name 5 * 3' },
    ]);
  });

  it('reads a `-# ` line as Discord’s subtext, with its markdown, only at the start of a line', () => {
    expect(parseMarkdown('❓ q\n-# Understood: **projects** · Africa\n**Yes.**')).toEqual([
      { kind: 'text', text: '❓ q' },
      { kind: 'break' },
      {
        kind: 'subtext',
        children: [
          { kind: 'text', text: 'Understood: ' },
          { kind: 'bold', children: [{ kind: 'text', text: 'projects' }] },
          { kind: 'text', text: ' · Africa' },
        ],
      },
      { kind: 'break' },
      { kind: 'bold', children: [{ kind: 'text', text: 'Yes.' }] },
    ]);
    expect(parseMarkdown('-# small')).toEqual([{ kind: 'subtext', children: [{ kind: 'text', text: 'small' }] }]);
    expect(parseMarkdown('a -# b\n\\-# c\n-#  ')).toEqual([
      { kind: 'text', text: 'a -# b' },
      { kind: 'break' },
      { kind: 'text', text: '-# c' },
      { kind: 'break' },
      { kind: 'text', text: '-#  ' },
    ]);
  });

  it('keeps markup as text and links only to http(s)', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(parseMarkdown('[site](https://example.org) [bad](javascript:alert(1))')).toEqual([
      { kind: 'link', href: 'https://example.org', children: [{ kind: 'text', text: 'site' }] },
      { kind: 'text', text: ' [bad](javascript:alert(1))' },
    ]);
  });
});

const laureates: SlashCommand = {
  name: 'laureates',
  name_localizations: { fr: 'laureats' },
  description: 'd',
  options: [
    {
      type: 1,
      name: 'country',
      name_localizations: { fr: 'pays' },
      description: 'd',
      options: [{ type: 3, name: 'name', description: 'd', required: true, autocomplete: true }],
    },
    {
      type: 1,
      name: 'authority',
      name_localizations: { fr: 'collectivité' },
      description: 'd',
      options: [
        {
          type: 3,
          name: 'side',
          description: 'd',
          choices: [{ name: 'French lead authority', name_localizations: { fr: 'Chef de file' }, value: 'french' }],
        },
      ],
    },
  ],
};
const entries = commandEntries([laureates]);
const names = (text: string) => matchEntries(text, entries).matches.map((entry) => entry.subcommand.name);

describe('playground composer', () => {
  it('offers subcommands by their English or French names, accents ignored', () => {
    expect(names('/lau')).toEqual(['country', 'authority']);
    expect(names('/laureats pa')).toEqual(['country']);
    expect(names('/laureates collectivite')).toEqual(['authority']);
    expect(names('/coun')).toEqual(['country']);
    expect(names('laureates')).toEqual([]);
    expect(matchEntries('/laureates country', entries).exact?.subcommand.name).toBe('country');
  });

  it('reads a typed choice by its name in either language, or refuses it', () => {
    const side = entries[1]?.subcommand.options[0];
    if (!side) throw new Error('fixture without side');
    expect(parseTyped(side, 'chef de file', 'fr', stringsFor('fr'))).toEqual({ ok: true, value: 'french' });
    expect(parseTyped(side, 'french', 'en-US', stringsFor('en-US'))).toEqual({ ok: true, value: 'french' });
    expect(parseTyped(side, 'nowhere', 'en-US', stringsFor('en-US'))).toEqual({ ok: false, problem: 'choice' });
  });

  it('sends picked values, reads typed ones and names the first missing required option', () => {
    const [country, authority] = entries;
    const name = country?.subcommand.options[0];
    const side = authority?.subcommand.options[0];
    if (!name || !side) throw new Error('fixture without options');
    const en = stringsFor('en-US');
    expect(
      collectValues([{ option: name, text: 'Benin (BJ)', picked: 'BJ' }], { lenient: false }, 'en-US', en),
    ).toEqual({
      ok: true,
      values: { name: 'BJ' },
    });
    expect(
      collectValues([{ option: side, text: 'Either', picked: undefined }], { lenient: true }, 'en-US', en),
    ).toEqual({ ok: true, values: {} });
    expect(
      collectValues([{ option: name, text: ' ', picked: undefined }], { lenient: false }, 'fr', stringsFor('fr')),
    ).toEqual({ ok: false, index: 0, message: '« name » est obligatoire.' });
  });
});

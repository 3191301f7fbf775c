import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../commands/index.ts';
import { applicationCommand, applicationCommands } from '../src/app/definition.ts';
import { REGIONS } from '../src/domain/regions.ts';

const definition = applicationCommand(SUBCOMMANDS);
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** The command as the JSON Discord receives, walked generically. */
interface Named {
  name: string;
  required?: boolean;
  description?: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Named[];
  choices?: { name: string; value: string; name_localizations?: Record<string, string> }[];
}
const json = JSON.parse(JSON.stringify(definition)) as Named;

/** Every command and option object of the definition, depth first. */
function allNamed(): Named[] {
  const walk = (named: Named): Named[] => [named, ...(named.options ?? []).flatMap(walk)];
  return walk(json);
}

describe('the registered command', () => {
  it('is /laureates (fr: laureats) with the public subcommand names, in order', () => {
    expect(definition.name).toBe('laureates');
    expect(definition.name_localizations).toEqual({ fr: 'laureats' });
    expect(definition.options?.map((option) => option.name)).toEqual([
      'ask',
      'search',
      'authority',
      'country',
      'keyword',
      'region',
      'project',
      'stats',
      'map',
      'random',
      'help',
    ]);
  });

  it('installs on servers and user accounts and works in servers, bot DMs and private channels', () => {
    expect(definition.integration_types).toEqual([0, 1]);
    expect(definition.contexts).toEqual([0, 1, 2]);
  });

  it('localises every name and description in French, within Discord’s naming rules', () => {
    for (const named of allNamed()) {
      expect(named.name).toMatch(NAME);
      expect(named.name).toBe(named.name.toLowerCase());
      expect(named.name_localizations?.fr).toMatch(NAME);
      expect(named.name_localizations?.fr).toBe(named.name_localizations?.fr?.toLowerCase());
      expect(named.description?.length).toBeGreaterThan(0);
      expect(named.description?.length).toBeLessThanOrEqual(100);
      expect(named.description_localizations?.fr?.length).toBeGreaterThan(0);
      expect(named.description_localizations?.fr?.length).toBeLessThanOrEqual(100);
    }
  });

  it('stays within 25 options per command, 25 choices per option and 8,000 characters of text', () => {
    let characters = 0;
    const count = (text: string | undefined) => (characters += text?.length ?? 0);
    for (const named of allNamed()) {
      count(named.name);
      count(named.description);
      Object.values(named.name_localizations ?? {}).forEach(count);
      Object.values(named.description_localizations ?? {}).forEach(count);
      const withOptions = named as {
        options?: unknown[];
        choices?: { name: string; value: string; name_localizations?: Record<string, string> }[];
      };
      expect(withOptions.options?.length ?? 0).toBeLessThanOrEqual(25);
      expect(withOptions.choices?.length ?? 0).toBeLessThanOrEqual(25);
      for (const choice of withOptions.choices ?? []) {
        count(choice.name);
        count(choice.value);
        Object.values(choice.name_localizations ?? {}).forEach(count);
      }
    }
    expect(characters).toBeLessThanOrEqual(8000);
  });

  it('puts required options before optional ones and offers autocomplete on free-text names', () => {
    for (const subcommand of json.options ?? []) {
      const options = subcommand.options ?? [];
      const firstOptional = options.findIndex((option) => !option.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).every((option) => !option.required)).toBe(true);
    }
    const option = (sub: string, name: string) =>
      json.options
        ?.find((candidate) => candidate.name === sub)
        ?.options?.find((candidate) => candidate.name === name) as
        (Named & { autocomplete?: boolean; max_length?: number }) | undefined;
    expect(option('search', 'query')?.autocomplete).toBe(true);
    expect(option('country', 'name')?.autocomplete).toBe(true);
    expect(option('authority', 'name')?.autocomplete).toBe(true);
    expect(option('project', 'id')?.autocomplete).toBe(true);
    expect(option('search', 'query')?.max_length).toBe(80);
    expect(option('region', 'name')?.choices).toHaveLength(REGIONS.length);
    expect(option('authority', 'side')?.choices).toEqual([
      { name: 'Either', name_localizations: { fr: 'Les deux' }, value: 'any' },
      {
        name: 'French lead authority',
        name_localizations: { fr: 'Collectivité française chef de file' },
        value: 'french',
      },
      { name: 'Partner abroad', name_localizations: { fr: 'Partenaire à l’étranger' }, value: 'partner' },
    ]);
  });
});

describe('the message menu command', () => {
  const [slash, menu] = applicationCommands(SUBCOMMANDS);

  it('is registered with the slash command, in the same bulk overwrite', () => {
    expect(slash).toEqual(definition);
    expect(menu).toBeDefined();
  });

  it('is a message command (type 3) “Find laureates”, French “Trouver des lauréats”, available like the slash one', () => {
    expect(menu).toEqual({
      type: 3,
      name: 'Find laureates',
      name_localizations: { fr: 'Trouver des lauréats' },
      integration_types: definition.integration_types,
      contexts: definition.contexts,
    });
  });

  it('has names within Discord’s 1–32 characters for context menus (spaces and capitals allowed)', () => {
    const localised = Object.values(menu?.name_localizations ?? {}).filter((name) => name !== null);
    for (const name of [menu?.name ?? '', ...localised]) {
      expect(name.length).toBeGreaterThanOrEqual(1);
      expect(name.length).toBeLessThanOrEqual(32);
    }
  });
});

import { ApplicationCommandOptionType, InteractionType } from 'discord-api-types/v10';
import { expect, it } from 'vitest';
import { parseInteraction } from '../src/bot/http/payload.ts';

const command = (options: unknown[]) => ({
  id: '1',
  application_id: '2',
  token: 'interaction-token',
  type: InteractionType.ApplicationCommand,
  user: { id: '3', username: 'ada' },
  data: { name: 'laureates', options },
});

it('reads options as deep as Discord nests them: a group, its subcommand, their options', () => {
  const parsed = parseInteraction(
    command([
      {
        name: 'group',
        type: ApplicationCommandOptionType.SubcommandGroup,
        options: [
          {
            name: 'country',
            type: ApplicationCommandOptionType.Subcommand,
            options: [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'benin' }],
          },
        ],
      },
    ]),
  );
  expect(parsed.type === 'request' && parsed.request).toMatchObject({
    kind: 'command',
    subcommand: 'country',
    options: { name: 'benin' },
  });
});

it('reads a forged payload nested 100,000 levels deep without overflowing the stack (deeper levels dropped)', () => {
  let options: unknown[] = [{ name: 'leaf', type: ApplicationCommandOptionType.String, value: 'x' }];
  for (let level = 0; level < 100_000; level++) {
    options = [{ name: 'country', type: ApplicationCommandOptionType.Subcommand, options }];
  }
  const parsed = parseInteraction(command(options));
  expect(parsed.type).toBe('request');
  expect(parsed.type === 'request' && parsed.request).toMatchObject({ kind: 'command', subcommand: 'country' });
});

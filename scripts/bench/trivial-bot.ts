/**
 * The floor for the end-to-end benchmark: a discord.js bot with the same client options as ours that answers every
 * interaction with a constant embed (or one constant choice), so any difference is the cost of our code.
 */
import { Client, Events, MessageFlags, type Interaction } from 'discord.js';
import { clientOptionsFor } from '../../src/bot/client.ts';
import { READY_LINE } from '../../src/bot/readyLine.ts';

const EMBED = { title: 'Constant', description: 'The same answer to everything.', color: 0x5865f2 };
const CHOICES = [{ name: 'constant', value: 'constant' }];

function answer(interaction: Interaction): Promise<unknown> | undefined {
  if (interaction.isAutocomplete()) return interaction.respond(CHOICES);
  if (interaction.isRepliable()) return interaction.reply({ embeds: [EMBED], flags: MessageFlags.Ephemeral });
  return undefined;
}

const client = new Client(clientOptionsFor(process.env.DISCORD_API_URL));
client.on(Events.InteractionCreate, (interaction) => void answer(interaction)?.catch(console.error));
// The same line as the real bot's log, which the benchmark waits for.
client.once(Events.ClientReady, () => console.log(JSON.stringify({ msg: READY_LINE })));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);

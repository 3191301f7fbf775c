import { SUBCOMMANDS } from '../commands/index.ts';
import { loadConfig, requireDiscord } from '../src/bot/config.ts';
import { registerCommands } from '../src/bot/deploy.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const config = requireDiscord(loadConfig());
  const registration = await registerCommands({
    token: config.DISCORD_TOKEN,
    clientId: config.DISCORD_CLIENT_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
    subcommands: SUBCOMMANDS,
  });
  const where =
    registration.scope === 'guild'
      ? `to guild ${config.DISCORD_GUILD_ID} (instant)`
      : 'globally (may take a while to show)';
  console.log(`Registered ${registration.commands.length} command(s) ${where}:`);
  const subcommands = SUBCOMMANDS.map((subcommand) => subcommand.name).join(', ');
  for (const command of registration.commands) {
    // Type 3 is a message context-menu command: it has a name people see in "Apps", no slash, no subcommands.
    if (command.type === 3) console.log(`  message menu “${command.name}” (id ${command.id})`);
    else console.log(`  /${command.name} (id ${command.id}) — subcommands: ${subcommands}`);
  }
});

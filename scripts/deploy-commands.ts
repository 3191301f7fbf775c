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
  for (const command of registration.commands) {
    const subcommands = SUBCOMMANDS.map((subcommand) => subcommand.name).join(', ');
    console.log(`  /${command.name} (id ${command.id}) — subcommands: ${subcommands}`);
  }
});

// Registers the commands with Discord: to one server when DISCORD_GUILD_ID is set (instant), otherwise globally.
import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { BotConfig } from '../config.js';

export async function registerCommands(
  config: Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<{ count: number; scope: string }> {
  if (!config.clientId) throw new Error('DISCORD_CLIENT_ID is needed to register commands');
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  // Where a command may be used (server, DMs) is a global command's setting; a server's own commands do not take it.
  const body = config.guildId
    ? definitions.map(({ contexts: _c, integration_types: _i, dm_permission: _d, ...definition }) => definition)
    : definitions;
  const registered = (await rest.put(route, { body })) as unknown[];
  return { count: registered.length, scope: config.guildId ? `server ${config.guildId}` : 'all servers' };
}

// How many shards Discord recommends for the bot, from GET /gateway/bot on the configured API (discord.js's own
// fetchRecommendedShardCount always asks discord.com, which the local Discord and the tests are not).
import { REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { BotConfig } from '../config.js';

/** Discord's `shards` for this token, ≥ 1; rejects as the REST call does (a refused token is a DiscordAPIError 401). */
export async function recommendedShards(config: Pick<BotConfig, 'token' | 'apiUrl'>): Promise<number> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, shards);
}

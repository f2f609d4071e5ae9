// A discord.js client of the Guilds intent pointed at a local Discord, and its login that waits for READY.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordStandin } from '../../src/localDiscord/index.js';

export function standinClient(discord: DiscordStandin): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
}

/** Resolves once the client is ready; listeners added before it see every event from the first. */
export async function logIn(client: Client, discord: DiscordStandin): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
}

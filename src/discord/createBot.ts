// The Discord client with only the Guilds intent, wired to the one dispatch; `stop` finishes what is under way first.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config.js';
import type { LibraryHolder } from '../library/libraryHolder.js';
import { watchGateway } from './watchGateway.js';
import { DRAIN_MS, wireDispatch } from './wireDispatch.js';

/** `onFatal` runs when Discord closes the gateway for good (logged already): the process should end with an error. */
export function createBot(config: BotConfig, library: LibraryHolder, log: Logger, onFatal: () => void) {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.apiUrl },
    // Under a ShardingManager discord.js reads these from its environment too; said here so the config is the source.
    ...(config.shard ? { shards: [config.shard.id], shardCount: config.shard.count } : {}),
    // A second guard: every payload already sets allowed_mentions itself.
    allowedMentions: { parse: [] },
  });
  const dispatcher = wireDispatch(client, config, library, log);
  watchGateway(client, log, onFatal);
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.dispatch(interaction));
  client.once(Events.ClientReady, (ready) => {
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, corpus: library.stamp, pid: process.pid }, 'ready');
    if (config.auditChannelId) {
      ready.channels.fetch(config.auditChannelId).catch((error: unknown) => {
        log.warn(
          { err: error, channel: config.auditChannelId },
          `AUDIT_CHANNEL_ID cannot be reached: shares will ${config.auditRequired ? 'be refused (AUDIT_REQUIRED)' : 'go unrecorded'}`,
        );
      });
    }
  });

  return {
    login: () => client.login(config.token),
    async stop() {
      await dispatcher.stop(DRAIN_MS);
      await client.destroy();
    },
  };
}

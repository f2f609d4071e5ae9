// What the gateway and HTTP modes share: the one dispatch, set up from the configuration over a discord.js client,
// with the client's own error and warning events logged.
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { buttonHandlers, commands } from '../../commands/index.js';
import { RateLimiter } from '../bot/rateLimiter.js';
import { ResultsStore } from '../bot/resultsStore.js';
import type { BotConfig } from '../config.js';
import type { LibraryHolder } from '../library/libraryHolder.js';
import { reloadReport } from '../library/reloadReport.js';
import { answerUnattributed } from './answerUnattributed.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { watchPlaces } from './interactionPlace.js';
import { reloadEverywhere } from './reloadEverywhere.js';

/** How long a shutdown waits for interactions under way. */
export const DRAIN_MS = 5000;

/**
 * The dispatcher for `client`'s interactions. The caller hands it each interaction (on INTERACTION_CREATE); the
 * client must see every raw INTERACTION_CREATE packet first (Events.Raw), as the gateway emits them.
 */
export function wireDispatch(client: Client, config: BotConfig, library: LibraryHolder, log: Logger, { replica = false } = {}): Dispatcher {
  const dispatcher = createDispatcher({
    commands,
    buttons: buttonHandlers,
    library,
    reload: reloadEverywhere(client, async () => ({
      ...(await reloadReport(library, config.shard?.id)),
      ...(replica ? { replica: true as const } : {}),
    })),
    limits: { commands: new RateLimiter(config.rateLimit.commands), buttons: new RateLimiter(config.rateLimit.buttons) },
    results: new ResultsStore(),
    verifications: new ResultsStore(),
    placeOf: watchPlaces(client),
    allowedChannelIds: config.allowedChannelIds,
    ...(config.auditChannelId ? { audit: { channelId: config.auditChannelId, required: config.auditRequired } } : {}),
    log,
  });
  answerUnattributed(client, log);
  // Without listeners, an 'error' event would throw and end the process.
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  return dispatcher;
}

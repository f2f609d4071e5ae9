// The bot of `start:http`: a discord.js client that never connects to the gateway, given each signed webhook payload
// as the gateway would give it, wired to the same dispatch as createBot; its first answer goes back in the HTTP response.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Events, GatewayDispatchEvents, type APIInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../../config.js';
import type { LibraryHolder } from '../../library/libraryHolder.js';
import { DRAIN_MS, wireDispatch } from '../wireDispatch.js';
import { ACK_WITHIN_MS, firstAnswers } from './firstAnswers.js';
import { createInteractionServer } from './interactionServer.js';
import { signatureChecker } from './verifySignature.js';

/** discord.js's handler of INTERACTION_CREATE, which builds the interaction object and emits it. */
type WithActions = { actions: { InteractionCreate: { handle(data: APIInteraction): void } } };

/**
 * `config.http` must be set (readBotConfig's `http` purpose). `ackWithinMs`: how long an interaction may go
 * unacknowledged before the response defers it (ACK_WITHIN_MS; tests shorten it).
 */
export function createHttpBot(config: BotConfig, library: LibraryHolder, log: Logger, ackWithinMs = ACK_WITHIN_MS) {
  const answers = firstAnswers(config.apiUrl, ackWithinMs);
  const client = new Client({
    intents: [],
    rest: { api: config.apiUrl, makeRequest: answers.makeRequest },
    allowedMentions: { parse: [] },
  });
  // What login would do for REST, without the gateway: follow-ups, edits and the audit channel's posts need the token.
  client.rest.setToken(config.token);
  const dispatcher = wireDispatch(client, config, library, log, { replica: true });
  client.on(Events.InteractionCreate, (interaction) => answers.handedOver(interaction.id, dispatcher.dispatch(interaction)));

  /** As discord.js's gateway does with a dispatch: the raw packet first (its listeners may rename it), then the action. */
  function deliver(raw: APIInteraction): void {
    const packet: { t: string; d: APIInteraction } = { t: GatewayDispatchEvents.InteractionCreate, d: raw };
    client.emit(Events.Raw, packet);
    if (packet.t === (GatewayDispatchEvents.InteractionCreate as string))
      (client as unknown as WithActions).actions.InteractionCreate.handle(raw);
  }

  let stopping = false;
  const server: Server = createInteractionServer({
    verify: signatureChecker(config.http!.publicKey),
    healthy: () => !stopping,
    answer: (raw) => answers.answer(raw, () => deliver(raw)),
    log,
  });

  return {
    /** Listens on `port` (0: any free one) of `host`; resolves with the port. */
    async listen(port: number, host?: string): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const bound = (server.address() as AddressInfo).port;
      log.info({ port: bound, corpus: library.stamp, pid: process.pid }, 'ready for interactions over HTTP');
      return bound;
    },
    /** Refuses new interactions (health turns 503), finishes those under way, then closes the port. */
    async stop(): Promise<void> {
      stopping = true;
      await dispatcher.stop(DRAIN_MS);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.destroy();
    },
  };
}

// Starts the stand-in (REST + gateway on one 127.0.0.1 port) and exposes the handles tests drive it with.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import type { RestFault } from './faults.js';
import { DEFAULT_IDS, botUserObject, type StandinIds } from './fixtures.js';
import { Gateway, type GatewayPayload, type GatewaySession } from './gateway.js';
import { botToken } from './ids.js';
import { adaptToRegisteredCommands } from './registered.js';
import { API_PREFIX, createRestHandler } from './rest.js';
import type { RouteResponse } from './router.js';
import { basicRoutes } from './routes-basic.js';
import { commandRoutes } from './routes-commands.js';
import { handleCallback, interactionRoutes } from './routes-interactions.js';
import {
  StandinState,
  type InteractionCallbackBody,
  type InteractionRecord,
  type RecordedRequest,
  type RegisteredCommands,
  type StandinOptions,
} from './state.js';

export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  /** The payload as dispatched (after command ids/option types were aligned with registered commands). */
  readonly payload: APIInteraction;
  /** Requests recorded for this interaction so far: callback, follow-ups, @original gets/edits/deletes. */
  readonly requests: readonly RecordedRequest[];
  /** The first accepted callback body, exactly as sent. Rejects at once if Discord would have refused the callback. */
  waitForCallback(timeoutMs?: number): Promise<InteractionCallbackBody>;
  /** Resolves with all requests for this interaction once at least `count` were recorded. */
  waitForRequests(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** The interaction's response message as currently stored (after edits), if any. */
  originalMessage(): APIMessage | undefined;
}

/** An interaction Discord sent to the bot's Interactions Endpoint URL instead of the gateway. */
export interface HttpInteractionHandle extends InteractionHandle {
  /**
   * Records the bot's HTTP response to the webhook as the interaction's callback, judged as Discord judges a callback
   * (its type, its message, the 3 s deadline); anything but a 200 with a JSON body is a failed interaction. A refusal
   * shows in `requests` and makes `waitForCallback` reject, as for a REST callback.
   */
  recordHttpResponse(status: number, body: unknown): void;
}

export interface DiscordStandin {
  /** Give this to discord.js as `rest.api`; it appends `/v10` itself. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly ids: Readonly<StandinIds>;
  readonly botUser: APIUser;
  readonly requests: readonly RecordedRequest[];
  readonly commands: RegisteredCommands;
  readonly channelMessages: readonly APIMessage[];
  /** Every message the stand-in knows, by id, in its current (edited) form. */
  readonly messages: ReadonlyMap<string, APIMessage>;
  readonly gateway: {
    readonly received: readonly GatewayPayload[];
    readonly readyCount: number;
    requestReconnect(): void;
    dropConnections(): void;
    /** Closes every connection with a gateway close code, as Discord does (4000 unknown error, 4004 token reset, …). */
    closeConnections(code: number): void;
    /** Op 9: `resumable` lets the client RESUME; otherwise the session is gone and it must IDENTIFY again. */
    invalidateSessions(resumable: boolean): void;
    /** Forgets every session, so that a RESUME is refused (op 9, not resumable), as after Discord's session timeout. */
    expireSessions(): void;
    /** While on, heartbeats go unacknowledged, as on a zombie connection. */
    withholdHeartbeatAcks(on: boolean): void;
  };
  /** The next `times` REST requests matching `where` get `fault` (see faults.ts). */
  injectFault(where: { method?: string; path: RegExp }, fault: RestFault, times?: number): void;
  /** With no `nth`: a currently connected ready session, or the next one. With `nth`: the nth READY of the stand-in's life. */
  waitForReady(options?: { nth?: number; timeoutMs?: number }): Promise<GatewaySession>;
  sendInteraction(payload: APIInteraction): InteractionHandle;
  /**
   * An interaction known to the stand-in (its token opens the interaction webhooks, its deadlines run from now) but not
   * dispatched over the gateway: the test posts `payload` to the bot's HTTP endpoint and records the response.
   */
  createHttpInteraction(payload: APIInteraction): HttpInteractionHandle;
  /** Raw dispatch to the connected bot, for events the builders do not cover. Returns the sequence number. */
  dispatch(event: string, data: unknown): number;
  /** Moves the stand-in's clock on, e.g. past an interaction token's 15 minutes, without waiting. */
  advanceClock(ms: number): void;
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Requests that matched no route or were answered with an error, faults asked for aside: what a test usually wants to be empty. */
  unexpectedRequests(): RecordedRequest[];
  close(): Promise<void>;
}

export type { StandinOptions };

const describeRequests = (requests: readonly RecordedRequest[]) =>
  requests.length ? requests.map((r) => `\n  ${r.method} ${r.path} -> ${r.status}`).join('') : ' (none)';

export async function startDiscordStandin(options: StandinOptions = {}): Promise<DiscordStandin> {
  const ids: StandinIds = {
    applicationId: options.applicationId ?? DEFAULT_IDS.applicationId,
    guildId: options.guildId ?? DEFAULT_IDS.guildId,
    channelId: options.channelId ?? DEFAULT_IDS.channelId,
    botUserId: options.botUserId ?? options.applicationId ?? DEFAULT_IDS.botUserId,
    userId: options.userId ?? DEFAULT_IDS.userId,
  };
  const state = new StandinState({
    ids,
    token: options.token ?? botToken(ids.botUserId),
    botUser: botUserObject(ids.botUserId),
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    interactionDeadlineMs: options.interactionDeadlineMs ?? 3_000,
    validate: options.validate ?? true,
    // Below vitest's 5 s test timeout so a stuck wait reports what it saw instead of a bare test timeout.
    waitTimeoutMs: options.waitTimeoutMs ?? 4_000,
    shards: options.shards ?? 1,
    guildIds: [ids.guildId, ...(options.extraGuildIds ?? [])],
  });

  let port = 0;
  const gatewayUrl = () => `ws://127.0.0.1:${port}/gateway`;
  const gateway = new Gateway(state, { url: gatewayUrl, allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0 });
  const handleRest = createRestHandler(state, [
    ...basicRoutes({
      get url() {
        return gatewayUrl();
      },
    }),
    ...commandRoutes,
    ...interactionRoutes,
  ]);
  const server = createServer((req, res) => {
    handleRest(req, res).catch((error: unknown) => {
      // 400 rather than 500: discord.js retries 5xx, which would only hide the stand-in bug behind a delay.
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `Discord stand-in error: ${String(error)}`, code: 0 }));
    });
  });
  server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const timeout = (ms?: number) => ms ?? state.config.waitTimeoutMs;

  /** Checks `input` as Discord would have made it and records it: the payload as sent, with the ids Discord gave. */
  function admit(input: APIInteraction, overHttp: boolean): InteractionRecord {
    if (input.application_id !== ids.applicationId) {
      throw new Error(`Interaction application_id ${input.application_id} is not the stand-in's application ${ids.applicationId}`);
    }
    if (input.guild_id !== undefined && !state.config.guildIds.includes(input.guild_id)) {
      throw new Error(`Interaction guild_id ${input.guild_id} is not one of the stand-in's guilds ${state.config.guildIds.join(', ')}`);
    }
    const payload = adaptToRegisteredCommands(structuredClone(input), state.commands);
    if (payload.message) state.storeMessage(structuredClone(payload.message));
    return state.addInteraction(payload, overHttp);
  }

  function handleOf(record: InteractionRecord): InteractionHandle {
    const { payload } = record;
    return {
      id: payload.id,
      token: payload.token,
      payload,
      get requests() {
        return record.requests;
      },
      waitForCallback: (ms) =>
        state.changes.waitFor(
          () => {
            if (record.callback) return record.callback.body as InteractionCallbackBody;
            const rejected = record.requests.find((r) => r.route?.endsWith('/callback') && r.status >= 400);
            if (rejected) {
              throw new Error(
                `Interaction callback rejected with ${rejected.status}: ${JSON.stringify(rejected.response)}\nbody: ${JSON.stringify(rejected.body)}`,
              );
            }
            return undefined;
          },
          timeout(ms),
          () => `the callback of interaction ${payload.id}; its requests so far:${describeRequests(record.requests)}`,
        ),
      waitForRequests: (count, ms) =>
        state.changes.waitFor(
          () => (record.requests.length >= count ? [...record.requests] : undefined),
          timeout(ms),
          () => `${count} request(s) for interaction ${payload.id}; got:${describeRequests(record.requests)}`,
        ),
      originalMessage: () => (record.originalMessageId ? state.messages.get(record.originalMessageId) : undefined),
    };
  }

  function sendInteraction(input: APIInteraction): InteractionHandle {
    const session = gateway.sessionFor(input.guild_id);
    if (!session)
      throw new Error(
        `No bot shard for guild ${input.guild_id ?? '(DM)'} is connected to the Discord stand-in gateway (did it log in and become ready?)`,
      );
    const record = admit(input, false);
    gateway.dispatch(session, 'INTERACTION_CREATE', record.payload);
    return handleOf(record);
  }

  function createHttpInteraction(input: APIInteraction): HttpInteractionHandle {
    const record = admit(input, true);
    const { id, token } = record.payload;
    // Assigned rather than spread: spreading would freeze the live `requests` getter into a copy.
    return Object.assign(handleOf(record), {
      recordHttpResponse(status: number, body: unknown) {
        if (!record.awaitingHttpResponse) throw new Error(`Interaction ${id} already has its HTTP response`);
        const path = `/interactions/${id}/${token}/callback`;
        const recorded: RecordedRequest = {
          method: 'POST',
          path,
          url: `(HTTP response) ${path}`,
          query: {},
          headers: {},
          body,
          files: [],
          route: 'HTTP response as /interactions/:interactionId/:token/callback',
          status: 0,
          response: undefined,
          interactionId: id,
        };
        const result: RouteResponse =
          status === 200 && typeof body === 'object' && body !== null
            ? handleCallback({ params: { interactionId: id, token }, query: {}, body, files: [], state })
            : { status: 400, body: { message: `This interaction failed: the endpoint answered ${status}`, code: 0 } };
        recorded.status = result.status;
        recorded.response = result.body;
        result.onRecorded?.(recorded);
        record.awaitingHttpResponse = false;
        state.record(recorded);
      },
    });
  }

  return {
    apiUrl: `http://127.0.0.1:${port}${API_PREFIX.replace(/\/v10$/, '')}`,
    gatewayUrl: gatewayUrl(),
    token: state.config.token,
    ids,
    botUser: state.config.botUser,
    requests: state.requests,
    commands: state.commands,
    channelMessages: state.channelMessages,
    messages: state.messages,
    gateway: {
      received: gateway.received,
      get readyCount() {
        return gateway.readyCount;
      },
      requestReconnect: () => gateway.requestReconnect(),
      dropConnections: () => gateway.dropConnections(),
      closeConnections: (code) => gateway.closeConnections(code),
      invalidateSessions: (resumable) => gateway.invalidateSessions(resumable),
      withholdHeartbeatAcks: (on) => gateway.withholdHeartbeatAcks(on),
      expireSessions: () => gateway.sessions.clear(),
    },
    injectFault: (where, fault, times = 1) =>
      state.faults.add({ matches: (method, path) => (where.method ?? method) === method && where.path.test(path), fault, times }),
    waitForReady: ({ nth, timeoutMs } = {}) =>
      state.changes.waitFor(
        () => {
          if (nth === undefined) return gateway.liveSession() ?? undefined;
          return [...gateway.sessions.values()].find((s) => s.readyNumber === nth);
        },
        timeout(timeoutMs),
        () =>
          `a bot to IDENTIFY and become ready${nth ? ` (READY #${nth}, ${gateway.readyCount} so far)` : ''}; REST requests so far:${describeRequests(state.requests)}`,
      ),
    sendInteraction,
    createHttpInteraction,
    dispatch: (event, data) => {
      const session = gateway.liveSession();
      if (!session) throw new Error('No bot is connected to the Discord stand-in gateway');
      return gateway.dispatch(session, event, data);
    },
    advanceClock: (ms) => state.advanceClock(ms),
    waitForRequest: (predicate, ms) =>
      state.changes.waitFor(
        () => state.requests.find(predicate),
        timeout(ms),
        () => `a matching REST request; got:${describeRequests(state.requests)}`,
      ),
    // A fault a test asked for is expected; a slow answer is still judged on what it was.
    unexpectedRequests: () =>
      state.requests.filter((r) => (r.route === null || r.status >= 400) && (r.fault === undefined || r.fault === 'slow')),
    close: async () => {
      state.changes.close();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

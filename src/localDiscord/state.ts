// Everything the stand-in remembers: recorded requests, interactions, messages and registered commands.
import type { APIApplicationCommand, APIInteraction, APIMessage, APIUser } from 'discord.js';
import type { RecordedFile } from './body.js';
import { RestFaults, type RestFault } from './faults.js';
import type { StandinIds } from './fixtures.js';
import { Changes } from './signal.js';

export interface RecordedRequest {
  method: string;
  /** Path after the `/api/v10` prefix, e.g. `/interactions/123/abc/callback`. */
  path: string;
  /** Path and query exactly as received. */
  url: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body (or payload_json of a multipart body), exactly as the client sent it. */
  body: unknown;
  files: RecordedFile[];
  /** e.g. `POST /interactions/:id/:token/callback`; null when nothing matched (answered 404/405). */
  route: string | null;
  status: number;
  response: unknown;
  /** Set for callback and interaction-webhook requests. */
  interactionId: string | null;
  /** The fault a test asked for, when this request got one instead of (or besides) Discord's usual answer. */
  fault?: RestFault['kind'];
}

export interface InteractionCallbackBody {
  type: number;
  data?: Record<string, unknown>;
}

export interface InteractionRecord {
  payload: APIInteraction;
  dispatchedAt: number;
  requests: RecordedRequest[];
  /** The accepted callback; a rejected attempt lands in `requests` only. */
  callback: RecordedRequest | null;
  originalMessageId: string | null;
  /** Messages this interaction's webhook may edit or delete. */
  messageIds: Set<string>;
  followups: number;
  /** Sent over HTTP (createHttpInteraction) and its HTTP response not recorded yet: its webhook requests wait for it. */
  awaitingHttpResponse: boolean;
}

export interface RegisteredCommands {
  global: APIApplicationCommand[];
  guilds: Record<string, APIApplicationCommand[]>;
}

export interface StandinOptions extends Partial<StandinIds> {
  /** Bot token to accept; a realistic-looking one is generated when omitted. */
  token?: string;
  heartbeatIntervalMs?: number;
  /** Discord forgets an interaction that is not answered within 3 s; 0 disables the check. */
  interactionDeadlineMs?: number;
  /** Reject bodies Discord would reject (lengths, counts, empty messages). Default true. */
  validate?: boolean;
  /** Default timeout for waitFor* helpers. */
  waitTimeoutMs?: number;
  /** Privileged intent bits enabled "in the developer portal"; IDENTIFY asking for others is closed with 4014. Default 0. */
  allowedPrivilegedIntents?: number;
  /** The shard count GET /gateway/bot recommends. Default 1. */
  shards?: number;
  /** Servers the bot is in besides `guildId`, each with a text channel of its own (its id + 100). */
  extraGuildIds?: string[];
}

export interface StandinConfig {
  ids: StandinIds;
  token: string;
  botUser: APIUser;
  heartbeatIntervalMs: number;
  interactionDeadlineMs: number;
  validate: boolean;
  waitTimeoutMs: number;
  shards: number;
  /** Every server the bot is in, `ids.guildId` first. */
  guildIds: string[];
}

export class StandinState {
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, APIMessage>();
  readonly channelMessages: APIMessage[] = [];
  readonly commands: RegisteredCommands = { global: [], guilds: {} };
  readonly interactions = new Map<string, InteractionRecord>();
  readonly changes = new Changes();
  readonly faults = new RestFaults();
  readonly #byToken = new Map<string, InteractionRecord>();
  /** How far the stand-in's clock runs ahead of the real one, so tests reach Discord's deadlines without waiting. */
  #aheadMs = 0;

  constructor(readonly config: StandinConfig) {}

  /** The stand-in's time in ms: the real clock, plus what `advanceClock` added. */
  now(): number {
    return Date.now() + this.#aheadMs;
  }

  advanceClock(ms: number): void {
    this.#aheadMs += ms;
  }

  addInteraction(payload: APIInteraction, overHttp = false): InteractionRecord {
    const record: InteractionRecord = {
      payload,
      dispatchedAt: this.now(),
      requests: [],
      callback: null,
      originalMessageId: null,
      messageIds: new Set(),
      followups: 0,
      awaitingHttpResponse: overHttp,
    };
    this.interactions.set(payload.id, record);
    this.#byToken.set(payload.token, record);
    return record;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    return this.#byToken.get(token);
  }

  record(request: RecordedRequest): void {
    this.requests.push(request);
    if (request.interactionId) this.interactions.get(request.interactionId)?.requests.push(request);
    this.changes.notify();
  }

  storeMessage(message: APIMessage): APIMessage {
    this.messages.set(message.id, message);
    return message;
  }
}

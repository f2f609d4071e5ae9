// Gateway v10 over WebSocket: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, sequenced dispatches, RESUME with replay,
// and sharding: each session gets the guilds its `[id, count]` owns, and each guild's events go to that session.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { guildCreatePayload, type StandinIds } from './fixtures.js';
import { sessionId as newSessionId } from './ids.js';
import type { StandinState } from './state.js';

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
};
const Close = {
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  InvalidShard: 4010,
  InvalidApiVersion: 4012,
  DisallowedIntents: 4014,
};
// GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT: the portal must enable these before Discord accepts them.
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const GUILDS_INTENT = 1;

export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewaySession {
  id: string;
  seq: number;
  /** Every dispatch of the session, kept so a RESUME can replay what a dropped connection missed. */
  events: { s: number; json: string }[];
  socket: GatewaySocket | null;
  identify: Record<string, unknown>;
  /** 1 for the first READY the stand-in ever sent, 2 for the next, ... */
  readyNumber: number;
}

class GatewaySocket {
  session: GatewaySession | null = null;
  #deflate: zlib.Deflate | null;
  #identifyCompress = false;
  #sendChain: Promise<void> = Promise.resolve();

  constructor(
    readonly ws: WebSocket,
    compress: string | null,
  ) {
    this.#deflate = compress === 'zlib-stream' ? zlib.createDeflate() : null;
  }

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  useIdentifyCompress(): void {
    this.#identifyCompress = !this.#deflate;
  }

  send(json: string): void {
    if (!this.open) return;
    if (this.#deflate) {
      const deflate = this.#deflate;
      // zlib-stream shares one deflate context for the whole connection; each payload ends on a sync flush.
      this.#sendChain = this.#sendChain.then(
        () =>
          new Promise<void>((resolve) => {
            const chunks: Buffer[] = [];
            const onData = (chunk: Buffer) => chunks.push(chunk);
            deflate.on('data', onData);
            deflate.write(json);
            deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              deflate.off('data', onData);
              if (this.open) this.ws.send(Buffer.concat(chunks));
              resolve();
            });
          }),
      );
      return;
    }
    if (this.#identifyCompress) this.ws.send(zlib.deflateSync(json));
    else this.ws.send(json);
  }

  close(code: number, reason: string): void {
    if (this.open) this.ws.close(code, reason);
  }

  dispose(): void {
    this.#deflate?.close();
  }
}

/** Discord's rule for which shard receives a guild's events (Gateway → Sharding). */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A second server's ids: its own text channel, so that no channel is in two servers. */
function otherGuildIds(ids: StandinIds, guildId: string): StandinIds {
  return { ...ids, guildId, channelId: (BigInt(guildId) + 100n).toString() };
}

export interface GatewayOptions {
  url: () => string;
  /** Privileged intents the "developer portal" has enabled for this app. */
  allowedPrivilegedIntents?: number;
}

export class Gateway {
  readonly sessions = new Map<string, GatewaySession>();
  /** Every payload a client sent, in order (heartbeats included). */
  readonly received: GatewayPayload[] = [];
  readyCount = 0;
  #withholdAcks = false;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sockets = new Set<GatewaySocket>();

  constructor(
    readonly state: StandinState,
    readonly options: GatewayOptions,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway/') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws, url.searchParams));
  }

  #onConnection(ws: WebSocket, params: URLSearchParams): void {
    const conn = new GatewaySocket(ws, params.get('compress'));
    this.#sockets.add(conn);
    ws.on('message', (data, isBinary) => this.#onMessage(conn, data, isBinary));
    ws.on('close', () => {
      this.#sockets.delete(conn);
      conn.dispose();
      if (conn.session?.socket === conn) conn.session.socket = null;
      this.state.changes.notify();
    });
    ws.on('error', () => {});
    if (params.get('v') !== '10') {
      conn.close(Close.InvalidApiVersion, 'Invalid API version');
      return;
    }
    if ((params.get('encoding') ?? 'json') !== 'json') {
      conn.close(Close.DecodeError, 'Error while decoding payload.');
      return;
    }
    this.#send(conn, {
      op: Op.Hello,
      d: { heartbeat_interval: this.state.config.heartbeatIntervalMs, _trace: ['["gateway-standin",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  #send(conn: GatewaySocket, payload: GatewayPayload): void {
    conn.send(JSON.stringify(payload));
  }

  #onMessage(conn: GatewaySocket, data: RawData, isBinary: boolean): void {
    let payload: GatewayPayload;
    try {
      if (isBinary) throw new Error('binary');
      // ws hands a frame over as one Buffer, an ArrayBuffer or fragments, by its binaryType.
      const text = (Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');
      payload = JSON.parse(text) as GatewayPayload;
    } catch {
      conn.close(Close.DecodeError, 'Error while decoding payload.');
      return;
    }
    this.received.push(payload);
    this.state.changes.notify();
    switch (payload.op) {
      case Op.Heartbeat:
        if (!this.#withholdAcks) this.#send(conn, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        return;
      case Op.Identify:
        this.#identify(conn, (payload.d ?? {}) as Record<string, unknown>);
        return;
      case Op.Resume:
        this.#resume(conn, (payload.d ?? {}) as Record<string, unknown>);
        return;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
        if (!conn.session) conn.close(Close.NotAuthenticated, 'Not authenticated.');
        return;
      case Op.RequestGuildMembers:
        if (!conn.session) conn.close(Close.NotAuthenticated, 'Not authenticated.');
        else this.#membersChunk(conn.session, (payload.d ?? {}) as Record<string, unknown>);
        return;
      default:
        conn.close(Close.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(conn: GatewaySocket, d: Record<string, unknown>): void {
    const { config } = this.state;
    if (conn.session) return conn.close(Close.AlreadyAuthenticated, 'Already authenticated.');
    if (d.token !== config.token) return conn.close(Close.AuthenticationFailed, 'Authentication failed.');
    const intents = Number(d.intents ?? 0);
    if (intents & PRIVILEGED_INTENTS & ~(this.options.allowedPrivilegedIntents ?? 0)) {
      return conn.close(Close.DisallowedIntents, 'Disallowed intent(s).');
    }
    const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    if (shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) return conn.close(Close.InvalidShard, 'Invalid shard.');
    if (d.compress === true) conn.useIdentifyCompress();

    const guildIds = config.guildIds.filter((guildId) => shardOf(guildId, shard[1]) === shard[0]);
    const session: GatewaySession = { id: newSessionId(), seq: 0, events: [], socket: conn, identify: d, readyNumber: 0 };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.dispatch(session, 'READY', {
      v: 10,
      user_settings: {},
      user: { ...config.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      guild_join_requests: [],
      relationships: [],
      private_channels: [],
      presences: [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: config.ids.applicationId, flags: 0 },
      auth: {},
      geo_ordered_rtc_regions: ['standin'],
      _trace: ['["gateway-standin",{"micros":0}]'],
    });
    // Without the GUILDS intent Discord sends no GUILD_CREATE and the client gives up waiting for guilds at once.
    if (intents & GUILDS_INTENT) {
      for (const guildId of guildIds)
        this.dispatch(
          session,
          'GUILD_CREATE',
          guildCreatePayload(guildId === config.ids.guildId ? config.ids : otherGuildIds(config.ids, guildId), config.botUser),
        );
    }
    session.readyNumber = ++this.readyCount;
    this.state.changes.notify();
  }

  #resume(conn: GatewaySocket, d: Record<string, unknown>): void {
    if (conn.session) return conn.close(Close.AlreadyAuthenticated, 'Already authenticated.');
    if (d.token !== this.state.config.token) return conn.close(Close.AuthenticationFailed, 'Authentication failed.');
    const session = this.sessions.get(String(d.session_id));
    if (!session) {
      // d: false tells the client to start over with IDENTIFY.
      this.#send(conn, { op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = Number(d.seq ?? 0);
    if (seq > session.seq) return conn.close(Close.InvalidSeq, 'Invalid seq.');
    session.socket?.close(Close.InvalidSeq, 'Session resumed elsewhere.');
    session.socket = conn;
    conn.session = session;
    for (const event of session.events) if (event.s > seq) conn.send(event.json);
    this.dispatch(session, 'RESUMED', { _trace: ['["gateway-standin",{"micros":0}]'] });
    this.state.changes.notify();
  }

  #membersChunk(session: GatewaySession, d: Record<string, unknown>): void {
    const guild = guildCreatePayload(this.state.config.ids, this.state.config.botUser);
    this.dispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: guild.members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: [],
      ...(d.nonce ? { nonce: d.nonce } : {}),
    });
  }

  /** Sends (or, while the session is disconnected, buffers for RESUME) one sequenced dispatch. */
  dispatch(session: GatewaySession, t: string, d: unknown): number {
    const s = ++session.seq;
    const json = JSON.stringify({ op: Op.Dispatch, t, s, d });
    session.events.push({ s, json });
    session.socket?.send(json);
    return s;
  }

  /** The session that most recently became ready and still has a live connection. */
  liveSession(): GatewaySession | null {
    let best: GatewaySession | null = null;
    for (const session of this.sessions.values()) {
      if (session.socket?.open && session.readyNumber > 0 && (!best || session.readyNumber > best.readyNumber)) best = session;
    }
    return best;
  }

  /** The live session of the shard that owns `guildId` ((guild_id >> 22) % count); shard 0 for DMs. */
  sessionFor(guildId: string | undefined): GatewaySession | null {
    let best: GatewaySession | null = null;
    for (const session of this.sessions.values()) {
      const [id = 0, count = 1] = (Array.isArray(session.identify.shard) ? session.identify.shard : [0, 1]) as number[];
      const owns = guildId === undefined ? id === 0 : shardOf(guildId, count) === id;
      if (owns && session.socket?.open && session.readyNumber > 0 && (!best || session.readyNumber > best.readyNumber)) best = session;
    }
    return best;
  }

  /** Asks every connected client to reconnect and resume, as Discord does during gateway restarts. */
  requestReconnect(): void {
    for (const conn of this.#sockets) this.#send(conn, { op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** Drops every connection abruptly (code 1006 on the client side), like a network blip. */
  dropConnections(): void {
    for (const conn of this.#sockets) conn.ws.terminate();
  }

  closeConnections(code: number): void {
    for (const conn of this.#sockets) conn.close(code, 'Closed by the test');
  }

  /** Op 9. A resumable session is detached from its connection, which may then RESUME it; another is forgotten. */
  invalidateSessions(resumable: boolean): void {
    for (const conn of this.#sockets) {
      const session = conn.session;
      if (!session) continue;
      conn.session = null;
      session.socket = null;
      if (!resumable) this.sessions.delete(session.id);
      this.#send(conn, { op: Op.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  withholdHeartbeatAcks(on: boolean): void {
    this.#withholdAcks = on;
  }

  async close(): Promise<void> {
    for (const conn of this.#sockets) conn.ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }
}

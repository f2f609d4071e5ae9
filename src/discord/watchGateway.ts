// The gateway's life in the log, one line per event (connection lost, zombie, invalid session, resumed, new session),
// and every close Discord never recovers from handed to `onFatal` with what the operator must do about it.
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';

/** The closes after which discord.js stops reconnecting, and what the operator must do about each. */
export const FATAL_CLOSES: Readonly<Record<number, string>> = {
  4004: 'authentication failed: the token was reset or revoked; put the new token from the Developer Portal (Bot → Reset Token) in DISCORD_TOKEN and restart',
  4010: 'invalid shard: the shard settings are wrong; run one shard (the default) and restart',
  4011: 'sharding required: the bot is in too many servers for one connection; it must be run with several shards',
  4012: 'invalid API version: this discord.js speaks a gateway version Discord no longer accepts; update discord.js',
  4013: 'invalid intents: the intents sent are not valid; check the Client intents in src/discord/createBot.ts',
  4014: 'disallowed intents: a privileged intent is requested that the Developer Portal (Bot → Privileged Gateway Intents) does not enable; enable it there or stop requesting it',
};

// @discordjs/ws says why a connection ends only in its debug output, one message per close, before it reconnects.
const DESTROYING = /^\[WS => Shard (\d+)\] Destroying shard\n\tReason: (.*)\n\tCode: (\d+)\n\tRecover: (\w+)/u;
const INVALID_SESSION = /^\[WS => Shard (\d+)\] Invalid session; will attempt to resume: (true|false)/u;

const LOSSES: Readonly<Record<string, string>> = {
  'Zombie connection': 'gateway zombie connection: Discord acknowledged no heartbeat; reconnecting',
  'Told to reconnect by Discord': 'gateway reconnect requested by Discord (op 7); reconnecting',
  'Invalid session': 'gateway invalid session (op 9), not resumable; starting a new session',
};

/** `onFatal` runs after the one fatal line is logged, to end the process with an error. */
export function watchGateway(client: Client, log: Logger, onFatal: () => void): void {
  const lost = new Map<number, { code: number | null; at: number }>();
  // A recovery is timed from the first loss: a refused RESUME is part of the same outage.
  const losing = (shard: number, code: number | null) => {
    if (!lost.has(shard)) lost.set(shard, { code, at: performance.now() });
  };

  client.on(Events.Debug, (message) => {
    const destroying = DESTROYING.exec(message);
    // Recover "none" is a shutdown or a fatal close, which shardDisconnect reports.
    if (destroying && destroying[4] !== 'none') {
      const [, shard, reason = '', code, recover] = destroying;
      losing(Number(shard), Number(code));
      const text = LOSSES[reason] ?? 'gateway connection closed; reconnecting';
      log.warn({ shard: Number(shard), code: Number(code), then: recover === 'Resume' ? 'resume' : 'new session' }, text);
      return;
    }
    const invalid = INVALID_SESSION.exec(message);
    // A resumable invalid session closes nothing: the shard resumes on the same connection.
    if (invalid?.[2] === 'true') {
      losing(Number(invalid[1]), null);
      log.warn({ shard: Number(invalid[1]), code: null, then: 'resume' }, 'gateway invalid session (op 9), resumable; resuming');
    }
  });

  const back = (shard: number, text: string, fields: object = {}) => {
    const loss = lost.get(shard);
    if (!loss) return;
    lost.delete(shard);
    log.info({ shard, code: loss.code, ms: Math.round(performance.now() - loss.at), ...fields }, text);
  };
  client.on(Events.ShardResume, (shard, replayed) => back(shard, 'gateway resumed', { replayed }));
  client.on(Events.ShardReady, (shard) => back(shard, 'gateway connected with a new session'));
  client.on(Events.ShardDisconnect, ({ code }, shard) => {
    log.fatal(
      { shard, code },
      `Discord closed the gateway with ${code} and it will not reconnect: ${FATAL_CLOSES[code] ?? 'see Discord’s gateway close codes'}`,
    );
    onFatal();
  });
}

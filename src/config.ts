// The only reader of process.env: turns environment variables into checked settings, reporting every problem at once.
import path from 'node:path';
import type { BucketSettings } from './bot/rateLimiter.js';
import { defaultCorpusDir } from './paths.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface BotConfig {
  token: string;
  /** The application id; required to register commands, optional to run. */
  clientId?: string;
  /** Registers commands to this guild only (instant updates) when set. */
  guildId?: string;
  /** REST base URL without the version, e.g. https://discord.com/api. */
  apiUrl: string;
  corpusDir: string;
  logLevel: LogLevel;
  /** Per-user token buckets: commands and Share (which posts publicly), and the other buttons on one's own results. */
  rateLimit: { commands: BucketSettings; buttons: BucketSettings };
  /** When non-empty, replies outside these channels stay private and sharing is refused. */
  allowedChannelIds: string[];
  /** Where public shares are recorded, if set. */
  auditChannelId?: string;
  /** A share is posted only once its record is in the audit channel; otherwise the record follows the share. */
  auditRequired: boolean;
  /** A corpus document larger than this is refused, at start-up and by /reload. */
  maxDocumentBytes: number;
  /** This process's shard, when a ShardingManager started it (it sets SHARDING_MANAGER, SHARDS and SHARD_COUNT). */
  shard?: { id: number; count: number };
  /** `start:sharded` only: how many shards to run, or `auto` for the count Discord's GET /gateway/bot recommends. */
  shardCount?: number | 'auto';
  /** `start:http` only: the port to listen on and the application's Ed25519 public key (64 hex digits). */
  http?: { port: number; publicKey: string };
}

export type ConfigResult = { ok: true; config: BotConfig } | { ok: false; problems: string[] };

const SNOWFLAKE = /^\d{17,20}$/u;
const DEFAULT_API_URL = 'https://discord.com/api';
const DEFAULT_MAX_DOCUMENT_MB = 10;
/** `start:http`'s port when PORT is unset. */
export const DEFAULT_HTTP_PORT = 8080;
const PUBLIC_KEY = /^[0-9a-f]{64}$/iu;

/** What is wrong with a value, told without showing it: its length, and whether it holds spaces. */
function describeValue(raw: string, what = 'the value given'): string {
  return `${what} has ${raw.length} character${raw.length === 1 ? '' : 's'}${/\s/u.test(raw) ? ', spaces among them' : ''}`;
}

/** CORPUS_DIR, resolved against the working directory; the project's own corpus/ when unset. */
export function readCorpusDir(env: NodeJS.ProcessEnv): string {
  const value = env.CORPUS_DIR?.trim();
  return value ? path.resolve(value) : defaultCorpusDir;
}

/**
 * `purpose` says what is being started: `deploy` also needs DISCORD_CLIENT_ID; `sharded` (the shard manager) reads
 * SHARD_COUNT, which a single `start` refuses, since discord.js would read it too and connect as part of a set; `http`
 * (the HTTP interactions mode) also needs DISCORD_PUBLIC_KEY and reads PORT.
 */
export function readBotConfig(env: NodeJS.ProcessEnv, purpose: 'start' | 'deploy' | 'sharded' | 'http' = 'start'): ConfigResult {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  // A value is never echoed: a secret pasted into the wrong setting would end up in a terminal or a log.
  const snowflake = (name: string) => {
    const id = value(name);
    if (id !== undefined && !SNOWFLAKE.test(id)) problems.push(`${name} must be a Discord id (17-20 digits); ${describeValue(id)}`);
    return id;
  };
  const positiveInteger = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
      problems.push(`${name} must be a whole number from 1 to 1000000; ${describeValue(raw)}`);
      return fallback;
    }
    return n;
  };

  const token = value('DISCORD_TOKEN');
  if (token === undefined) problems.push('DISCORD_TOKEN is missing: the bot token from the Developer Portal (Bot → Reset Token)');
  else if (/\s/u.test(token)) problems.push('DISCORD_TOKEN must not contain spaces');
  const clientId = snowflake('DISCORD_CLIENT_ID');
  if (purpose === 'deploy' && clientId === undefined) {
    problems.push('DISCORD_CLIENT_ID is missing: the application id from the Developer Portal (General Information)');
  }
  const guildId = snowflake('DISCORD_GUILD_ID');
  const apiUrl = value('DISCORD_API_URL') ?? DEFAULT_API_URL;
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/u.test(apiUrl)) {
    problems.push(`DISCORD_API_URL must be an http(s) URL such as ${DEFAULT_API_URL}; ${describeValue(apiUrl)}`);
  }
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; ${describeValue(logLevel)}`);
  }
  for (const name of ['RATE_LIMIT_COUNT', 'RATE_LIMIT_WINDOW_SECONDS']) {
    if (value(name) !== undefined)
      problems.push(`${name} is no longer read: set RATE_LIMIT_BURST and RATE_LIMIT_PER_MINUTE instead (see README)`);
  }
  const rateLimit = {
    commands: { burst: positiveInteger('RATE_LIMIT_BURST', 5), perMinute: positiveInteger('RATE_LIMIT_PER_MINUTE', 20) },
    buttons: { burst: positiveInteger('RATE_LIMIT_BUTTON_BURST', 20), perMinute: positiveInteger('RATE_LIMIT_BUTTONS_PER_MINUTE', 60) },
  };
  const allowedChannelIds = (value('ALLOWED_CHANNEL_IDS') ?? '').split(/[\s,]+/u).filter((id) => id !== '');
  for (const [i, id] of allowedChannelIds.entries()) {
    if (!SNOWFLAKE.test(id))
      problems.push(`ALLOWED_CHANNEL_IDS must be Discord ids (17-20 digits) separated by commas; ${describeValue(id, `entry ${i + 1}`)}`);
  }
  const auditChannelId = snowflake('AUDIT_CHANNEL_ID');
  const auditRequired = (value('AUDIT_REQUIRED') ?? 'false').toLowerCase();
  if (auditRequired !== 'true' && auditRequired !== 'false')
    problems.push(`AUDIT_REQUIRED must be true or false; ${describeValue(auditRequired)}`);
  else if (auditRequired === 'true' && auditChannelId === undefined)
    problems.push('AUDIT_REQUIRED is true but AUDIT_CHANNEL_ID is not set: shares must be recorded somewhere');
  const maxDocumentMb = positiveInteger('MAX_DOCUMENT_MB', DEFAULT_MAX_DOCUMENT_MB);
  const underManager = env.SHARDING_MANAGER === 'true';
  const shard = underManager ? { id: Number(env.SHARDS), count: Number(env.SHARD_COUNT) } : undefined;
  let shardCount: number | 'auto' | undefined;
  if (purpose === 'sharded') {
    shardCount = (value('SHARD_COUNT') ?? 'auto').toLowerCase() === 'auto' ? 'auto' : positiveInteger('SHARD_COUNT', 1);
  } else if (purpose === 'start' && !underManager && env.SHARD_COUNT !== undefined) {
    // Even empty: discord.js reads it as a shard count of 0 and refuses to start.
    problems.push('SHARD_COUNT is for npm run start:sharded; npm start runs one shard: leave SHARD_COUNT unset for it');
  }

  let http: BotConfig['http'];
  if (purpose === 'http') {
    const publicKey = value('DISCORD_PUBLIC_KEY');
    if (publicKey === undefined)
      problems.push('DISCORD_PUBLIC_KEY is missing: the Public Key from the Developer Portal (General Information)');
    else if (!PUBLIC_KEY.test(publicKey)) problems.push(`DISCORD_PUBLIC_KEY must be 64 hexadecimal digits; ${describeValue(publicKey)}`);
    const rawPort = value('PORT');
    const port = rawPort === undefined ? DEFAULT_HTTP_PORT : Number(rawPort);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      problems.push(`PORT must be a whole number from 0 to 65535; ${describeValue(rawPort!)}`);
    http = { port, publicKey: publicKey?.toLowerCase() ?? '' };
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      token: token!,
      ...(clientId !== undefined ? { clientId } : {}),
      ...(guildId !== undefined ? { guildId } : {}),
      apiUrl: apiUrl.replace(/\/+$/u, ''),
      corpusDir: readCorpusDir(env),
      logLevel: logLevel as LogLevel,
      rateLimit,
      allowedChannelIds,
      ...(auditChannelId !== undefined ? { auditChannelId } : {}),
      auditRequired: auditRequired === 'true',
      maxDocumentBytes: maxDocumentMb * 1024 * 1024,
      ...(shard ? { shard } : {}),
      ...(shardCount !== undefined ? { shardCount } : {}),
      ...(http ? { http } : {}),
    },
  };
}

/** The one message shown when configuration is wrong: every problem, and where to look. */
export function describeConfigProblems(problems: string[]): string {
  return [
    'Verbatim cannot start: its configuration is incomplete.',
    ...problems.map((problem) => `  - ${problem}`),
    'Set these in .env (copy .env.example) or in the environment.',
  ].join('\n');
}

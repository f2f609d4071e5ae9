// The only reader of process.env: turns environment variables into checked settings, reporting every problem at once.
import path from 'node:path';
import { defaultCorpusDir } from './paths.js';
import { cutText } from './text/graphemes.js';

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
  /** Per-user budget: at most `count` interactions each `windowSeconds`. */
  rateLimit: { count: number; windowSeconds: number };
  /** When non-empty, replies outside these channels stay private and sharing is refused. */
  allowedChannelIds: string[];
  /** Where public shares are recorded, if set. */
  auditChannelId?: string;
}

export type ConfigResult = { ok: true; config: BotConfig } | { ok: false; problems: string[] };

const SNOWFLAKE = /^\d{17,20}$/u;
const DEFAULT_API_URL = 'https://discord.com/api';

/** CORPUS_DIR, resolved against the working directory; the project's own corpus/ when unset. */
export function readCorpusDir(env: NodeJS.ProcessEnv): string {
  const value = env.CORPUS_DIR?.trim();
  return value ? path.resolve(value) : defaultCorpusDir;
}

/** `purpose` says what is being started: `deploy` also needs DISCORD_CLIENT_ID. */
export function readBotConfig(env: NodeJS.ProcessEnv, purpose: 'start' | 'deploy' = 'start'): ConfigResult {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const snowflake = (name: string) => {
    const id = value(name);
    if (id !== undefined && !SNOWFLAKE.test(id)) problems.push(`${name} must be a Discord id (17-20 digits), got "${cutText(id, 40)}"`);
    return id;
  };
  const positiveInteger = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
      problems.push(`${name} must be a whole number from 1 to 1000000, got "${cutText(raw, 40)}"`);
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
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/u.test(apiUrl)) problems.push(`DISCORD_API_URL must be an http(s) URL, got "${cutText(apiUrl, 80)}"`);
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${cutText(logLevel, 40)}"`);
  }
  const rateLimit = {
    count: positiveInteger('RATE_LIMIT_COUNT', 5),
    windowSeconds: positiveInteger('RATE_LIMIT_WINDOW_SECONDS', 10),
  };
  const allowedChannelIds = (value('ALLOWED_CHANNEL_IDS') ?? '')
    .split(/[\s,]+/u)
    .filter((id) => id !== '');
  for (const id of allowedChannelIds) {
    if (!SNOWFLAKE.test(id)) problems.push(`ALLOWED_CHANNEL_IDS must be Discord ids separated by commas, got "${cutText(id, 40)}"`);
  }
  const auditChannelId = snowflake('AUDIT_CHANNEL_ID');

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

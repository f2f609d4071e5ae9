// The bot's pino logger: JSON in production, pretty on a terminal, the bot token and interaction tokens redacted everywhere.
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.token',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'err.requestBody',
  '*.requestBody',
];

/**
 * Interaction and webhook tokens travel in request paths (`/interactions/<id>/<token>/callback`,
 * `/webhooks/<app>/<token>/…`); each lets its holder edit the bot's replies for 15 minutes.
 */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"'\\?#]+/gu;

/** `text` with every token in a request path replaced. */
function redactPathTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[REDACTED]');
}

/**
 * `secrets` are removed from every log line, whichever field they hide in (an error message
 * echoing a request, say): path redaction alone cannot know where a library puts the token.
 */
export function createLogger(options: {
  level: LogLevel;
  secrets: string[];
  destination?: DestinationStream;
  pretty?: boolean;
  /** Fields on every line, e.g. `{ shard: 1 }` in a shard's process. */
  fields?: Record<string, unknown>;
}): Logger {
  const secrets = options.secrets.filter((secret) => secret.length >= 8);
  const scrub = (text: string) => redactPathTokens(secrets.reduce((out, secret) => out.split(secret).join('[REDACTED]'), text));
  const pinoOptions = {
    level: options.level,
    base: { app: 'verbatim', ...options.fields },
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    hooks: {
      streamWrite: scrub,
    },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  if (options.pretty) {
    return pino({ ...pinoOptions, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(pinoOptions);
}

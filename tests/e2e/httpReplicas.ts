// In-process replicas of `start:http` (each with its own corpus copy, rate limits and results) against one Discord
// stand-in, a round-robin proxy in front of them, and Discord's side of the webhook: signed POSTs.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { commandDefinitions } from '../../commands/index.js';
import { createLogger } from '../../src/bot/createLogger.js';
import { readBotConfig } from '../../src/config.js';
import { createHttpBot } from '../../src/discord/http/createHttpBot.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { LibraryHolder } from '../../src/library/libraryHolder.js';
import { openLibrary } from '../../src/library/openLibrary.js';
import type { DiscordStandin } from '../../src/localDiscord/index.js';

export interface KeyPair {
  privateKey: KeyObject;
  /** The raw 32-byte public key in hex, as the Developer Portal shows it. */
  publicKeyHex: string;
}

export function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // An Ed25519 SPKI is a 12-byte header and the raw key.
  return { privateKey, publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex') };
}

/** The headers Discord sends: `timestamp` in Unix seconds (now by default), the signature over it and `body`. */
export function signedHeaders(body: string, key: KeyObject, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-timestamp': String(timestamp),
    'x-signature-ed25519': sign(null, Buffer.from(`${timestamp}${body}`), key).toString('hex'),
  };
}

export interface Replica {
  url: string;
  /** Its log lines, parsed. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function registerWithStandin(discord: DiscordStandin): Promise<void> {
  const { ids } = discord;
  await registerCommands(
    { token: discord.token, clientId: ids.applicationId, guildId: ids.guildId, apiUrl: discord.apiUrl },
    commandDefinitions,
  );
}

/** A replica configured as `start:http` reads its environment, `env` on top; `ackWithinMs` as createHttpBot's. */
export async function startReplica(
  discord: DiscordStandin,
  publicKeyHex: string,
  env: Record<string, string> = {},
  ackWithinMs?: number,
): Promise<Replica> {
  const configured = readBotConfig(
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      RATE_LIMIT_BURST: '1000',
      RATE_LIMIT_BUTTON_BURST: '1000',
      LOG_LEVEL: 'debug',
      ...env,
    },
    'http',
  );
  if (!configured.ok) throw new Error(configured.problems.join('\n'));
  const { config } = configured;
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger({ level: config.logLevel, secrets: [config.token], destination });
  const limits = { maxDocumentBytes: config.maxDocumentBytes };
  const library = new LibraryHolder(await openLibrary(config.corpusDir, log, limits), config.corpusDir, log, limits);
  const bot = createHttpBot(config, library, log, ackWithinMs);
  const port = await bot.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, logs, stop: () => bot.stop() };
}

/** A load balancer at its simplest: each request goes to the next replica in turn; `served` counts per replica. */
export async function roundRobin(replicas: Replica[]): Promise<{ url: string; served: number[]; close(): Promise<void> }> {
  const served = replicas.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % replicas.length;
    served[i]!++;
    const target = new URL(req.url ?? '/', replicas[i]!.url);
    const forward = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

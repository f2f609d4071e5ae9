// The gateway's faults on the real discord.js client: each is logged once with its shard, code and duration, and a
// fatal close is handed on to end the process (which the bot process test below shows exits 1 with one fatal line).
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/createLogger.js';
import { FATAL_CLOSES, watchGateway } from '../../src/discord/watchGateway.js';
import { startDiscordStandin, type DiscordStandin } from '../../src/localDiscord/index.js';
import { startBotProcess } from './botProcess.js';

interface Line {
  level: number;
  msg: string;
  shard?: number;
  code?: number | null;
  ms?: number;
}

let discord: DiscordStandin | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await discord?.close();
});

/** A client watched by watchGateway, ready; its log lines and how often it was told the close was fatal. */
async function watched(heartbeatIntervalMs?: number) {
  discord = await startDiscordStandin(heartbeatIntervalMs ? { heartbeatIntervalMs } : {});
  const lines: Line[] = [];
  const log = createLogger({
    level: 'trace',
    secrets: [discord.token],
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Line) },
  });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
  const fatal: number[] = [];
  watchGateway(client, log, () => fatal.push(Date.now()));
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  const gatewayLines = () => lines.filter((line) => line.msg.startsWith('gateway') || line.level === 60);
  return { discord, lines: gatewayLines, fatal };
}

describe('recoverable gateway faults are logged once each, then the recovery with how long it took', () => {
  it.each([
    [
      'an abnormal close (network drop)',
      (d: DiscordStandin) => d.gateway.dropConnections(),
      'gateway connection closed; reconnecting',
      1006,
      'gateway resumed',
    ],
    [
      'close 4000 (unknown error)',
      (d: DiscordStandin) => d.gateway.closeConnections(4000),
      'gateway connection closed; reconnecting',
      4000,
      'gateway resumed',
    ],
    [
      'op 7 (reconnect)',
      (d: DiscordStandin) => d.gateway.requestReconnect(),
      'gateway reconnect requested by Discord (op 7); reconnecting',
      4200,
      'gateway resumed',
    ],
    [
      'op 9, resumable',
      (d: DiscordStandin) => d.gateway.invalidateSessions(true),
      'gateway invalid session (op 9), resumable; resuming',
      null,
      'gateway resumed',
    ],
    [
      'op 9, not resumable',
      (d: DiscordStandin) => d.gateway.invalidateSessions(false),
      'gateway invalid session (op 9), not resumable; starting a new session',
      1000,
      'gateway connected with a new session',
    ],
  ] as const)(
    '%s',
    async (_name, fault, lost, code, back) => {
      const bot = await watched();
      fault(bot.discord);
      // A new session waits for discord.js's identify throttle (one IDENTIFY per 5 s).
      await expect.poll(() => bot.lines().map((line) => line.msg), { timeout: 8000 }).toEqual([lost, back]);
      const [first, second] = bot.lines();
      expect(first).toMatchObject({ level: 40, shard: 0, code });
      expect(second).toMatchObject({ level: 30, shard: 0, code, ms: expect.any(Number) });
      expect(bot.fatal).toEqual([]);
    },
    15_000,
  );

  it('a RESUME Discord refuses: the refusal too, then the new session, timed from the first loss', async () => {
    const bot = await watched();
    bot.discord.gateway.expireSessions();
    bot.discord.gateway.dropConnections();
    await expect
      .poll(() => bot.lines().map((line) => line.msg), { timeout: 8000 })
      .toEqual([
        'gateway connection closed; reconnecting',
        'gateway invalid session (op 9), not resumable; starting a new session',
        'gateway connected with a new session',
      ]);
    expect(bot.lines()[2]).toMatchObject({ level: 30, shard: 0, code: 1006 });
    expect(bot.discord.gateway.readyCount).toBe(2);
  }, 15_000);

  it('withheld heartbeat ACKs: a zombie connection, closed and resumed', async () => {
    const bot = await watched(200);
    bot.discord.gateway.withholdHeartbeatAcks(true);
    await expect
      .poll(() => bot.lines()[0]?.msg, { timeout: 3000 })
      .toBe('gateway zombie connection: Discord acknowledged no heartbeat; reconnecting');
    bot.discord.gateway.withholdHeartbeatAcks(false);
    await expect.poll(() => bot.lines().map((line) => line.msg), { timeout: 3000 }).toContain('gateway resumed');
    expect(bot.lines()[0]).toMatchObject({ level: 40, shard: 0, code: 4200 });
  });
});

describe('a fatal close mid-session', () => {
  it.each(Object.keys(FATAL_CLOSES).map(Number))('%i: one fatal line naming the code and what to do', async (code) => {
    const bot = await watched();
    bot.discord.gateway.closeConnections(code);
    await expect.poll(() => bot.fatal.length).toBe(1);
    expect(bot.lines()).toEqual([expect.objectContaining({ level: 60, shard: 0, code, msg: expect.stringContaining(`${code}`) })]);
    expect(bot.lines()[0]!.msg).toContain(FATAL_CLOSES[code]);
  });

  it('ends the bot process with exit code 1 after one fatal line', async () => {
    const bot = await startBotProcess();
    bot.discord.gateway.closeConnections(4004);
    expect(await bot.exited).toBe(1);
    await bot.stop();
    const fatal = bot.logLines().filter((line) => line.level === 60);
    expect(fatal).toEqual([expect.objectContaining({ code: 4004, msg: expect.stringContaining('DISCORD_TOKEN') })]);
  }, 30_000);
});

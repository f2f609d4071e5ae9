// `npm run start:sharded` on the built code against a local Discord that recommends 2 shards: each shard identifies as
// [id, 2] and answers its own servers' interactions, /reload reaches both, and SIGTERM to the manager stops everything.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { DEFAULT_IDS, chatInputInteraction } from '../../src/localDiscord/index.js';
import { alive, startBotProcess, type BotProcess } from './botProcess.js';

/** Discord's rule: a guild's events go to shard (guild_id >> 22) % count. */
const shardOf = (guildId: string) => Number((BigInt(guildId) >> 22n) % 2n);
/** A second server, owned by the other shard than the stand-in's own. */
const OTHER_GUILD = (BigInt(DEFAULT_IDS.guildId) + (1n << 22n)).toString();
const OTHER_CHANNEL = (BigInt(OTHER_GUILD) + 100n).toString();

let bot: BotProcess;

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: projectRoot });
  bot = await startBotProcess({}, { shards: 2, extraGuildIds: [OTHER_GUILD], waitTimeoutMs: 10_000 }, 'sharded');
}, 90_000);

afterAll(async () => {
  await bot?.stop();
});

it('runs as many shards as GET /gateway/bot recommends, each identifying with its [id, count] and logging its id', () => {
  expect(shardOf(DEFAULT_IDS.guildId)).not.toBe(shardOf(OTHER_GUILD));
  expect(bot.logLines().find((line) => line.msg === 'starting shards')).toMatchObject({ shards: 2, from: 'GET /gateway/bot' });
  const identified = bot.discord.gateway.received
    .filter((payload) => payload.op === 2)
    .map((payload) => (payload.d as { shard: number[] }).shard);
  expect(identified.sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  const ready = bot.logLines().filter((line) => line.msg === 'ready');
  expect(ready.map((line) => [line.shard, line.guilds]).sort()).toEqual([
    [0, 1],
    [1, 1],
  ]);
});

it('answers interactions from a server of either shard, in the process of that shard', async () => {
  for (const [guildId, channelId] of [
    [DEFAULT_IDS.guildId, DEFAULT_IDS.channelId],
    [OTHER_GUILD, OTHER_CHANNEL],
  ] as const) {
    const handle = bot.discord.sendInteraction(chatInputInteraction('search', { query: 'Rajavi' }, { guildId, channelId }));
    expect((await handle.waitForCallback()).data?.embeds).toHaveLength(3);
    const logged = await bot.waitForLog((line) => line.msg === 'interaction' && line.interaction === handle.id);
    expect(logged).toMatchObject({ shard: shardOf(guildId), outcome: 'replied' });
  }
});

it('/reload reaches every shard and reports each', async () => {
  const handle = bot.discord.sendInteraction(chatInputInteraction('reload'));
  const [, edit] = await handle.waitForRequests(2);
  expect((edit!.body as { content: string }).content).toMatch(
    /^Shard 0: Reloaded: \d+ documents, \d+ passages; unchanged \(corpus [0-9a-f]{8}\)\.\nShard 1: Reloaded: \d+ documents, \d+ passages; unchanged \(corpus [0-9a-f]{8}\)\.$/u,
  );
  expect(bot.discord.unexpectedRequests()).toEqual([]);
});

it('stops every shard on SIGTERM to the manager, exits 0 and leaves nothing running', async () => {
  const pids = bot
    .logLines()
    .filter((line) => line.msg === 'ready')
    .map((line) => line.pid as number);
  expect(pids).toHaveLength(2);
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  for (const pid of [bot.child.pid!, ...pids]) expect(alive(pid)).toBe(false);
  expect(
    bot
      .logLines()
      .filter((line) => line.msg === 'shutting down')
      .map((line) => line.shard)
      .sort(),
  ).toEqual([0, 1]);
  expect(bot.logLines().at(-1)).toMatchObject({ msg: 'all shards stopped', code: 0 });
});

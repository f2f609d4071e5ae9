// Entry point of `npm run start:sharded`: the shard manager. It reads SHARD_COUNT (`auto`: Discord's recommendation),
// runs the compiled bot once per shard, and on SIGINT/SIGTERM stops every shard and exits 0 once all have exited.
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { recommendedShards } from './discord/recommendedShards.js';
import { runShards } from './discord/runShards.js';
import { configure } from './runProcess.js';

// Real environment variables win over .env.
dotenv.config({ quiet: true });
const { config, log, exit } = configure('sharded', () => ({ role: 'shard manager' }));

const total =
  config.shardCount === 'auto' || config.shardCount === undefined ? await recommendedShards(config).catch(cannotAsk) : config.shardCount;
log.info({ shards: total, from: config.shardCount === 'auto' ? 'GET /gateway/bot' : 'SHARD_COUNT', pid: process.pid }, 'starting shards');

let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  void shards.stop().then(() => {
    log.info({ code }, 'all shards stopped');
    exit(code);
  });
};
const shards = runShards({
  script: fileURLToPath(new URL('./main.js', import.meta.url)),
  token: config.token,
  total,
  log,
  onLost: () => stop(1),
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!stopping) log.info({ signal }, 'shutting down every shard');
    stop(0);
  });
}
shards.ready.then(
  () => log.info({ shards: total }, 'all shards ready'),
  // A shard that died before it was ready has been reported by runShards, or the set is stopping.
  () => stop(1),
);

/** Logs why and exits 1; the promise never settles, so nothing after the await runs. */
function cannotAsk(error: Error): Promise<never> {
  const refused = /\b401\b/u.test(error.message);
  log.fatal(
    refused
      ? 'Discord refused DISCORD_TOKEN when asked how many shards to run: reset it in the Developer Portal (Bot → Reset Token) and update .env'
      : `cannot ask Discord how many shards to run (set SHARD_COUNT to choose): ${error.message}`,
  );
  exit(1);
  return new Promise<never>(() => undefined);
}

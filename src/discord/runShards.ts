// The ShardingManager of `npm run start:sharded`: one bot process per shard, started at Discord's pace, stopped
// together; a shard that ends on its own ends the set, so the supervisor restarts everything and the log says why.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ShardingManager } from 'discord.js';
import type { Logger } from 'pino';

/** Loading a large corpus, or building its index when the saved one is stale, comes before a shard is ready. */
const READY_WITHIN_MS = 5 * 60_000;

export interface ShardSet {
  /** Resolves once every shard is ready; rejects if one ends before it is. */
  ready: Promise<void>;
  /** SIGTERM to every shard process (each finishes what it has under way), resolving when all have exited. */
  stop(): Promise<void>;
}

/**
 * Runs `script` (the compiled bot, dist/src/main.js) once per shard of `total`. discord.js hands each process its
 * shard through SHARDING_MANAGER, SHARDS and SHARD_COUNT; `onLost` runs when a shard exits without being asked to.
 */
export function runShards(options: { script: string; token: string; total: number; log: Logger; onLost: () => void }): ShardSet {
  const { log } = options;
  const manager = new ShardingManager(options.script, {
    token: options.token,
    totalShards: options.total,
    mode: 'process',
    respawn: false,
  });
  const running = new Set<ChildProcess>();
  let stopping = false;

  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (spawned) => {
      // mode 'process': a child process, never a worker.
      const child = spawned as ChildProcess;
      running.add(child);
      child.once('exit', (code, signal) => {
        running.delete(child);
        if (stopping) return;
        log.error({ shard: shard.id, code, signal }, 'a shard stopped on its own; stopping the others');
        options.onLost();
      });
      if (stopping) child.kill('SIGTERM');
    });
    shard.on('ready', () => log.info({ shard: shard.id, pid: shard.process?.pid }, 'shard ready'));
  });

  // Each shard is waited for until ready, then discord.js's default 5.5 s pass before the next: Discord lets a bot
  // identify one shard per 5 s (max_concurrency 1).
  const spawning = manager.spawn({ amount: options.total, timeout: READY_WITHIN_MS });
  return {
    ready: spawning.then(() => undefined),
    async stop() {
      stopping = true;
      const exits = [...running].map((child) => {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        return exited;
      });
      // A spawn under way ends when its shard is told to stop; none is started after that.
      await spawning.catch(() => undefined);
      await Promise.all(exits);
      await Promise.all([...running].map((child) => once(child, 'exit')));
    },
  };
}

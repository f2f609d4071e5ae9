// /reload in a sharded bot: the shard that got the command has every shard process reload (discord.js's broadcastEval
// over the ShardingManager's IPC) and collects their reports; unsharded, the one process reloads.
import type { Client } from 'discord.js';
import type { ReloadReport } from '../library/reloadReport.js';

/** Where each shard's client keeps its reload; a registered symbol, since broadcastEval runs the function as source text. */
const RELOAD = Symbol.for('verbatim.reload');

type WithReload = Record<symbol, (() => Promise<ReloadReport>) | undefined>;

/** A reload of every process serving `client`'s bot, one report per shard in shard order; `here` reloads this process. */
export function reloadEverywhere(client: Client, here: () => Promise<ReloadReport>): () => Promise<ReloadReport[]> {
  const shard = client.shard;
  if (!shard) return async () => [await here()];
  (client as unknown as WithReload)[RELOAD] = here;
  // The function is sent as text and run in each shard process, so it may name nothing from this module.
  return () => shard.broadcastEval((c) => (c as unknown as WithReload)[Symbol.for('verbatim.reload')]!());
}

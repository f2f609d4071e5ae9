// Capacity of one bot process for docs/deployment.md: the built bot (or the shard manager) against the local Discord on
// loopback, /search interactions from many users at a fixed concurrency; prints interactions per second, latency from
// dispatch to callback (p50, p99) and each bot process's RSS after the load. Not part of `npm test` or `npm run bench`.
// `--http`: start:http instead (through tsx), each interaction a signed POST whose response is its callback.
//   npx tsx tests/bench/interactionLoad.ts [--scale 100] [--seconds 20] [--concurrency 16] [--sharded | --http]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { chatInputInteraction, defaultUser } from '../../src/localDiscord/index.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { startBotProcess } from '../e2e/botProcess.js';
import { keyPair, signedHeaders } from '../e2e/httpReplicas.js';
import { writeCorpus } from '../helpers/writeCorpus.js';
import { relevanceCases } from '../relevance/cases.js';
import { growCorpus } from './syntheticCorpus.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '16' },
    sharded: { type: 'boolean', default: false },
    http: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const queries = relevanceCases.map((c) => c.query);

const base = await loadCorpus(defaultCorpusDir);
const corpusDir = scale === 1 ? defaultCorpusDir : await mkdtemp(path.join(tmpdir(), 'verbatim-load-'));
if (scale !== 1) await writeCorpus(growCorpus(base, base.passages.length * scale), corpusDir);

const keys = keyPair();
const bot = await startBotProcess(
  {
    CORPUS_DIR: corpusDir,
    LOG_LEVEL: 'info',
    RATE_LIMIT_BURST: '1000000',
    RATE_LIMIT_BUTTON_BURST: '1000000',
    ...(values.http ? { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0' } : {}),
  },
  { waitTimeoutMs: 60_000, ...(values.sharded ? { shards: 2 } : {}) },
  values.sharded ? 'sharded' : values.http ? 'http' : 'npm start',
);
const ready = bot.logLines().filter((line) => line.msg === 'ready' || line.msg === 'ready for interactions over HTTP');
const pids = ready.map((line) => line.pid as number);
const endpoint = `http://127.0.0.1:${String(ready[0]?.port)}/interactions`;

let sent = 0;
async function searchOnce(user: number): Promise<number> {
  const started = performance.now();
  const query = queries[sent++ % queries.length]!;
  const payload = chatInputInteraction('search', { query }, { user: defaultUser(String(1250000000000100000n + BigInt(user))) });
  if (!values.http) {
    await bot.discord.sendInteraction(payload).waitForCallback();
    return performance.now() - started;
  }
  const handle = bot.discord.createHttpInteraction(payload);
  const body = JSON.stringify(handle.payload);
  const response = await fetch(endpoint, { method: 'POST', body, headers: signedHeaders(body, keys.privateKey) });
  handle.recordHttpResponse(response.status, await response.json());
  await handle.waitForCallback();
  return performance.now() - started;
}

/** `concurrency` users, each sending its next search once the last was answered, until `ms` have passed. */
async function closedLoop(ms: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      while (performance.now() < until) latencies.push(await searchOnce(user));
    }),
  );
  return latencies;
}

const rssMb = async (pid: number) => Number(/VmRSS:\s+(\d+) kB/u.exec(await readFile(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const rssAfterLoad = await Promise.all(pids.map(rssMb));
await closedLoop(3000);
const latencies = (await closedLoop(seconds * 1000)).sort((a, b) => a - b);
const rss = await Promise.all(pids.map(rssMb));
console.log(
  JSON.stringify({
    passages: base.passages.length * scale,
    mode: values.sharded ? 'sharded' : values.http ? 'http' : 'gateway',
    concurrency,
    seconds,
    interactions: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    p50ms: Math.round(percentile(latencies, 50)),
    p99ms: Math.round(percentile(latencies, 99)),
    rssMbAfterLoad: rssAfterLoad.map(Math.round),
    rssMbAfterRun: rss.map(Math.round),
    unexpectedRequests: bot.discord.unexpectedRequests().length,
  }),
);
await bot.stop();
if (scale !== 1) await rm(corpusDir, { recursive: true, force: true });

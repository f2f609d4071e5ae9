// `npm run bench`: Verbatim against raw Lunr on the corpus grown with a growing vocabulary, size by size, then the
// performance budgets, each PASS or FAIL (any FAIL makes the exit code 1).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../src/corpus/types.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { passageEmbeds } from '../../src/render/passageEmbed.js';
import { toMessagePayload } from '../../src/render/reply.js';
import { relevanceCases } from '../relevance/cases.js';
import { rawLunr, verbatim } from './engines.js';
import { growCorpus, vocabulary } from './syntheticCorpus.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,32000,100000').split(',').map(Number);
const HOSTILE = [
  'rajavi~100',
  '*a*',
  'a'.repeat(10_000),
  '"the the the"',
  'Saddam*',
  'mojahedin -iraq',
  '',
  '🙂 صدام',
  'field:value ^2 +x',
];
const QUERIES = [...relevanceCases.map((c) => c.query), ...HOSTILE];
const ROUNDS = 10;
/** Raw Lunr takes seconds on some queries at 100,000 passages, so its timed rounds stop once this much is spent. */
const LUNR_SEARCH_BUDGET_MS = 60_000;
/** A load is timed up to three times, fewer once this much is spent, and the median kept. */
const LOAD_BUDGET_MS = 15_000;
/** Stock Lunr's fuzzy automaton grows exponentially with the edit distance (`rajavi~100` never returns), so queries
 * asking for more edits than Verbatim grants are not sent to it. */
const LUNR_MAX_EDITS = 2;

if (!SIZES.every((size) => Number.isInteger(size) && size > 0)) throw new Error(`BENCH_SIZES: ${process.env.BENCH_SIZES}`);

interface Latencies {
  /** Successful calls' times, ascending. */
  times: number[];
  /** Queries that threw (each round alike). */
  failed: string[];
  /** The query behind the longest successful call. */
  slowest: string;
}

interface Measured {
  size: number;
  words: number;
  distinct: number;
  buildMs: number;
  fileMb: number;
  load: { ours: number; lunr: number };
  heapMb: { ours: number; lunr: number };
  search: { ours: Latencies; lunr: Latencies };
  rendered: Latencies;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A warm-up round, then up to `ROUNDS` timed rounds over `queries`, fewer once `budgetMs` is spent. */
function timeQueries(queries: readonly string[], budgetMs: number, work: (query: string) => void): Latencies {
  for (const query of queries) {
    try {
      work(query);
    } catch {
      // Counted in the timed rounds.
    }
  }
  const times: number[] = [];
  const failed = new Set<string>();
  let slowest = { query: '', ms: -1 };
  const started = performance.now();
  for (let round = 0; round < ROUNDS && performance.now() - started < budgetMs; round++) {
    for (const query of queries) {
      const start = performance.now();
      try {
        work(query);
        const took = performance.now() - start;
        times.push(took);
        if (took > slowest.ms) slowest = { query, ms: took };
      } catch {
        failed.add(query);
      }
    }
  }
  return { times: times.sort((a, b) => a - b), failed: [...failed], slowest: slowest.query };
}

function timeLoad<T>(load: () => T): { ms: number; loaded: T } {
  const times: number[] = [];
  let loaded: T;
  do {
    const start = performance.now();
    loaded = load();
    times.push(performance.now() - start);
  } while (times.length < 3 && times.reduce((a, b) => a + b) < LOAD_BUDGET_MS);
  return {
    ms: percentile(
      times.sort((a, b) => a - b),
      50,
    ),
    loaded,
  };
}

/** V8's heap plus ArrayBuffers, which typed arrays keep outside it. */
function heapMb(): number {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
}

/** Builds and saves in a scope of its own, so the built index is garbage before heaps are measured. */
function buildAndSave(corpus: Corpus): { buildMs: number; file: Buffer } {
  const start = performance.now();
  const index = verbatim.build(corpus);
  const buildMs = performance.now() - start;
  return { buildMs, file: verbatim.save(index) };
}

function measure(base: Corpus, size: number): Measured {
  const corpus = growCorpus(base, size);
  const { words, distinct } = vocabulary(corpus.passages);
  const { buildMs, file } = buildAndSave(corpus);
  // Each engine is measured with only its own index in memory, so one's garbage collections do not time the other.
  const ours = measureOurs(corpus, file);
  const lunr = measureLunr(file);
  return {
    size,
    words,
    distinct,
    buildMs,
    fileMb: megabytes(file),
    load: { ours: ours.loadMs, lunr: lunr.loadMs },
    heapMb: { ours: ours.heapMb, lunr: lunr.heapMb },
    search: { ours: ours.search, lunr: lunr.search },
    rendered: ours.rendered,
  };
}

function measureOurs(corpus: Corpus, file: Buffer) {
  const before = heapMb();
  const { loaded, ms: loadMs } = timeLoad(() => verbatim.load(file, corpus));
  const heap = heapMb() - before;
  const search = timeQueries(QUERIES, Infinity, (q) => verbatim.search(loaded, q, 5));
  const rendered = timeQueries(QUERIES, Infinity, (q) => {
    const hits = verbatim.search(loaded, q, 3);
    toMessagePayload({
      embeds: passageEmbeds(
        corpus,
        hits.map((hit) => ({ passage: hit.passage, options: { highlights: hit.highlights, stamp: 'bench' } })),
      ),
      ephemeral: true,
    });
  });
  return { loadMs, heapMb: heap, search, rendered };
}

function measureLunr(file: Buffer) {
  const before = heapMb();
  const { loaded, ms: loadMs } = timeLoad(() => rawLunr.load(file));
  const heap = heapMb() - before;
  const search = timeQueries(QUERIES.filter(sentToLunr), LUNR_SEARCH_BUDGET_MS, (q) => rawLunr.search(loaded, q));
  return { loadMs, heapMb: heap, search };
}

function sentToLunr(query: string): boolean {
  return [...query.matchAll(/~(\d+)/g)].every(([, edits]) => Number(edits) <= LUNR_MAX_EDITS);
}

const megabytes = (file: Buffer) => file.byteLength / 1e6;
const count = (n: number) => n.toLocaleString('en');
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const mb = (value: number) => `${value.toFixed(1)} MB`;
const clip = (query: string) => JSON.stringify(query.length > 20 ? `${query.slice(0, 17)}...` : query);

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
}

function printSize(m: Measured, previous: { passages: number; words: number; distinct: number }): void {
  const exponent = Math.log(m.distinct / previous.distinct) / Math.log(m.words / previous.words);
  console.log(
    `\n== ${count(m.size)} passages: ${count(m.words)} words, ${count(m.distinct)} distinct ` +
      `(Heaps exponent ${exponent.toFixed(2)} since ${count(previous.passages)} passages)`,
  );
  const latency = (label: string, p: number | 'max') => {
    const at = (l: Latencies) => ms(p === 'max' ? (l.times[l.times.length - 1] ?? NaN) : percentile(l.times, p));
    return [`search ${label}`, at(m.search.ours), at(m.search.lunr)];
  };
  const skipped = QUERIES.filter((q) => !sentToLunr(q));
  printTable([
    ['', 'Verbatim', 'raw Lunr'],
    ['build', ms(m.buildMs), 'loads our file'],
    ['saved file', mb(m.fileMb), 'same file'],
    ['load', ms(m.load.ours), `${ms(m.load.lunr)} (${(m.load.lunr / m.load.ours).toFixed(1)}× ours)`],
    ['heap after load (+ buffers)', mb(m.heapMb.ours), mb(m.heapMb.lunr)],
    latency('p50', 50),
    latency('p95', 95),
    latency('p99', 99),
    latency('max', 'max'),
    ['slowest query', clip(m.search.ours.slowest), clip(m.search.lunr.slowest)],
    ['timed searches', count(m.search.ours.times.length), count(m.search.lunr.times.length)],
    ['queries that threw', errors(m.search.ours), errors(m.search.lunr)],
    ['queries not sent', '0', skipped.length === 0 ? '0' : `${skipped.length}: ${skipped.map(clip).join(', ')}`],
    ['search+render p99', ms(percentile(m.rendered.times, 99)), ''],
  ]);
}

function errors({ failed }: Latencies): string {
  return failed.length === 0 ? '0' : `${failed.length}: ${failed.map(clip).join(', ')}`;
}

const BUDGETS: Array<{ size: number; label: string; value: (m: Measured) => string; pass: (m: Measured) => boolean }> = [
  { size: 32_000, label: 'our load ≤ 1 s', value: (m) => ms(m.load.ours), pass: (m) => m.load.ours <= 1000 },
  {
    size: 32_000,
    label: 'our load ≥ 2× faster than Lunr’s',
    value: (m) => `${(m.load.lunr / m.load.ours).toFixed(1)}×`,
    pass: (m) => m.load.lunr >= 2 * m.load.ours,
  },
  {
    size: 100_000,
    label: 'our search+render p99 ≤ 10 ms',
    value: (m) => ms(percentile(m.rendered.times, 99)),
    pass: (m) => percentile(m.rendered.times, 99) <= 10,
  },
];

const base = await loadCorpus(defaultCorpusDir);
// Each size is measured in a process of its own, so no size inherits the heap (and the collections) of the last.
const childSize = process.env.BENCH_CHILD_SIZE;
if (childSize !== undefined) {
  process.stdout.write(JSON.stringify(measure(base, Number(childSize))));
  process.exit(0);
}
console.log(
  `node ${process.version}; ${QUERIES.length} queries (relevance suite + hostile), a warm-up round then ` +
    `${ROUNDS} timed rounds (raw Lunr's stop after ${LUNR_SEARCH_BUDGET_MS / 1000} s); limit 5, render 3 hits; each size in a fresh process`,
);
if (!globalThis.gc) console.log('no global.gc (run node with --expose-gc): heap figures include garbage');
let previous = { passages: base.passages.length, ...vocabulary(base.passages) };
const measured: Measured[] = [];
for (const size of SIZES) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD_SIZE: String(size) },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the ${size}-passage measurement failed (exit ${child.status})`);
  const m = JSON.parse(child.stdout) as Measured;
  printSize(m, previous);
  measured.push(m);
  previous = { passages: m.size, words: m.words, distinct: m.distinct };
}

console.log('\n== Summary');
printTable([
  ['passages', 'distinct words', 'build', 'file', 'load ours', 'Lunr', 'heap ours', 'Lunr', 'search p99 ours', 'Lunr', 'search+render p99'],
  ...measured.map((m) => [
    count(m.size),
    count(m.distinct),
    ms(m.buildMs),
    mb(m.fileMb),
    ms(m.load.ours),
    ms(m.load.lunr),
    mb(m.heapMb.ours),
    mb(m.heapMb.lunr),
    ms(percentile(m.search.ours.times, 99)),
    ms(percentile(m.search.lunr.times, 99)),
    ms(percentile(m.rendered.times, 99)),
  ]),
]);
console.log('\n== Budgets');
for (const budget of BUDGETS) {
  const m = measured.find((each) => each.size === budget.size);
  const verdict = m === undefined ? 'SKIP' : budget.pass(m) ? 'PASS' : 'FAIL';
  if (verdict === 'FAIL') process.exitCode = 1;
  console.log(`${verdict}  ${count(budget.size)} passages: ${budget.label}${m ? ` (${budget.value(m)})` : ', size not run'}`);
}

// Opens the corpus and its index in a worker thread (libraryWorker.ts) and puts the result together here in one step.
import { Worker } from 'node:worker_threads';
import { CorpusError, type LoadOptions } from '../corpus/loadCorpus.js';
import type { CorpusProblem } from '../corpus/types.js';
import { indexFromParts, type IndexParts, type SearchIndex } from '../search/index.js';
import type { LibraryLog } from './openLibrary.js';

export type WorkerMessage =
  | { kind: 'log'; level: 'info' | 'warn'; fields: object; message: string }
  | { kind: 'opened'; parts: IndexParts }
  | { kind: 'failed'; message: string; problems?: CorpusProblem[] };

const fromSource = import.meta.url.endsWith('.ts');
const WORKER = new URL(`./libraryWorker${fromSource ? '.ts' : '.js'}`, import.meta.url);

/**
 * Compiled, the worker is plain JavaScript. Run from src/ (tsx, the tests) it is TypeScript, and Node 20 reads a worker's
 * entry before `--import tsx` can hook in, so a one-line script loads it through tsx's own import.
 */
function startWorker(workerData: unknown): Worker {
  if (!fromSource) return new Worker(WORKER, { workerData });
  const load = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { eval: true, workerData });
}

/** What openLibrary gives, built off this thread; its log lines are relayed to `log`. */
export function openLibraryInWorker(corpusDir: string, log: LibraryLog, options: LoadOptions = {}): Promise<SearchIndex> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ corpusDir, options });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'log') log[message.level](message.fields, message.message);
      else if (message.kind === 'opened') resolve(indexFromParts(message.parts));
      else reject(message.problems ? new CorpusError(message.problems) : new Error(message.message));
    });
    worker.on('error', reject);
    // Settles nothing once a message has: a worker that died before posting one is reported.
    worker.on('exit', (code) => reject(new Error(`the corpus worker stopped (exit code ${code}) before it finished`)));
  });
}

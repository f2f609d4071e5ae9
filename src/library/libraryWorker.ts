// The worker thread /reload opens the corpus and its index in, so the thread that answers Discord never waits on it.
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusError, type LoadOptions } from '../corpus/loadCorpus.js';
import { indexParts } from '../search/index.js';
import { openLibrary, type LibraryLog } from './openLibrary.js';
import type { WorkerMessage } from './openInWorker.js';

const { corpusDir, options } = workerData as { corpusDir: string; options: LoadOptions };
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const log: LibraryLog = {
  info: (fields, message) => post({ kind: 'log', level: 'info', fields, message }),
  warn: (fields, message) => post({ kind: 'log', level: 'warn', fields, message }),
};

try {
  const { parts, transfer } = indexParts(await openLibrary(corpusDir, log, options));
  post({ kind: 'opened', parts }, transfer);
} catch (error) {
  post({ kind: 'failed', message: (error as Error).message, ...(error instanceof CorpusError ? { problems: error.problems } : {}) });
}

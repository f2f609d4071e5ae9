// The only reader of process.env: turns environment variables into checked settings.
import path from 'node:path';
import { defaultCorpusDir } from './paths.js';

/** CORPUS_DIR, resolved against the working directory; the project's own corpus/ when unset. */
export function readCorpusDir(env: NodeJS.ProcessEnv): string {
  const value = env.CORPUS_DIR?.trim();
  return value ? path.resolve(value) : defaultCorpusDir;
}

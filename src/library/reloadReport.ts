// A reload's outcome as plain data: what /reload shows, small and serializable, so shards can send theirs over IPC.
import path from 'node:path';
import { CorpusError } from '../corpus/loadCorpus.js';
import type { LibraryHolder } from './libraryHolder.js';

/** `before` and `after` are corpus stamps (8 hex); `shard` is set in a sharded process; `replica` in the HTTP mode,
 * where a reload reaches only the process that received it. */
export type ReloadReport = { before: string; shard?: number; replica?: true } & (
  | { ok: true; documents: number; passages: number; after: string }
  /** `problems` are `file:line: message`, naming only the corpus's own files. */
  | { ok: false; problems: string[] }
);

/** Reloads `library` and reports how it went; never rejects. */
export async function reloadReport(library: Pick<LibraryHolder, 'current' | 'reload'>, shard?: number): Promise<ReloadReport> {
  const before = library.current.fingerprint.slice(0, 8);
  const outcome = await library.reload();
  const where = { before, ...(shard === undefined ? {} : { shard }) };
  if (!outcome.ok) return { ...where, ok: false, problems: describeFailure(outcome.error) };
  const { corpus, fingerprint } = outcome.index;
  return { ...where, ok: true, documents: corpus.documents.length, passages: corpus.passages.length, after: fingerprint.slice(0, 8) };
}

/** Each problem as `file:line: message`; only the corpus's own file names, never the server's folders. */
function describeFailure(error: Error): string[] {
  if (!(error instanceof CorpusError)) return ['the corpus could not be read; the bot’s log says why'];
  return error.problems.map((p) => `${path.isAbsolute(p.file) ? path.basename(p.file) : p.file}:${p.line}: ${p.message}`);
}

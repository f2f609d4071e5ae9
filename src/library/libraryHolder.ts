// Holds the index the bot serves and swaps in a reloaded one, built in a worker thread, in one step; a failed reload
// keeps the old one.
import type { LoadOptions } from '../corpus/loadCorpus.js';
import type { SearchIndex } from '../search/index.js';
import { openLibraryInWorker } from './openInWorker.js';
import type { LibraryLog } from './openLibrary.js';

export type ReloadOutcome = { ok: true; index: SearchIndex; previousFingerprint: string } | { ok: false; error: Error };

export class LibraryHolder {
  private reloading: Promise<ReloadOutcome> | undefined;

  constructor(
    private index: SearchIndex,
    private readonly corpusDir: string,
    private readonly log: LibraryLog,
    private readonly options: LoadOptions = {},
  ) {}

  get current(): SearchIndex {
    return this.index;
  }

  /** Short corpus version shown on shared quotes. */
  get stamp(): string {
    return this.index.fingerprint.slice(0, 8);
  }

  /** Concurrent calls share one reload, so two managers clicking at once do the work once. */
  reload(): Promise<ReloadOutcome> {
    this.reloading ??= this.load().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  private async load(): Promise<ReloadOutcome> {
    const previousFingerprint = this.index.fingerprint;
    try {
      const index = await openLibraryInWorker(this.corpusDir, this.log, this.options);
      this.index = index;
      return { ok: true, index, previousFingerprint };
    } catch (error) {
      this.log.warn({ error: (error as Error).message }, 'reload failed; still serving the previous corpus');
      return { ok: false, error: error as Error };
    }
  }
}

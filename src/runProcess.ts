// What `npm start` and `npm run start:http` do around their bot (and the shard manager, its first step): read the
// configuration, make the logger, load the corpus, start, and stop cleanly on SIGINT/SIGTERM or a fatal failure.
import { createLogger } from './bot/createLogger.js';
import { describeConfigProblems, readBotConfig, type BotConfig } from './config.js';
import { CorpusError } from './corpus/loadCorpus.js';
import { LibraryHolder } from './library/libraryHolder.js';
import { openLibrary } from './library/openLibrary.js';
import type { Logger } from 'pino';

export interface Service {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The fatal log line when `start` rejected with `error`. */
  startFailure(error: unknown): string;
}

/**
 * The checked configuration for `purpose`, a logger with `fields` on every line, and an exit that flushes it first; a
 * configuration problem ends the process with status 1, naming every problem and never a value.
 */
export function configure(
  purpose: 'start' | 'http' | 'sharded',
  fields: (config: BotConfig) => Record<string, unknown>,
): { config: BotConfig; log: Logger; exit: (code: number) => void } {
  const configured = readBotConfig(process.env, purpose);
  if (!configured.ok) {
    process.stderr.write(`${describeConfigProblems(configured.problems)}\n`);
    process.exit(1);
  }
  const { config } = configured;
  const log = createLogger({ level: config.logLevel, secrets: [config.token], pretty: process.stdout.isTTY, fields: fields(config) });
  return { config, log, exit: (code) => log.flush(() => process.exit(code)) };
}

/** `make` builds the bot once the corpus is loaded; its `fail` stops the process with exit code 1. */
export async function runProcess(
  purpose: 'start' | 'http',
  make: (config: BotConfig, library: LibraryHolder, log: Logger, fail: () => void) => Service,
): Promise<void> {
  const { config, log, exit } = configure(purpose, (config) => (config.shard ? { shard: config.shard.id } : {}));
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  const limits = { maxDocumentBytes: config.maxDocumentBytes };
  const library = await openLibrary(config.corpusDir, log, limits).then(
    (index) => new LibraryHolder(index, config.corpusDir, log, limits),
    (error: unknown) => {
      log.fatal(error instanceof CorpusError ? error.message : `cannot load the corpus: ${(error as Error).message}`);
      return undefined;
    },
  );
  if (library) await serve(library);
  else exit(1);

  async function serve(library: LibraryHolder): Promise<void> {
    let stopping = false;
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      void service.stop().finally(() => exit(code));
    };
    const service = make(config, library, log, () => stop(1));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (!stopping) log.info({ signal }, 'shutting down');
        stop(0);
      });
    }
    // A shard whose manager died without stopping it (SIGKILL, a crash) would otherwise run on unsupervised.
    if (config.shard) {
      process.once('disconnect', () => {
        if (!stopping) log.warn('the shard manager is gone; shutting down');
        stop(0);
      });
    }
    try {
      await service.start();
    } catch (error) {
      // A fatal failure while starting has said why already.
      if (stopping) return;
      log.fatal(service.startFailure(error));
      stop(1);
    }
  }
}

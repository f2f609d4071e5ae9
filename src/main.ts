// Entry point of `npm start`: configuration, logger, corpus, then Discord; SIGINT/SIGTERM stop it cleanly. Without
// DISCORD_TOKEN (outside production) it opens the playground instead: the same bot in a local Discord.
import dotenv from 'dotenv';
import { createLogger } from './bot/createLogger.js';
import { describeConfigProblems, readBotConfig } from './config.js';
import { CorpusError } from './corpus/loadCorpus.js';
import { createBot } from './discord/createBot.js';
import { LibraryHolder } from './library/libraryHolder.js';
import { openLibrary } from './library/openLibrary.js';
import { missingTokenWarning, playgroundWanted } from './playground/startDecision.js';

// Real environment variables win over .env.
dotenv.config({ quiet: true });
if (playgroundWanted(process.env)) {
  // Loaded only here: a bot connecting to Discord never starts the local one.
  const warning = missingTokenWarning(process.env);
  if (warning) process.stderr.write(`${warning}\n`);
  const { startPlayground } = await import('./playground/startPlayground.js');
  await startPlayground().catch((error: unknown) => {
    process.stderr.write(`verbatim playground: ${(error as Error).message}\n`);
    process.exit(1);
  });
} else {
  await runBot();
}

async function runBot(): Promise<void> {
  const configured = readBotConfig(process.env, 'start');
  if (!configured.ok) {
    process.stderr.write(`${describeConfigProblems(configured.problems)}\n`);
    process.exit(1);
  }
  const { config } = configured;
  const log = createLogger({
    level: config.logLevel,
    secrets: [config.token],
    pretty: process.stdout.isTTY,
    ...(config.shard ? { fields: { shard: config.shard.id } } : {}),
  });
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  const exit = (code: number) => log.flush(() => process.exit(code));

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
      void bot.stop().finally(() => exit(code));
    };
    const bot = createBot(config, library, log, () => stop(1));
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
      await bot.login();
    } catch (error) {
      // A fatal gateway close during the login has said why already.
      if (stopping) return;
      const refused = (error as { code?: string }).code === 'TokenInvalid';
      log.fatal(
        refused
          ? 'Discord refused DISCORD_TOKEN: reset it in the Developer Portal (Bot → Reset Token) and update .env'
          : `cannot connect to Discord: ${(error as Error).message}`,
      );
      stop(1);
    }
  }
}

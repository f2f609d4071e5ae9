// Starts the playground: the local Discord, the real bot connected to it as in production, and the page that uses it.
import type { AddressInfo } from 'node:net';
import { commandDefinitions } from '../../commands/index.js';
import { createLogger } from '../bot/createLogger.js';
import { describeConfigProblems } from '../config.js';
import { createBot } from '../discord/createBot.js';
import { registerCommands } from '../discord/registerCommands.js';
import { LibraryHolder } from '../library/libraryHolder.js';
import { openLibrary } from '../library/openLibrary.js';
import { ChannelLog } from './channelLog.js';
import { startDiscordStandin, type DiscordStandin } from './localDiscord.js';
import { loadPlaygroundAssets } from './pageAssets.js';
import { openPagePort } from './pagePort.js';
import { pageRequestHandler } from './pageServer.js';
import { playgroundBotConfig, playgroundChannels, readPlaygroundPort } from './playgroundSetup.js';
import { productionRefusal } from './startDecision.js';
import { createUserActions } from './userActions.js';

export interface PlaygroundOptions {
  /** Settings as `npm start` reads them (LOG_LEVEL, CORPUS_DIR, RATE_LIMIT_*, PLAYGROUND_PORT); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Overrides PLAYGROUND_PORT; 0 picks a free port. */
  port?: number;
  /** Where the built page is looked for (default dist/playground/); when absent the page is built in memory. */
  assetsDir?: string;
  /** Where the two start-up lines go; default stdout. */
  print?: (line: string) => void;
  /** Stop cleanly and exit on SIGINT/SIGTERM (default true); tests that start several playgrounds turn it off. */
  stopOnSignals?: boolean;
}

export interface Playground {
  /** The page, e.g. http://127.0.0.1:5179/ */
  url: string;
  /** The local Discord the bot is connected to. */
  discord: DiscordStandin;
  /** Stops the page, then the bot (finishing interactions under way), then the local Discord. */
  stop(): Promise<void>;
}

/**
 * Throws, before starting anything, when NODE_ENV=production, PLAYGROUND_PORT is malformed or the port is taken; and,
 * having stopped what it started, when a setting is malformed (every problem listed, as `npm start` lists them) or the
 * corpus cannot be loaded.
 */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const env = options.env ?? process.env;
  const refusal = productionRefusal(env);
  if (refusal) throw new Error(refusal);
  const port = options.port ?? readPlaygroundPort(env);
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));

  const { server, serve } = await openPagePort(port);
  const cleanups: (() => unknown)[] = [];
  const stop = async () => {
    // The page first, so that nothing new reaches the bot while it finishes; then the rest, last started first.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  };
  try {
    const discord = await startDiscordStandin();
    cleanups.push(() => discord.close());
    const channels = playgroundChannels(discord);
    const configured = playgroundBotConfig(env, discord, channels);
    if (!configured.ok) throw new Error(describeConfigProblems(configured.problems));
    const { config } = configured;
    const log = createLogger({ level: config.logLevel, secrets: [config.token], pretty: process.stdout.isTTY });
    const [index, { assets, source }] = await Promise.all([openLibrary(config.corpusDir, log), loadPlaygroundAssets(options.assetsDir)]);
    log.debug({ source }, 'playground page');
    await registerCommands(config, commandDefinitions);
    // A fatal close cannot come from the local Discord unless it is told to send one; the page would then stop answering.
    const bot = createBot(config, new LibraryHolder(index, config.corpusDir, log), log, () =>
      log.fatal('the local Discord closed the gateway for good'),
    );
    cleanups.push(() => bot.stop());
    await bot.login();
    await discord.waitForReady({ timeoutMs: 20_000 });

    const channelLog = new ChannelLog(
      discord,
      channels.map((c) => c.id),
    );
    const actions = createUserActions(
      discord,
      channelLog,
      channels.map((c) => c.id),
    );
    serve(pageRequestHandler({ standin: discord, channels, log: channelLog, actions, assets }));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    if (options.stopOnSignals ?? true) {
      const onSignal = (signal: NodeJS.Signals) => {
        log.info({ signal }, 'shutting down the playground');
        void stop().finally(() => log.flush(() => process.exit(0)));
      };
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      cleanups.push(() => process.off('SIGINT', onSignal).off('SIGTERM', onSignal));
    }
    print(`Verbatim playground: open ${url} (the real bot in a local Discord on this machine; Ctrl-C stops it)`);
    print('Set DISCORD_TOKEN (see "Running on Discord" in the README) to connect to Discord instead.');
    return { url, discord, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

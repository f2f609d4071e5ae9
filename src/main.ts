// Entry point of `npm start`: configuration, logger, corpus, then Discord; SIGINT/SIGTERM stop it cleanly. Without
// DISCORD_TOKEN (outside production) it opens the playground instead: the same bot in a local Discord.
import dotenv from 'dotenv';
import { createBot } from './discord/createBot.js';
import { missingTokenWarning, playgroundWanted } from './playground/startDecision.js';
import { runProcess } from './runProcess.js';

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
  await runProcess('start', (config, library, log, fail) => {
    const bot = createBot(config, library, log, fail);
    return {
      start: async () => {
        await bot.login();
      },
      stop: () => bot.stop(),
      startFailure: (error) =>
        (error as { code?: string }).code === 'TokenInvalid'
          ? 'Discord refused DISCORD_TOKEN: reset it in the Developer Portal (Bot → Reset Token) and update .env'
          : `cannot connect to Discord: ${(error as Error).message}`,
    };
  });
}

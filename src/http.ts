// Entry point of `npm run start:http`: the bot answering Discord's interaction webhooks on PORT (no gateway
// connection), once its corpus is loaded; SIGINT/SIGTERM stop it cleanly.
import dotenv from 'dotenv';
import { createHttpBot } from './discord/http/createHttpBot.js';
import { runProcess } from './runProcess.js';

// Real environment variables win over .env.
dotenv.config({ quiet: true });
await runProcess('http', (config, library, log) => {
  const bot = createHttpBot(config, library, log);
  return {
    start: async () => {
      await bot.listen(config.http!.port);
    },
    stop: () => bot.stop(),
    startFailure: (error) => `cannot listen on PORT ${config.http!.port}: ${(error as Error).message}`,
  };
});

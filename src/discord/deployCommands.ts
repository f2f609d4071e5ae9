// Entry point of `npm run deploy-commands`: registers the commands the bot dispatches, from the same list.
import dotenv from 'dotenv';
import { commandDefinitions } from '../../commands/index.js';
import { describeConfigProblems, readBotConfig } from '../config.js';
import { registerCommands } from './registerCommands.js';

dotenv.config({ quiet: true });
const configured = readBotConfig(process.env, 'deploy');
if (!configured.ok) {
  process.stderr.write(`${describeConfigProblems(configured.problems)}\n`);
  process.exitCode = 1;
} else {
  const { config } = configured;
  try {
    const { count, scope } = await registerCommands(config, commandDefinitions);
    const when = config.guildId ? 'they can be used now' : 'Discord may take up to an hour to show them everywhere';
    process.stdout.write(`Registered ${count} commands for ${scope}; ${when}.\n`);
  } catch (error) {
    const message = (error as Error).message.split(config.token).join('[REDACTED]');
    process.stderr.write(`verbatim: could not register the commands: ${message}\n`);
    process.exitCode = 1;
  }
}

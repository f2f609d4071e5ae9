// The CLI's subcommands, in the order `help` lists them.
import type { CliCommand } from '../cliCommand.js';
import { contextCommand } from './context.js';
import { passagesCommand } from './passages.js';
import { quoteCommand } from './quote.js';
import { searchCommand } from './search.js';
import { sourcesCommand } from './sources.js';

export const cliCommands: CliCommand[] = [searchCommand, quoteCommand, contextCommand, sourcesCommand, passagesCommand];

// The CLI's subcommands, in the order `help` lists them.
import type { CliCommand } from '../cliCommand.js';
import { citeCommand } from './cite.js';
import { contextCommand } from './context.js';
import { passagesCommand } from './passages.js';
import { quoteCommand } from './quote.js';
import { searchCommand } from './search.js';
import { sourcesCommand } from './sources.js';
import { verifyCommand } from './verify.js';

export const cliCommands: CliCommand[] = [
  searchCommand,
  quoteCommand,
  contextCommand,
  verifyCommand,
  citeCommand,
  sourcesCommand,
  passagesCommand,
];

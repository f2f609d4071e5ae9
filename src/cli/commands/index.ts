// The CLI's subcommands, in the order `help` lists them.
import type { CliCommand } from '../cliCommand.js';
import { passagesCommand } from './passages.js';
import { sourcesCommand } from './sources.js';

export const cliCommands: CliCommand[] = [sourcesCommand, passagesCommand];

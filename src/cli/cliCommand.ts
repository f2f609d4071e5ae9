// What every CLI subcommand looks like to the dispatcher.
import type { Corpus } from '../corpus/types.js';
import type { SearchIndex } from '../search/index.js';

export interface CliIo {
  /** Writes to standard output; a line break is not added. */
  write(text: string): void;
  /** Reads all of standard input (for --batch). */
  readInput(): Promise<string>;
  /** Standard output is a terminal, so highlights may be shown in bold. */
  isTerminal?: boolean;
}

export interface CliCommand {
  name: string;
  /** One line of usage, shown by `help` and on a usage error. */
  usage: string;
  /** Options this command accepts, for node:util parseArgs; `json` is added for every command. */
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(
    args: { positionals: string[]; values: Record<string, string | boolean | undefined> },
    context: { corpus: Corpus; io: CliIo; searchIndex: () => Promise<SearchIndex> },
  ): Promise<void> | void;
}

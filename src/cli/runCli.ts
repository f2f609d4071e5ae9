// Parses a CLI call, runs the subcommand on the loaded corpus, and maps every failure to a message and exit code.
import { parseArgs } from 'node:util';
import { CorpusError, loadCorpus } from '../corpus/loadCorpus.js';
import type { CliIo } from './cliCommand.js';
import { cliCommands } from './commands/index.js';
import { UsageError } from './usageError.js';
import { indexFor, type LibraryLog } from '../library/openLibrary.js';

// A terminal user wants answers, not index bookkeeping.
const QUIET: LibraryLog = { info: () => {}, warn: () => {} };

export interface CliResult {
  exitCode: number;
}

export async function runCli(argv: string[], io: CliIo & { error(text: string): void }, corpusDir: string): Promise<CliResult> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      io.write(helpText());
      return { exitCode: name === undefined ? 2 : 0 };
    }
    const command = cliCommands.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"; try: ${cliCommands.map((c) => c.name).join(', ')}`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, json: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.split('\n')[0]} (usage: ${command.usage})`);
    }
    const corpus = await loadCorpus(corpusDir);
    const searchIndex = () => indexFor(corpus, corpusDir, QUIET);
    await command.run(parsed, { corpus, io, searchIndex });
    return { exitCode: 0 };
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`verbatim: ${error.message}\n`);
      return { exitCode: 2 };
    }
    if (error instanceof CorpusError) {
      io.error(`verbatim: ${error.message}\n`);
      return { exitCode: 1 };
    }
    io.error(`verbatim: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return { exitCode: 1 };
  }
}

function helpText(): string {
  return [
    'Verbatim: quote a research corpus verbatim, with sources.',
    '',
    'usage: npm run --silent cli -- <command> [options]',
    ...cliCommands.map((c) => `  ${c.usage}`),
    '',
    'Every command takes --json. CORPUS_DIR selects another corpus folder.',
    '',
  ].join('\n');
}

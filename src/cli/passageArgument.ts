// The passage a CLI command is given by id: an old id is followed to the passage's id now, and anything else is a usage error.
import { findPassage, type FoundPassage } from '../corpus/findPassage.js';
import type { Corpus } from '../corpus/types.js';
import { renamedLine } from '../render/renamedLine.js';
import type { CliIo } from './cliCommand.js';
import { UsageError } from './usageError.js';

/**
 * The passage named by the positionals. Under an old id, text output opens with the line naming its id now; JSON
 * output carries `renamedFrom` instead (see `renamedField`), so it stays one object.
 */
export function passageArgument(corpus: Corpus, positionals: string[], io: CliIo, json: boolean): FoundPassage {
  const found = findPassage(corpus, positionals.join(' '));
  if (!found) throw new UsageError(`no passage "${positionals.join(' ').slice(0, 80)}"; ids look like rajavi-haboush-tapes:3`);
  const line = renamedLine(found);
  if (line !== undefined && !json) io.write(`${line}\n`);
  return found;
}

/** `{ renamedFrom }` for JSON output when the passage was asked for under an old id, else nothing. */
export function renamedField({ renamedFrom }: FoundPassage): { renamedFrom?: string } {
  return renamedFrom === undefined ? {} : { renamedFrom };
}

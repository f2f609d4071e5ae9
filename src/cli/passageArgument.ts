// The passage a CLI command is given by id: an old id is followed to where its words are now, and anything else is a usage error.
import { findPassage, type FoundPassage } from '../corpus/findPassage.js';
import type { Corpus } from '../corpus/types.js';
import { renamedLine } from '../render/renamedLine.js';
import type { CliIo } from './cliCommand.js';
import { UsageError } from './usageError.js';

/**
 * The passage named by the positionals. Under an old id, text output opens with the line naming its id now (or,
 * for an id reused by renumbering, where its former words are); JSON output carries `renamedFrom` or `formerWords`
 * instead (see `renamedFields`), so it stays one object.
 */
export function passageArgument(corpus: Corpus, positionals: string[], io: CliIo, json: boolean): FoundPassage {
  const found = findPassage(corpus, positionals.join(' '));
  if (!found) throw new UsageError(`no passage "${positionals.join(' ').slice(0, 80)}"; ids look like rajavi-haboush-tapes:3`);
  const line = renamedLine(found);
  if (line !== undefined && !json) io.write(`${line}\n`);
  return found;
}

/** `renamedFrom` and `formerWords` for JSON output, where the passage has them. */
export function renamedFields({ renamedFrom, formerWords }: FoundPassage): Pick<FoundPassage, 'renamedFrom' | 'formerWords'> {
  return { ...(renamedFrom === undefined ? {} : { renamedFrom }), ...(formerWords === undefined ? {} : { formerWords }) };
}

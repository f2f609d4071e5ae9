// `quote <id>`: one passage with its source, the same words every time.
import { findPassage } from '../../corpus/findPassage.js';
import type { CliCommand } from '../cliCommand.js';
import { describePassage, formatPassage } from '../formatPassage.js';
import { UsageError } from '../usageError.js';

export const quoteCommand: CliCommand = {
  name: 'quote',
  usage: 'quote <document-id:N> [--json]',
  options: {},
  run({ positionals, values }, { corpus, io }) {
    const passage = findPassage(corpus, positionals.join(' '));
    if (!passage) throw new UsageError(`no passage "${positionals.join(' ').slice(0, 80)}"; ids look like rajavi-haboush-tapes:3`);
    io.write(values.json ? `${JSON.stringify(describePassage(corpus, passage))}\n` : `${formatPassage(corpus, passage)}\n`);
  },
};

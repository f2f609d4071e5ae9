// `quote <id>`: one passage with its source, the same words every time.
import type { CliCommand } from '../cliCommand.js';
import { describePassage, formatPassage } from '../formatPassage.js';
import { passageArgument, renamedFields } from '../passageArgument.js';

export const quoteCommand: CliCommand = {
  name: 'quote',
  usage: 'quote <document-id:N> [--json]',
  options: {},
  run({ positionals, values }, { corpus, io }) {
    const found = passageArgument(corpus, positionals, io, values.json === true);
    const { passage } = found;
    io.write(
      values.json
        ? `${JSON.stringify({ ...describePassage(corpus, passage), ...renamedFields(found) })}\n`
        : `${formatPassage(corpus, passage)}\n`,
    );
  },
};

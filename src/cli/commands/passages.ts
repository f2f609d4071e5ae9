// `passages`: every passage of the corpus, with its location and source.
import type { CliCommand } from '../cliCommand.js';
import { describePassage, formatPassage } from '../formatPassage.js';

export const passagesCommand: CliCommand = {
  name: 'passages',
  usage: 'passages [--json]',
  options: {},
  run({ values }, { corpus, io }) {
    if (values.json) {
      io.write(`${JSON.stringify({ passages: corpus.passages.map((p) => describePassage(corpus, p)) })}\n`);
      return;
    }
    for (const passage of corpus.passages) io.write(`${formatPassage(corpus, passage)}\n\n`);
  },
};

// `context <id>`: the passages around one, the target marked.
import { MAX_CONTEXT, passageContext } from '../../corpus/passageContext.js';
import type { CliCommand } from '../cliCommand.js';
import { describePassage, formatPassage } from '../formatPassage.js';
import { passageArgument, renamedFields } from '../passageArgument.js';
import { readCount } from '../readCount.js';

export const contextCommand: CliCommand = {
  name: 'context',
  usage: `context <document-id:N> [--before N] [--after N] (N from 0 to ${MAX_CONTEXT}, default 2) [--json]`,
  options: { before: { type: 'string' }, after: { type: 'string' } },
  run({ positionals, values }, { corpus, io }) {
    const found = passageArgument(corpus, positionals, io, values.json === true);
    const { passage } = found;
    const before = readCount(values.before, 'before', 0, MAX_CONTEXT, 2);
    const after = readCount(values.after, 'after', 0, MAX_CONTEXT, 2);
    const context = passageContext(corpus, passage, before, after);
    const all = [...context.before, context.target, ...context.after];
    if (values.json) {
      io.write(
        `${JSON.stringify({ target: passage.id, ...renamedFields(found), passages: all.map((p) => describePassage(corpus, p)) })}\n`,
      );
      return;
    }
    for (const p of all) io.write(`${p === passage ? '▶ ' : ''}${formatPassage(corpus, p)}\n\n`);
  },
};

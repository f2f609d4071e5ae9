// `verify "<text>"`: is this quotation in the corpus — exactly, nearly (with the differences), or not at all?
import { verifyQuotation } from '../../verify/index.js';
import type { CliCommand } from '../cliCommand.js';
import { UsageError } from '../usageError.js';
import { formatPassage } from '../formatPassage.js';

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify "<quotation>" [--json]',
  options: {},
  async run({ positionals, values }, { corpus, io, searchIndex }) {
    const quotation = positionals.join(' ');
    if (quotation.trim() === '') throw new UsageError('verify needs the quotation to check, e.g. verify "the best defence is an attack"');
    const { verdict, matches } = verifyQuotation(await searchIndex(), quotation);
    if (values.json) {
      io.write(`${JSON.stringify({ verdict, matches: matches.map(({ id, ids, similarity, text, diff }) => ({ id, ids, similarity, text, ...(diff ? { diff } : {}) })) })}\n`);
      return;
    }
    if (verdict === 'not_found') {
      io.write('Not found: no passage of the corpus reads like this quotation.\n');
      return;
    }
    for (const match of matches) {
      const passage = corpus.passageById.get(match.id)!;
      io.write(verdict === 'exact' ? 'Exact: the corpus has these words.\n' : `Near (${Math.round(match.similarity * 100)}% similar). Differences:\n${describeDiff(match.diff ?? [])}\n`);
      io.write(`${formatPassage(corpus, passage, match.text)}\n\n`);
    }
  },
};

function describeDiff(diff: { op: string; text: string }[]): string {
  return diff
    .filter((part) => part.op !== 'equal')
    .map((part) => (part.op === 'delete' ? `  quotation has: “${part.text}”` : `  document has: “${part.text}”`))
    .join('\n');
}

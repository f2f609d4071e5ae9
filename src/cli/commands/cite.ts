// `cite <id>`: a passage cited in Chicago, APA or MLA, or its source as BibTeX, RIS or CSL-JSON, from what the corpus states.
import { citePassage, CITATION_STYLES, type CitationStyle } from '../../cite/index.js';
import type { CliCommand } from '../cliCommand.js';
import { passageArgument, renamedFields } from '../passageArgument.js';
import { UsageError } from '../usageError.js';

export const citeCommand: CliCommand = {
  name: 'cite',
  usage: `cite <document-id:N> [--style ${CITATION_STYLES.join('|')}] [--json]`,
  options: { style: { type: 'string' } },
  run({ positionals, values }, { corpus, io }) {
    const style = String(values.style ?? 'chicago').toLowerCase();
    if (!(CITATION_STYLES as readonly string[]).includes(style)) throw new UsageError(`--style takes one of ${CITATION_STYLES.join(', ')}`);
    const found = passageArgument(corpus, positionals, io, values.json === true);
    const { passage } = found;
    const citation = citePassage(corpus, passage.id, style as CitationStyle)!;
    io.write(values.json ? `${JSON.stringify({ id: passage.id, ...renamedFields(found), style, citation })}\n` : `${citation}\n`);
  },
};

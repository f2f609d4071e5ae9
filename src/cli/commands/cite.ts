// `cite <id>`: a passage cited in Chicago, APA or MLA, or its source as BibTeX, RIS or CSL-JSON, from what the corpus states.
import { findPassage } from '../../corpus/findPassage.js';
import { citePassage, CITATION_STYLES, type CitationStyle } from '../../cite/index.js';
import type { CliCommand } from '../cliCommand.js';
import { UsageError } from '../usageError.js';

export const citeCommand: CliCommand = {
  name: 'cite',
  usage: `cite <document-id:N> [--style ${CITATION_STYLES.join('|')}] [--json]`,
  options: { style: { type: 'string' } },
  run({ positionals, values }, { corpus, io }) {
    const passage = findPassage(corpus, positionals.join(' '));
    if (!passage) throw new UsageError(`no passage "${positionals.join(' ').slice(0, 80)}"; ids look like rajavi-haboush-tapes:3`);
    const style = String(values.style ?? 'chicago').toLowerCase();
    if (!(CITATION_STYLES as readonly string[]).includes(style)) throw new UsageError(`--style takes one of ${CITATION_STYLES.join(', ')}`);
    const citation = citePassage(corpus, passage.id, style as CitationStyle)!;
    io.write(values.json ? `${JSON.stringify({ id: passage.id, style, citation })}\n` : `${citation}\n`);
  },
};

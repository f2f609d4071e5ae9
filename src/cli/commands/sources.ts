// `sources`: the documents with their metadata and passage counts.
import type { CliCommand } from '../cliCommand.js';
import type { Document } from '../../corpus/types.js';

export function describeDocument(document: Document) {
  const { id, title, type, author, publisher, date, url, category, seed } = document;
  return {
    id,
    title,
    type,
    ...(author !== undefined ? { author } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(category !== undefined ? { category } : {}),
    seed,
    passages: document.passageIds.length,
  };
}

export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: 'sources [--json]',
  options: {},
  run({ values }, { corpus, io }) {
    const documents = corpus.documents.map(describeDocument);
    if (values.json) {
      io.write(`${JSON.stringify({ documents })}\n`);
      return;
    }
    for (const d of documents) {
      const by = [d.author, d.publisher, d.date].filter((part) => part !== undefined).join(' · ');
      io.write(`${d.id}  (${d.type}, ${d.passages} passages)\n  ${d.title}\n`);
      if (by !== '') io.write(`  ${by}\n`);
      if (d.url !== undefined) io.write(`  ${d.url}\n`);
      io.write(`  seed: ${d.seed}\n\n`);
    }
    io.write(`${documents.length} documents, ${corpus.passages.length} passages\n`);
  },
};

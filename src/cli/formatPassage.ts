// A passage as the CLI shows it: JSON-ready data, or the quote with its attribution line and id.
import { paragraphLocator, passageSource, speakerLine } from '../corpus/passageSource.js';
import type { Corpus, Passage } from '../corpus/types.js';

export function describePassage(corpus: Corpus, passage: Passage) {
  return {
    id: passage.id,
    document: passage.document,
    text: passage.text,
    location: passage.location,
    ...(passage.notes ? { notes: passage.notes } : {}),
    source: passageSource(corpus, passage),
  };
}

/** `text` defaults to the passage's own; a caller may pass the same text with terminal highlighting. */
export function formatPassage(corpus: Corpus, passage: Passage, text = passage.text): string {
  const source = passageSource(corpus, passage);
  const { section, statement } = passage.location;
  // A quoted statement's line names the document it is quoted in already.
  const attribution = [
    speakerLine(passage.location, source.title),
    statement ? undefined : source.title,
    source.author,
    source.publisher,
    source.date,
    paragraphLocator(passage.location),
  ].filter((part) => part !== undefined);
  const lines = [`“${text}”`, `  — ${attribution.join(', ')}`];
  if (section !== undefined) lines.push(`  section: ${section}`);
  for (const note of passage.notes ?? []) lines.push(`  note ${note}`);
  lines.push(`  id: ${passage.id}`);
  return lines.join('\n');
}

// A passage as the CLI shows it: JSON-ready data, or the quote with its attribution line and id.
import { passageSource, shownSpeaker } from '../corpus/passageSource.js';
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
  const { section, paragraph } = passage.location;
  const attribution = [
    shownSpeaker(passage.location),
    source.title,
    source.author,
    source.publisher,
    source.date,
    `¶${paragraph}`,
  ].filter((part) => part !== undefined);
  const lines = [`“${text}”`, `  — ${attribution.join(', ')}`];
  if (section !== undefined) lines.push(`  section: ${section}`);
  for (const note of passage.notes ?? []) lines.push(`  note ${note}`);
  lines.push(`  id: ${passage.id}`);
  return lines.join('\n');
}

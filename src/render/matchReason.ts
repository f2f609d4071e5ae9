// Why a search result matched when its own words do not show it: a result never appears without a reason.
import { noteMarker } from '../corpus/resolveNotes.js';
import type { SearchHit } from '../search/index.js';

/**
 * A short line for a hit whose quoted words do not hold every match: the fields the words were found in instead
 * (`Matched in its author.`), the footnotes they were found in (`Matched in note [2].`: a note's words are never the
 * passage's own), or the passage before it that names what it refers to. Undefined when the bold words say it all.
 * Plain text.
 */
export function matchReason(
  hit: Pick<SearchHit, 'passage' | 'highlights' | 'fields' | 'continues' | 'named' | 'notes'>,
): string | undefined {
  if (hit.named) return 'Named by its id.';
  const elsewhere = hit.fields.filter((field) => field !== 'text' && field !== 'note');
  const parts: string[] = [];
  if (elsewhere.length > 0 && (hit.highlights.length === 0 || !hit.fields.includes('text'))) {
    parts.push(`matched in its ${elsewhere.join(' and ')}`);
  }
  const notes = (hit.notes ?? []).map(({ note }) => noteMarker(hit.passage.notes?.[note] ?? ''));
  if (notes.length > 0) parts.push(`matched in ${notes.length > 1 ? 'notes' : 'note'} ${notes.join(' and ')}`);
  if (hit.continues) parts.push(`continues ${hit.continues}, which names what it refers to`);
  if (parts.length === 0) return undefined;
  const line = parts.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

// The footnotes a search result matched in, shown under the reason with the matched words in bold and labelled as
// notes, so a note's words are never taken for the passage's own.
import type { SearchHit } from '../search/index.js';
import { fitText } from './fitText.js';
import { highlightText } from './highlightText.js';

/** Most characters of one note shown in a result. */
const NOTE_CHARS = 400;

/** One markdown line per matched note: `*Note* [2] Nyabati **Bijan**; …`. */
export function matchedNoteLines(hit: Pick<SearchHit, 'passage' | 'notes'>): string[] {
  return (hit.notes ?? []).flatMap(({ note, highlights }) => {
    const text = hit.passage.notes?.[note];
    return text === undefined ? [] : [`*Note* ${fitText(text, NOTE_CHARS, (shown) => highlightText(shown, highlights)).text}`];
  });
}

// Why a search result matched when its own words do not show it: a result never appears without a reason.
import type { SearchHit } from '../search/index.js';

/**
 * A short line for a hit whose quoted words do not hold every match: the fields the words were found in instead
 * (`Matched in its author.`), or the passage before it that names what it refers to. Undefined when the bold words
 * say it all. Plain text.
 */
export function matchReason(hit: Pick<SearchHit, 'highlights' | 'fields' | 'continues' | 'named'>): string | undefined {
  if (hit.named) return 'Named by its id.';
  const elsewhere = hit.fields.filter((field) => field !== 'text');
  const parts: string[] = [];
  if (elsewhere.length > 0 && (hit.highlights.length === 0 || !hit.fields.includes('text'))) {
    parts.push(`matched in its ${elsewhere.join(' and ')}`);
  }
  if (hit.continues) parts.push(`continues ${hit.continues}, which names what it refers to`);
  if (parts.length === 0) return undefined;
  const line = parts.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

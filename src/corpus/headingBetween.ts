// The heading a document puts between two of its passages: words on either side of one are not one quotation.
import { SECTION_SEPARATOR } from './cutPassages.js';
import type { Passage } from './types.js';

/**
 * The headings that open `after`'s section where `before`'s ends (`Supporting Saddam in Iran-Iraq war`, or
 * `Part 2 › Meeting` for two levels at once), or undefined when both passages are in one section.
 */
export function headingBetween(before: Passage, after: Passage): string | undefined {
  const from = before.location.section;
  const to = after.location.section;
  if (from === to) return undefined;
  const left = from?.split(SECTION_SEPARATOR) ?? [];
  const path = to?.split(SECTION_SEPARATOR) ?? [];
  let shared = 0;
  while (shared < left.length && shared < path.length && left[shared] === path[shared]) shared++;
  // A section that is the parent of the one before (`A › B`, then `A`) is named whole.
  return path.slice(shared).join(SECTION_SEPARATOR) || (to ?? '');
}

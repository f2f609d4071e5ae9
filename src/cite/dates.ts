// A stated date read into its parts when it is ISO; anything else is kept as the document gives it, since reading a
// date into it would be inventing one.
import { isIsoDatePrefix } from '../corpus/isoDate.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day as CSL date parts (`[2006, 9, 12]`, months from 1);
 * null for anything else. */
export function dateParts(date: string): number[] | null {
  return isIsoDatePrefix(date) ? date.split('-').map(Number) : null;
}

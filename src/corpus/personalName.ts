// A person's name split for citation styles (`Haeri, Safa`), checked to be the stated name's own words reordered.
import type { PersonalName } from './types.js';

/**
 * Reads `Family, Given` given as field `field` (`author-name`, `speaker-name`) for the name stated as `namedField`.
 * Splitting may reorder the stated words but never change or add to them. Returns the name, or the problem as a message.
 */
export function readPersonalName(field: string, value: string, namedField: string, stated: string | undefined): PersonalName | string {
  const [family = '', given = '', ...more] = value.split(',').map((part) => part.trim());
  if (family === '' || given === '' || more.length > 0) return `${field} "${value}" must be written "Family, Given"`;
  if (stated === undefined) return `${field} "${value}" needs the ${namedField} field, which states the name`;
  const words = (name: string) => name.split(/\s+/u).sort().join(' ');
  if (words(`${family} ${given}`) !== words(stated)) {
    return `${field} "${value}" must consist of exactly the words of ${namedField} "${stated}"`;
  }
  return { family, given };
}

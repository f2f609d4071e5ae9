// A RIS record for a CSL item, for Zotero, EndNote and other reference managers. Ours rather than citation-js's: its
// record of a web page leaves out the site's name (RIS `T2`, Zotero's "Website Title") and wraps values at 70
// characters, which splits words when read back.
import type { CslItem } from './cslItem.js';

/**
 * Tags as the RIS format specification (Thomson Reuters, 2012) gives them for an electronic source (`ELEC`):
 * `AU` as `Family, Given` or the name as stated, `TI`, `T2` the site, `PY` the year, `DA` `YYYY/MM/DD/` (a date that is not ISO as stated),
 * `UR`, and
 * `N1` the note with the passage id. One tag a line, `ER` closing the record.
 */
export function ris(item: CslItem): string {
  const issued = item.issued;
  const parts = issued && 'date-parts' in issued ? issued['date-parts'][0] : undefined;
  const date = issued && 'literal' in issued ? issued.literal : parts && `${parts.map((p) => String(p).padStart(2, '0')).join('/')}/`;
  const tags: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ...(item.author ?? []).map((name): [string, string] => ['AU', 'literal' in name ? name.literal : `${name.family}, ${name.given}`]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PY', parts ? String(parts[0]) : undefined],
    ['DA', date],
    ['UR', item.URL],
    ['N1', item.note],
    ['ID', item.id],
  ];
  return [...tags.flatMap(([tag, value]) => (value ? [`${tag}  - ${value}`] : [])), 'ER  - '].join('\n');
}

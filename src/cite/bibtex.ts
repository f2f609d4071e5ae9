// A BibTeX `@misc` entry for a CSL item, with every character that BibTeX or LaTeX would read as markup escaped.
// Ours rather than citation-js's: its `@misc` drops the site's name and the note, and splits the date into
// `month = {sep 12}`.
import type { CslItem, CslName } from './cslItem.js';

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
/** Escapes the ten characters LaTeX reserves for itself (Lamport, LaTeX: A Document Preparation System). */
export const escapeBibtex = (text: string) => text.replace(/[\\{}$&%#_~^]/g, (ch) => BIBTEX_SPECIALS[ch] ?? ch);
/** URLs are read verbatim by BibTeX; only braces and backslashes would break the entry, and percent-encoding them
 * keeps the URL the same. */
const escapeUrl = (url: string) => url.replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** A person as `Family, Given`, which BibTeX splits into its parts; a name printed as stated is braced so that BibTeX
 * neither splits nor abbreviates it, as Patashnik's BibTeXing advises for corporate names. */
const bibtexName = (name: CslName) =>
  'literal' in name ? `{${escapeBibtex(name.literal)}}` : `${escapeBibtex(name.family)}, ${escapeBibtex(name.given)}`;

/** A `@misc` entry keyed by the passage id; the title is braced so BibTeX styles do not recase it. */
export function bibtex(item: CslItem): string {
  const issued = item.issued;
  const parts = issued && 'date-parts' in issued ? issued['date-parts'][0] : undefined;
  const fields: [string, string | undefined][] = [
    ['title', `{${escapeBibtex(item.title)}}`],
    ['author', item.author?.map(bibtexName).join(' and ')],
    ['howpublished', item['container-title'] && escapeBibtex(item['container-title'])],
    ['date', parts?.map((part) => String(part).padStart(2, '0')).join('-')],
    ['year', parts ? String(parts[0]) : issued && 'literal' in issued ? escapeBibtex(issued.literal) : undefined],
    ['url', item.URL && escapeUrl(item.URL)],
    ['note', `${escapeBibtex(item.note)}.`],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}}`] : []));
  return `@misc{${item.id.replace(/[^A-Za-z0-9_-]/g, '_')},\n${body.join(',\n')}\n}`;
}

// A citation for one passage, built only from what its document states plus where the passage sits (paragraph,
// speaker) and its id. A field the document does not state is left out the way each style leaves it out.
import type { Corpus } from '../corpus/types.js';
import { apaDate, chicagoDate, isoDate, mlaDate } from './dates.js';

export const CITATION_STYLES = ['chicago', 'apa', 'mla', 'bibtex'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

interface Cited {
  id: string;
  title: string;
  type?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  paragraph: number;
  speaker?: string;
}

/** The citation, or null for an unknown passage id or style. */
export function citePassage(corpus: Corpus, passageId: string, style: CitationStyle): string | null {
  const passage = corpus.passageById.get(passageId);
  const doc = passage && corpus.documentById.get(passage.document);
  if (!passage || !doc) return null;
  const stated = (value: string | undefined) => (present(value) ? value.trim().replace(/\s+/g, ' ') : undefined);
  const cited: Cited = {
    id: passage.id,
    title: stated(doc.title) ?? '',
    type: stated(doc.type),
    author: stated(doc.author),
    publisher: stated(doc.publisher),
    date: stated(doc.date),
    url: stated(doc.url),
    paragraph: passage.location.paragraph,
    speaker: stated(passage.location.speaker),
  };
  switch (style) {
    case 'chicago':
      return chicago(cited);
    case 'apa':
      return apa(cited);
    case 'mla':
      return mla(cited);
    case 'bibtex':
      return bibtex(cited);
    default:
      return null;
  }
}

/** Ends with a period unless it already ends a sentence. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Chicago note: Author, “Title,” Publisher, Month D, YYYY, para. N (Speaker), URL. */
function chicago(c: Cited): string {
  const title = `“${/[.?!]$/.test(c.title) ? c.title : `${c.title},`}”`;
  const where = `para. ${c.paragraph}${c.speaker ? ` (${c.speaker})` : ''}`;
  const rest = [c.publisher, c.date && chicagoDate(c.date), where, c.url].filter(present).join(', ');
  return `${c.author ? `${c.author}, ` : ''}${title} ${rest}. Passage ${c.id}.`;
}

/** APA 7: Author. (Date). Title [Type]. Publisher. URL — the title moves first without an author; `n.d.` without a
 * date; the publisher is dropped when it is the author. */
function apa(c: Cited): string {
  const date = `(${c.date ? apaDate(c.date) : 'n.d.'}).`;
  const title = sentence(`${c.title}${c.type ? ` [${c.type.charAt(0).toUpperCase()}${c.type.slice(1)}]` : ''}`);
  const head = c.author ? [sentence(c.author), date, title] : [title, date];
  const publisher = c.publisher && c.publisher !== c.author ? sentence(c.publisher) : undefined;
  const where = `(para. ${c.paragraph}${c.speaker ? `, ${c.speaker}` : ''}).`;
  return [...head, publisher, c.url, where, `Passage ${c.id}.`].filter(present).join(' ');
}

/** MLA 9: Author. “Title.” Publisher, D Mon. YYYY, URL. Par. N. — elements not stated are skipped. */
function mla(c: Cited): string {
  const container = [c.publisher, c.date && mlaDate(c.date), c.url].filter(present).join(', ');
  const where = `Par. ${c.paragraph}${c.speaker ? `, ${c.speaker}` : ''}.`;
  const parts = [c.author && sentence(c.author), `“${sentence(c.title)}”`, container && sentence(container), where];
  return [...parts, `Passage ${c.id}.`].filter(present).join(' ');
}

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
const escapeBibtex = (text: string) => text.replace(/[\\{}$&%#_~^]/g, (ch) => BIBTEX_SPECIALS[ch] ?? ch);
/** URLs are read verbatim by BibTeX; only braces and backslashes would break the entry, and percent-encoding them
 * keeps the URL the same. */
const escapeUrl = (url: string) => url.replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** A `@misc` entry keyed by the passage id; title and author are braced so BibTeX neither recases nor reparses them. */
function bibtex(c: Cited): string {
  const iso = c.date ? isoDate(c.date) : null;
  const where = `Para. ${c.paragraph}${c.speaker ? `, ${c.speaker}` : ''}. Passage ${c.id}.`;
  const fields: [string, string | undefined][] = [
    ['title', `{${escapeBibtex(c.title)}}`],
    ['author', c.author && `{${escapeBibtex(c.author)}}`],
    ['howpublished', c.publisher && escapeBibtex(c.publisher)],
    ['date', iso ? c.date : undefined],
    ['year', iso ? iso.year : c.date && escapeBibtex(c.date)],
    ['url', c.url && escapeUrl(c.url)],
    ['type', c.type && escapeBibtex(c.type)],
    ['note', escapeBibtex(where)],
  ];
  const body = fields.flatMap(([name, value]) => (present(value) ? [`  ${name} = {${value}}`] : []));
  return `@misc{${c.id.replace(/[^A-Za-z0-9_-]/g, '_')},\n${body.join(',\n')}\n}`;
}

/** A field counts as stated when it has more than whitespace. */
function present(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

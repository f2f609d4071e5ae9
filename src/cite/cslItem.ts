// A passage's source as one CSL-JSON item: the description every style and export is made from, so they cannot
// disagree. Only what the document states goes in.
import type { Document, Passage } from '../corpus/types.js';
import { dateParts } from './dates.js';
import { passageNote } from './passageLocator.js';

/** A CSL name: a person's family and given names, or a name printed as stated (a single name, an organization). */
export type CslName = { family: string; given: string } | { literal: string };

/** The CSL-JSON fields Verbatim states (CSL 1.0.2 schema, `csl-data.json`). */
export interface CslItem {
  /** The passage id, which also keys BibTeX and RIS. */
  id: string;
  /** Every document is a page as published (on a site, or as a transcript); CSL's `webpage` prints the publisher as
   * the site's name, which is what the corpus states. */
  type: 'webpage';
  title: string;
  author?: CslName[];
  /** The stated publisher: the site the document appeared on (Zotero's "Website Title"). */
  'container-title'?: string;
  /** ISO dates as parts; any other stated date as written. */
  issued?: { 'date-parts': number[][] } | { literal: string };
  /** As printed, which may be a site rather than a page address. */
  URL?: string;
  /** `Passage <id> (paragraph N; speaker)`, and a quoted statement's speaker and date: the locator that brings back
   * the same words (`passageNote`). */
  note: string;
}

export function cslItem(document: Document, passage: Passage): CslItem {
  const stated = (value: string | undefined) => (value?.trim() ? value.trim().replace(/\s+/gu, ' ') : undefined);
  const author = stated(document.author);
  const publisher = stated(document.publisher);
  const date = stated(document.date);
  const url = stated(document.url);
  const parts = date === undefined ? null : dateParts(date);
  return {
    id: passage.id,
    type: 'webpage',
    title: stated(document.title) ?? '',
    ...(author ? { author: [document.authorName ? { ...document.authorName } : { literal: author }] } : {}),
    ...(publisher ? { 'container-title': publisher } : {}),
    ...(date ? { issued: parts ? { 'date-parts': [parts] } : { literal: date } } : {}),
    ...(url ? { URL: url } : {}),
    note: passageNote(passage),
  };
}

/** CSL-JSON as reference managers import it (a list of items), one field a line so that it reads in a code block. */
export function cslJson(item: CslItem): string {
  const fields = Object.entries(item).map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]`;
}

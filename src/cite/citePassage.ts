// A citation for one passage in a named style or export format, built only from what its document states, with the
// passage id as the locator so that a citation brings back the same words.
import type { Corpus } from '../corpus/types.js';
import { bibtex } from './bibtex.js';
import { cslItem, cslJson } from './cslItem.js';
import { cslCitation, cslReference } from './cslReference.js';
import { withLocator } from './passageLocator.js';
import { ris } from './ris.js';

export const CITATION_STYLES = ['chicago', 'apa', 'mla', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * The citation, or null for an unknown passage id or style. Chicago (notes-bibliography), APA 7 and MLA 9 give the
 * style's reference-list entry with the passage's locator (`withLocator`: its id, paragraph and speaker, and a quoted
 * statement cited as quoted in the document); BibTeX, RIS and CSL-JSON are records for a reference manager, carrying
 * the same as their note.
 */
export function citePassage(corpus: Corpus, passageId: string, style: CitationStyle): string | null {
  const passage = corpus.passageById.get(passageId);
  const document = passage && corpus.documentById.get(passage.document);
  if (!passage || !document) return null;
  const item = cslItem(document, passage);
  switch (style) {
    case 'chicago':
    case 'apa':
    case 'mla': {
      // citeproc-js sets a title in headline style for Chicago and MLA and prints it as given for APA, which wants
      // sentence case (APA 7, 6.17); so the styles get it in sentence case where the corpus records it, as Zotero
      // advises storing titles. The exports keep the title as published.
      const styled = { ...item, title: document.titleSentenceCase ?? item.title };
      return withLocator(cslReference(styled, style), passage.location.statement ? cslCitation(styled, style) : '', passage, style);
    }
    case 'bibtex':
      return bibtex(item);
    case 'ris':
      return ris(item);
    case 'csl-json':
      return cslJson(item);
    default:
      return null;
  }
}

// A reference-list entry in Chicago, APA or MLA, written by citeproc-js (the CSL processor behind Zotero) through
// citation-js, from the CSL styles the Citation Style Language project maintains.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './cslItem.js';
import { CSL_STYLE_IDS, loadCslStyle } from './cslStyles.js';

export type CslStyle = keyof typeof CSL_STYLE_IDS;

/** The entry as plain text (curly quotes, no markup), e.g. `Irani, B. (2006, September 12). …`. */
export function cslReference(item: CslItem, style: CslStyle): string {
  return formatted('bibliography', item, style);
}

/** The style's citation in the text: APA `(Irani, 2006)`, MLA `(Irani)`, Chicago the short note `Irani, “A
 * Revolutionary Diplomacy…”` (Chicago 17th ed., 14.29: short notes suffice beside a full bibliography entry). */
export function cslCitation(item: CslItem, style: CslStyle): string {
  return formatted('citation', item, style);
}

function formatted(kind: 'bibliography' | 'citation', item: CslItem, style: CslStyle): string {
  const template = `verbatim-${style}`;
  const { styles } = plugins.config.get('@csl');
  if (!styles.has(template)) styles.add(template, loadCslStyle(CSL_STYLE_IDS[style]));
  const site = item['container-title'];
  // A site's name is printed as the site writes it (`Mojahedin.ws`), never recased like a title.
  const printed = { ...item, ...(site ? { 'container-title': `<span class="nocase">${site}</span>` } : {}) };
  return plugins.output.format(kind, [printed], { template, format: 'text', lang: 'en-US' }).trim();
}

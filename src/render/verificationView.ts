// A quotation check as a reply: the verdict, the document's own words with where they are, and how a near one differs.
import type { APIEmbed } from 'discord.js';
import type { Corpus } from '../corpus/types.js';
import type { DiffOp, Verification } from '../verify/index.js';
import { count } from './count.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { ELLIPSIS, fitText } from './fitText.js';
import { passageEmbeds } from './passageEmbed.js';

/** Most passages shown for one match (a quotation may run across consecutive passages). */
export const MAX_SHOWN_PASSAGES = 3;
const DIFF_ROOM = 1500;
const LEGEND = '~~Struck~~: in the quotation, not in the document. __Underlined__: in the document, not in the quotation.';

export interface VerificationView {
  content: string;
  embeds: APIEmbed[];
  /** The passages shown, for Share buttons. */
  passageIds: string[];
}

/** Undefined for `not_found`: the caller says so in its own words. */
export function verificationView(corpus: Corpus, verification: Verification): VerificationView | undefined {
  const [best] = verification.matches;
  if (verification.verdict === 'not_found' || !best) return undefined;
  const passages = best.ids.slice(0, MAX_SHOWN_PASSAGES).flatMap((id) => corpus.passageById.get(id) ?? []);
  const others = verification.matches.length - 1;
  const elsewhere = others > 0 ? ` It also appears in ${count(others, 'other place')}.` : '';
  const content =
    verification.verdict === 'exact'
      ? `**Exact**: these are the corpus's own words, in \`${best.id}\`.${elsewhere}`
      : `**Near**: not word for word. The closest passage, \`${best.id}\`, is ${Math.floor(best.similarity * 100)}% similar; the differences are below.`;
  // Bold the matched stretch where it lies within one passage as written.
  const at = passages.length === 1 ? passages[0]!.text.indexOf(best.text) : -1;
  const highlights: [number, number][] = at >= 0 ? [[at, at + best.text.length]] : [];
  const embeds = passageEmbeds(corpus, passages.map((passage) => ({ passage, options: { highlights } })));
  if (verification.verdict === 'near' && best.diff) {
    embeds.push({ title: 'Differences', description: `${diffMarkdown(best.diff, DIFF_ROOM)}\n\n*${LEGEND}*` });
  }
  return { content, embeds, passageIds: passages.map((passage) => passage.id) };
}

/** The diff as markdown: unchanged words plain, the quotation's extra words struck, the document's missing ones underlined. */
export function diffMarkdown(diff: readonly DiffOp[], max: number): string {
  const marks = { equal: '', delete: '~~', insert: '__' } as const;
  const parts: string[] = [];
  let used = 0;
  for (const { op, text } of diff) {
    const mark = marks[op];
    if (text.trim() === '') continue;
    const room = max - used - ELLIPSIS.length - 1 - 2 * mark.length;
    if (room <= 1) {
      parts.push(ELLIPSIS);
      break;
    }
    const fitted = fitText(text.trim(), room, escapeMarkdown);
    parts.push(`${mark}${fitted.text}${mark}`);
    used += fitted.text.length + 2 * mark.length + 1;
    if (fitted.cut) break;
  }
  return parts.join(' ');
}

// A quotation check as a reply: the verdict, every passage the match spans with its speaker (the quoted words in
// bold), and what a near match's differences or an edited one's marks are; words from a footnote are shown as the
// note's, above the passage that carries it.
import type { APIEmbed } from 'discord.js';
import { noteMarker } from '../corpus/resolveNotes.js';
import type { Corpus } from '../corpus/types.js';
import type { DiffOp, QuoteMatch, Verification } from '../verify/index.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitMarkdown } from './fitMarkdown.js';
import { ELLIPSIS, fitText } from './fitText.js';
import { highlightText } from './highlightText.js';
import { passageEmbeds } from './passageEmbed.js';
import { embedLength } from './reply.js';
import {
  gapLines,
  headingSplit,
  marksNamed,
  matchedNote,
  matchPlace,
  noteVerdict,
  passagesNamed,
  placesFound,
  verdictName,
  type TextStyle,
} from './verificationText.js';

/** Most passages shown for one match: Discord's embeds per message, less one for the differences or the marks. */
const MAX_SHOWN_PASSAGES = DISCORD_LIMITS.embeds - 1;
/** Room for the differences or the marks, out of the message's 6,000 characters. */
const NOTE_ROOM = 1500;
/** Longest stretch of words quoted in one line of the reply's text. */
const WORDS_SHOWN = 300;
const LEGEND = '~~Struck~~: in the quotation, not in the document. __Underlined__: in the document, not in the quotation.';
const MARKS_LEGEND = "In the passages, the quotation's words are in bold; the document's words its marks stand for are not.";
const MARKDOWN: TextStyle = { id: (id) => `\`${id}\``, words: (text) => fitText(text, WORDS_SHOWN, escapeMarkdown).text };

export interface VerificationView {
  content: string;
  embeds: APIEmbed[];
}

export interface VerificationViewOptions {
  /** Short corpus version, for a verification shared publicly. */
  stamp?: string;
}

/** Undefined for `not_found`: the caller says so in its own words. */
export function verificationView(
  corpus: Corpus,
  verification: Verification,
  options: VerificationViewOptions = {},
): VerificationView | undefined {
  const [best] = verification.matches;
  if (verification.verdict === 'not_found' || !best) return undefined;
  const footnote = matchedNote(corpus, best);
  const note = footnote === undefined ? noteEmbed(best) : footnoteEmbed(best, footnote);
  const items = shownPassages(best).flatMap((i) => {
    const passage = corpus.passageById.get(best.ids[i] ?? '');
    // The quoted offsets of a footnote match are the note's: the passage carrying it is shown without bold.
    const highlights = footnote === undefined ? (best.quoted[i] ?? []) : [];
    return passage ? [{ passage, options: { highlights, ...(options.stamp ? { stamp: options.stamp } : {}) } }] : [];
  });
  const embeds = passageEmbeds(corpus, items, note ? embedLength(note) : 0);
  if (!note) return { content: verdictLine(corpus, verification), embeds };
  return { content: verdictLine(corpus, verification), embeds: footnote === undefined ? [...embeds, note] : [note, ...embeds] };
}

/** The footnote a quotation was found in, its quoted words in bold, titled as a note of its passage. */
function footnoteEmbed(match: QuoteMatch, footnote: string): APIEmbed {
  return {
    title: `Note ${noteMarker(footnote)} of ${match.id}`,
    description: fitText(footnote, NOTE_ROOM, (text) => highlightText(text, match.quoted[0] ?? [])).text,
  };
}

/** The verdict in bold, and where: every passage of the best match with its speaker. */
function verdictLine(corpus: Corpus, verification: Verification): string {
  const { verdict, matches } = verification;
  const best = matches[0]!;
  const name = `**${verdictName(verdict, best)}**`;
  const found = placesFound(verification, 1);
  const elsewhere = found === '' ? '' : ` ${found}`;
  const place = matchPlace(corpus, best, MARKDOWN);
  if (best.note !== undefined) return `${noteVerdict(corpus, best, name, MARKDOWN)}${elsewhere}`;
  if (verdict === 'exact') return `${name}: these are the corpus's own words, ${place}.${elsewhere}`;
  if (verdict === 'exact_edited') return `${name}: the quotation's own words are the corpus's, in order, ${place}.${elsewhere}`;
  const closest = best.ids.length > 1 ? 'passages' : 'passage';
  const split = headingSplit(best, MARKDOWN);
  return `${name}: not word for word. The closest ${closest}, ${passagesNamed(corpus, best.ids, MARKDOWN)}, ${best.ids.length > 1 ? 'are' : 'is'} ${Math.floor(best.similarity * 100)}% similar; the differences are below.${split === '' ? '' : ` ${split}`}${elsewhere}`;
}

/** Every passage of the match, or when there are too many for one message, those with quoted words first. */
function shownPassages(match: QuoteMatch): number[] {
  const all = match.ids.map((_, i) => i);
  if (all.length <= MAX_SHOWN_PASSAGES) return all;
  return all.filter((i) => (match.quoted[i] ?? []).length > 0).slice(0, MAX_SHOWN_PASSAGES);
}

/** The differences of a near match, or what an edited match's marks stand for; nothing for an exact match. */
function noteEmbed({ diff, gaps }: QuoteMatch): APIEmbed | undefined {
  if (diff) return { title: 'Differences', description: `${diffMarkdown(diff, NOTE_ROOM)}\n\n*${LEGEND}*` };
  if (!gaps?.length) return undefined;
  const marks = marksNamed(gaps);
  const title = marks === '' ? 'What the marks stand for' : `${marks.charAt(0).toUpperCase()}${marks.slice(1)}`;
  const lines = gapLines(gaps, MARKDOWN).map((line) => `• ${line}`);
  return { title, description: fitMarkdown(`${lines.join('\n')}\n\n*${MARKS_LEGEND}*`, NOTE_ROOM) };
}

/**
 * The diff as markdown: unchanged words plain, the quotation's extra words struck, the document's missing ones
 * underlined, a heading between them in italics.
 */
export function diffMarkdown(diff: readonly DiffOp[], max: number): string {
  const marks = { equal: '', delete: '~~', insert: '__', heading: '*' } as const;
  const parts: string[] = [];
  let used = 0;
  for (const { op, text: words } of diff) {
    const text = op === 'heading' ? `(heading: ${words})` : words;
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

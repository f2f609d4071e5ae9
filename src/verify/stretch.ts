// Consecutive passages of one document tokenized as one stretch, so a quotation may run on from one passage into the
// next; and how a range of its tokens maps back to passage ids and offsets.
import { headingBetween } from '../corpus/headingBetween.js';
import type { Corpus, Passage } from '../corpus/types.js';
import { quoteTokens, type QuoteToken } from './quoteTokens.js';
import type { QuoteMatch } from './types.js';

export interface Stretch {
  passages: Passage[];
  tokens: (QuoteToken & { part: number })[];
  /** For each passage, the heading the document puts between it and the passage before; undefined for none. */
  headings: (string | undefined)[];
  /** For each passage, the first passage of its section: an exact match stays inside one. */
  sections: number[];
  /** For each passage, the first passage of its run of one speaker in one section: an edited match stays inside one. */
  speakerRuns: number[];
}

/** Consecutive passages of one document: [from, to) in its `passageIds`. */
export interface Window {
  document: string;
  from: number;
  to: number;
}

/** Stretch tokens [from, to). */
export type TokenRange = readonly [number, number];

/** Makes stretches of windows, tokenizing each passage once however many windows hold it. */
export function stretchMaker(corpus: Corpus): (window: Window) => Stretch {
  const tokens = new Map<string, QuoteToken[]>();
  const tokensOf = (p: Passage) => tokens.get(p.id) ?? tokens.set(p.id, quoteTokens(p.text)).get(p.id) ?? [];
  return ({ document, from, to }) => {
    const ids = corpus.documentById.get(document)?.passageIds.slice(from, to) ?? [];
    const passages = ids.flatMap((id) => corpus.passageById.get(id) ?? []);
    const headings = passages.map((p, part) => (part > 0 ? headingBetween(passages[part - 1]!, p) : undefined));
    const sections: number[] = [];
    const speakerRuns: number[] = [];
    passages.forEach((p, part) => {
      const runsOn = part > 0 && headings[part] === undefined;
      sections.push(runsOn ? sections[part - 1]! : part);
      speakerRuns.push(runsOn && p.location.speaker === passages[part - 1]?.location.speaker ? speakerRuns[part - 1]! : part);
    });
    return { passages, headings, sections, speakerRuns, tokens: passages.flatMap((p, part) => tokensOf(p).map((t) => ({ ...t, part }))) };
  };
}

/** `text` (a footnote of `passage`) as a stretch of its own, standing in for the passage's text. */
export function textStretch(passage: Passage, text: string): Stretch {
  const tokens = quoteTokens(text).map((token) => ({ ...token, part: 0 }));
  return { passages: [{ ...passage, text }], headings: [undefined], sections: [0], speakerRuns: [0], tokens };
}

/**
 * Ids, quoted offsets and the document's own text for the stretch tokens from the first range's start to the last
 * range's end; `ranges` are the quoted ones, in order. Empty ids and text for no tokens.
 */
export function located(stretch: Stretch, ranges: readonly TokenRange[]): Pick<QuoteMatch, 'id' | 'ids' | 'quoted' | 'text'> {
  const extent = (from: number, to: number) => {
    const parts = new Map<number, [number, number]>();
    for (const token of stretch.tokens.slice(from, to)) {
      const part = parts.get(token.part);
      if (part) part[1] = token.end;
      else parts.set(token.part, [token.start, token.end]);
    }
    return parts;
  };
  const spans = extent(ranges[0]?.[0] ?? 0, ranges[ranges.length - 1]?.[1] ?? 0);
  const quoted = [...spans.keys()].map((part) =>
    ranges.flatMap(([from, to]) => {
      const span = extent(from, to).get(part);
      return span ? [span] : [];
    }),
  );
  const ids = [...spans.keys()].map((part) => stretch.passages[part]?.id ?? '');
  const text = [...spans].map(([part, [start, end]]) => stretch.passages[part]?.text.slice(start, end) ?? '').join(' ');
  return { id: ids[0] ?? '', ids, quoted, text };
}

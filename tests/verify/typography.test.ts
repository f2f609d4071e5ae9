// On the real corpus: no typographic variant of a passage (apostrophe, quotation mark or dash look-alikes, other
// whitespace) is ever reported as a difference.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildIndex, type SearchIndex } from '../../src/search/index.js';
import { APOSTROPHE_CHARS, DASH_CHARS, QUOTE_CHARS } from '../../src/text/normalize.js';
import { verifyQuotation } from '../../src/verify/index.js';

const chars = (classBody: string) => [...classBody.replace(/\\/gu, '')];
const CLASSES = [chars(APOSTROPHE_CHARS), chars(QUOTE_CHARS), chars(DASH_CHARS)];
const WHITESPACE = [' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', ' \n '];

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(defaultCorpusDir));
});

/** The text with every mark replaced by a look-alike of its class and every run of whitespace by another, as `pick` chooses. */
function variant(text: string, pick: (count: number) => number): string {
  return text.replace(/\s+|./gu, (piece) => {
    if (/^\s+$/u.test(piece)) return WHITESPACE[pick(WHITESPACE.length)]!;
    const kind = CLASSES.find((marks) => marks.includes(piece));
    return kind ? kind[pick(kind.length)]! : piece;
  });
}

/** About 120 characters of the passage around its `at`th mark, from and to whitespace (a quotation's length). */
function around(text: string, at: number): string {
  const marks = [...text.matchAll(/./gu)].filter((m) => CLASSES.some((marks) => marks.includes(m[0]))).map((m) => m.index);
  const mark = marks[at % marks.length] ?? 0;
  const start = Math.max(0, text.lastIndexOf(' ', mark - 60));
  const end = text.indexOf(' ', mark + 60);
  return text.slice(start, end < 0 ? text.length : end);
}

describe('typographic variants of real passages', () => {
  it('verify Exact, naming the passage, with no differences', () => {
    const marked = index.corpus.passages.filter((passage) => CLASSES.some((marks) => marks.some((mark) => passage.text.includes(mark))));
    expect(marked.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.constantFrom(...marked), fc.nat(), fc.infiniteStream(fc.nat()), (passage, at, choices) => {
        const quotation = variant(around(passage.text, at), (count) => choices.next().value % count);
        const result = verifyQuotation(index, quotation);
        expect(result.verdict).toBe('exact');
        expect(result.matches.flatMap((match) => match.ids)).toContain(passage.id);
        expect(result.matches.every((match) => match.diff === undefined)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

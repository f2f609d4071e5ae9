// The one normalization: every apostrophe, quote, dash and invisible character people produce compares as one, and
// folding twice changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, searchPassages } from '../../src/search/index.js';
import { APOSTROPHE_CHARS, DASH_CHARS, foldLabel, foldTypography, foldWord, QUOTE_CHARS } from '../../src/text/normalize.js';
import { fixture } from '../search/fixture.js';

const chars = (classBody: string) => [...classBody.replace(/\\/g, '')];
const APOSTROPHES = chars(APOSTROPHE_CHARS);
const QUOTES = chars(QUOTE_CHARS);
const DASHES = chars(DASH_CHARS);

describe('foldLabel', () => {
  it('ignores case, accents, quote and dash styles and spacing', () => {
    expect(foldLabel('  MEK’s  Alliance — “Café” ')).toBe(foldLabel('mek\'s alliance - "cafe"'));
  });

  it('keeps different words apart', () => {
    expect(foldLabel('Rajavi')).not.toBe(foldLabel('Rajavis'));
  });
});

describe('foldWord', () => {
  it.each(APOSTROPHES)('reads %s inside a word as an apostrophe', (apostrophe) => {
    expect(foldWord(`Saddam${apostrophe}s`)).toBe("saddam's");
  });

  it('drops zero-width and bidi characters, diacritics and compatibility forms', () => {
    expect(foldWord('Sad\u200Bdam')).toBe('saddam');
    expect(foldWord('\u202BRajavi\u202C')).toBe('rajavi');
    expect(foldWord('Ḱhiabāni')).toBe('khiabani');
    expect(foldWord('ＭＥＫ')).toBe('mek');
  });
});

describe('foldTypography', () => {
  it.each([...APOSTROPHES.map((mark) => [mark, "'"]), ...QUOTES.map((mark) => [mark, '"']), ...DASHES.map((mark) => [mark, '-'])])(
    'folds %s to %s, alone and inside a word',
    (mark, folded) => {
      expect(foldTypography(mark)).toBe(folded);
      expect(foldTypography(`Saddam${mark}s`)).toBe(`saddam${folded}s`);
    },
  );
});

describe('normalization properties', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(foldWord(foldWord(value))).toBe(foldWord(value));
        expect(foldLabel(foldLabel(value))).toBe(foldLabel(value));
        expect(foldTypography(foldTypography(value))).toBe(foldTypography(value));
      }),
      { numRuns: 500 },
    );
  });

  const index = buildIndex(fixture());
  const queries = [
    'Saddam’s regime',
    '"Saddam\'s regime"',
    'MEK’s “social factor”',
    'regime — -saddam',
    '"the regime" -"cult of"',
    'Rajavi’s meeting',
  ];
  it('never changes results when an apostrophe, quotation mark or dash is swapped for a look-alike', () => {
    const swap = (query: string, pick: (from: string[]) => string) =>
      [...query]
        .map((ch) =>
          APOSTROPHES.includes(ch)
            ? pick(APOSTROPHES)
            : QUOTES.includes(ch)
              ? pick(QUOTES)
              : DASHES.includes(ch) && ch !== '-'
                ? pick(DASHES.filter((d) => d !== '-'))
                : ch,
        )
        .join('');
    fc.assert(
      fc.property(fc.constantFrom(...queries), fc.infiniteStream(fc.nat()), (query, choices) => {
        const variant = swap(query, (from) => from[choices.next().value % from.length] as string);
        const ids = (q: string) => searchPassages(index, q).hits.map((hit) => [hit.passage.id, hit.highlights]);
        expect(ids(variant)).toEqual(ids(query));
      }),
      { numRuns: 300 },
    );
  });
});

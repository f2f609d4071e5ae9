// The pattern that checks phrases in plain texts finds exactly what the word-by-word check finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseFinder, phraseRanges } from '../../src/search/phrase.js';
import { scanWords } from '../../src/text/words.js';

const word = fc.constantFrom(
  'the',
  'The',
  'THE',
  'regime',
  'Saddam’s',
  "saddam's",
  'Saddam`s',
  'saddam',
  's',
  'don’t',
  't',
  'they',
  '1986',
  'the1',
);
const gap = fc.constantFrom(' ', ', ', ' — ', '. ', ' "', '” ', ' (', ') ', '’ ', ' ‘', '\n');
const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.flat().join(''));

describe('phraseFinder', () => {
  it('finds in plain texts exactly the occurrences the word-by-word check finds, overlapping ones included', () => {
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 3 }), (body, words) => {
        const phrase = words.flatMap((w) => scanWords(w).map((found) => found.fold));
        expect(phraseFinder(phrase).ranges(body, true)).toEqual(phraseRanges(body, phrase));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds "the the" twice in "the the the"', () => {
    expect(phraseFinder(['the', 'the']).ranges('the the the', true)).toEqual([
      [0, 7],
      [4, 11],
    ]);
  });
});

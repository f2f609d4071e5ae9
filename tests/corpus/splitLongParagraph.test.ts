// Long paragraphs become consecutive passages, cut between sentences, with no character changed.
import { describe, expect, it } from 'vitest';
import { splitLongParagraph } from '../../src/corpus/splitLongParagraph.js';

describe('splitLongParagraph', () => {
  it('leaves a paragraph within the limit whole', () => {
    expect(splitLongParagraph('One. Two.', 20)).toEqual(['One. Two.']);
  });

  it('cuts between sentences, keeping every character', () => {
    const text = 'First sentence here. Second one follows! Is this the third? “Quoted fourth.” Fifth… Sixth.';
    const pieces = splitLongParagraph(text, 45);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 45)).toBe(true);
    expect(pieces).toEqual(['First sentence here. Second one follows!', 'Is this the third? “Quoted fourth.” Fifth…', 'Sixth.']);
  });

  it('does not treat abbreviations and initials as sentence ends', () => {
    const text = 'Mr. Straw met U.S. envoys. George H. W. Bush was there.';
    expect(splitLongParagraph(text, 30)).toEqual(['Mr. Straw met U.S. envoys.', 'George H. W. Bush was there.']);
  });

  it('falls back to a word boundary for a single sentence over the limit', () => {
    const text = 'word '.repeat(30).trim();
    const pieces = splitLongParagraph(text, 22);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 22 && !piece.startsWith(' ') && !piece.endsWith(' '))).toBe(true);
  });
});

// Long paragraphs become consecutive passages, cut between sentences, with no character changed.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { splitLongParagraph } from '../../src/corpus/splitLongParagraph.js';
import { defaultCorpusDir } from '../../src/paths.js';

describe('splitLongParagraph', () => {
  it('leaves a paragraph within the limit whole', () => {
    expect(splitLongParagraph('One. Two.', 20)).toEqual(['One. Two.']);
  });

  it('cuts between sentences, keeping every character', () => {
    const text = 'First sentence here. Second one follows! Is this the third? “Quoted fourth.” Fifth… Sixth.';
    const pieces = splitLongParagraph(text, 45);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 45)).toBe(true);
    expect(pieces).toEqual(['First sentence here. Second one follows!', 'Is this the third? “Quoted fourth.”', 'Fifth… Sixth.']);
  });

  it('does not treat abbreviations and initials as sentence ends', () => {
    const text = 'Mr. Straw met U.S. envoys. George H. W. Bush was there.';
    expect(splitLongParagraph(text, 30)).toEqual(['Mr. Straw met U.S. envoys.', 'George H. W. Bush was there.']);
  });

  it('prefers a full stop to an ellipsis, which may trail off inside a sentence', () => {
    const text = 'It encourages me. With those positions that we meet … Sied Al Nayeb and your messenger agree.';
    expect(splitLongParagraph(text, 80)).toEqual(['It encourages me.', 'With those positions that we meet … Sied Al Nayeb and your messenger agree.']);
  });

  it('takes the dots of "..." as an ellipsis, not a full stop', () => {
    expect(splitLongParagraph('Mehran Sunday... Iraqi aircraft came. Then quiet.', 40)).toEqual(['Mehran Sunday... Iraqi aircraft came.', 'Then quiet.']);
  });

  it('cuts at an ellipsis only inside a sentence too long for one piece', () => {
    const text = 'Mr President told us that… We do not want a relationship… What we want is history. Short one.';
    expect(splitLongParagraph(text, 40)).toEqual(['Mr President told us that…', 'We do not want a relationship…', 'What we want is history. Short one.']);
  });

  it('falls back to a word boundary for a single sentence over the limit', () => {
    const text = 'word '.repeat(30).trim();
    const pieces = splitLongParagraph(text, 22);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 22 && !piece.startsWith(' ') && !piece.endsWith(' '))).toBe(true);
  });
});

describe('the real corpus’s long paragraphs', () => {
  it('are cut after a full stop, never inside a sentence (each cut listed with the words around it)', async () => {
    const corpus = await loadCorpus(defaultCorpusDir);
    const cuts = corpus.passages.flatMap((passage, i) => {
      const next = corpus.passages[i + 1];
      if (next?.document !== passage.document || next.location.paragraph !== passage.location.paragraph) return [];
      return [`${passage.id} …${passage.text.split(' ').slice(-3).join(' ')} | ${next.text.split(' ').slice(0, 3).join(' ')}…`];
    });
    expect(cuts).toEqual([
      'mek-alliance-with-former-iraqi-dictator:23 …and outside organizations. | Another set of…',
      'mek-alliance-with-former-iraqi-dictator:32 …chain in Afghanistan. | The MEK, who…',
      'mek-alliance-with-former-iraqi-dictator:53 …the long war. | These dissidents, like…',
      // Cut at "that we meet … | Sied Al Nayeb" until the ellipsis stopped counting as a sentence end; same two pieces.
      'rajavi-haboush-tapes:27 …it encourages me. | With those positions…',
      'rajavi-haboush-tapes:29 …its President [Saddam]. | But we, not…',
      'us-openly-supports-iranian-terrorists:2 …funding and protection. | In return, the…',
    ]);
  });
});

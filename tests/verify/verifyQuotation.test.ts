import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { NEAR_SIMILARITY, omitsNothing, verifyQuotation } from '../../src/verify/index.js';
import { buildCorpus } from '../helpers/fixtureCorpus.js';
import { fixture } from '../search/fixture.js';

const corpus = fixture();
const index = buildIndex(corpus);

describe('verifyQuotation', () => {
  it('finds an exact quotation despite straight quotes, hyphens for dashes, case and whitespace', () => {
    const result = verifyQuotation(index, "saddam's regime gave the MEK money,   weapons and bases - everything it needed");
    expect(result.verdict).toBe('exact');
    expect(result.matches).toEqual([
      {
        id: 'cult-and-patrons:1',
        ids: ['cult-and-patrons:1'],
        quoted: [[[0, 76]]],
        similarity: 1,
        text: 'Saddam’s regime gave the MEK money, weapons and bases — everything it needed',
      },
    ]);
  });

  it('treats ... as …, and ignores surrounding quotation marks and ellipses', () => {
    const result = verifyQuotation(index, '“…are ready... to move north”');
    expect(result.verdict).toBe('exact');
    expect(result.matches[0]?.text).toBe('are ready… to move north');
    expect(verifyQuotation(index, '"a cult of personality"').verdict).toBe('exact');
  });

  it('finds a quotation running across two consecutive passages', () => {
    const result = verifyQuotation(index, 'continued through the winter, and the agreement was signed');
    expect(result.verdict).toBe('exact');
    expect(result.matches[0]?.ids).toEqual(['rajavi-haboush-tapes:4', 'rajavi-haboush-tapes:5']);
    expect(result.matches[0]?.text).toBe('continued through the winter, and the agreement was signed');
  });

  it('reads an ellipsis as words left out, and names what it leaves out', () => {
    for (const ellipsis of ['…', '...', '. . .', '[…]', '[...]']) {
      const result = verifyQuotation(index, `We are grateful ${ellipsis} the Mujahedin will never forget it.`);
      expect(result.verdict).toBe('exact_edited');
      const text = 'We are grateful to [Saddam] for his support; the Mujahedin will never forget it.';
      expect(result.matches).toEqual([
        {
          id: 'rajavi-haboush-tapes:1',
          ids: ['rajavi-haboush-tapes:1'],
          quoted: [
            [
              [0, 15],
              [text.indexOf('the Mujahedin'), text.length],
            ],
          ],
          similarity: 1,
          text,
          gaps: [
            {
              kind: 'omission',
              mark: ellipsis,
              follows: 'We are grateful',
              text: 'to [Saddam] for his support;',
              ids: ['rajavi-haboush-tapes:1'],
              offsets: [[16, 44]],
            },
          ],
        },
      ]);
    }
  });

  it('reads square brackets as an insertion: what the document has in their place, if anything, is named', () => {
    const replaced = verifyQuotation(index, 'We are grateful to [the President] for his support');
    expect(replaced.verdict).toBe('exact_edited');
    expect(replaced.matches[0]?.gaps).toEqual([
      {
        kind: 'insertion',
        mark: '[the President]',
        follows: 'are grateful to',
        text: '[Saddam]',
        ids: ['rajavi-haboush-tapes:1'],
        offsets: [[19, 27]],
      },
    ]);
    const added = verifyQuotation(index, '[The MEK] has approved the shipment of weapons');
    expect(added.verdict).toBe('exact_edited');
    expect(added.matches[0]?.gaps).toEqual([{ kind: 'insertion', mark: '[The MEK]', follows: '', text: '', ids: [], offsets: [] }]);
    expect(added.matches[0]?.text).toBe('has approved the shipment of weapons');
  });

  it('takes brackets and ellipses the document has as written for its own words', () => {
    expect(verifyQuotation(index, 'We are grateful to [Saddam] for his support').verdict).toBe('exact');
    const mixed = verifyQuotation(index, 'grateful to [Saddam] for his support … never forget it');
    expect(mixed.verdict).toBe('exact_edited');
    expect(mixed.matches[0]?.gaps).toMatchObject([
      { kind: 'omission', mark: '…', follows: 'for his support', text: '; the Mujahedin will', ids: ['rajavi-haboush-tapes:1'] },
    ]);
  });

  it('lets an omission run across consecutive passages of one speaker, naming each, a passage left out whole too', () => {
    const result = verifyQuotation(index, 'Our forces at Camp Ashraf are ready … the agreement was signed');
    expect(result.verdict).toBe('exact_edited');
    const [match] = result.matches;
    expect(match?.ids).toEqual(['rajavi-haboush-tapes:3', 'rajavi-haboush-tapes:4', 'rajavi-haboush-tapes:5']);
    expect(match?.quoted.map((ranges) => ranges.length)).toEqual([1, 0, 1]);
    expect(match?.gaps?.[0]).toMatchObject({
      text: '… to move north before the winter. The negotiations with the Kurdish groups continued through the winter, and',
    });
  });

  it('never lets an omission join two speakers’ words', () => {
    expect(
      verifyQuotation(index, 'We are grateful to [Saddam] for his support … The President’s office has approved the shipment').verdict,
    ).not.toMatch(/^exact/u);
  });

  it('calls a quotation with one word changed near, with the closest passage and a word diff', () => {
    const result = verifyQuotation(index, 'Saddam’s regime gave the MEK cash, weapons and bases');
    expect(result.verdict).toBe('near');
    const [match] = result.matches;
    expect(match?.id).toBe('cult-and-patrons:1');
    expect(match?.text).toBe('Saddam’s regime gave the MEK money, weapons and bases');
    expect(match?.similarity).toBeGreaterThan(NEAR_SIMILARITY);
    expect(match?.similarity).toBeLessThan(1);
    const place = { id: 'cult-and-patrons:1', before: 'gave the MEK' };
    expect(match?.diff).toEqual([
      { op: 'equal', text: 'Saddam’s regime gave the MEK' },
      { op: 'delete', text: 'cash', place: { ...place, after: 'money, weapons and' } },
      { op: 'insert', text: 'money', place: { ...place, after: ', weapons and bases' } },
      { op: 'equal', text: ', weapons and bases' },
    ]);
  });

  it('calls a misquotation across two passages near', () => {
    const result = verifyQuotation(index, 'continued through the summer, and the agreement was signed');
    expect(result.verdict).toBe('near');
    expect(result.matches[0]?.ids).toEqual(['rajavi-haboush-tapes:4', 'rajavi-haboush-tapes:5']);
    expect(result.matches[0]?.diff).toContainEqual(
      expect.objectContaining({ op: 'delete', text: 'summer', place: expect.objectContaining({ id: 'rajavi-haboush-tapes:4' }) }),
    );
    expect(result.matches[0]?.diff).toContainEqual(expect.objectContaining({ op: 'insert', text: 'winter' }));
  });

  it('does not call a quotation exact when only punctuation differs', () => {
    const result = verifyQuotation(index, 'Saddam’s regime gave the MEK money weapons and bases');
    expect(result.verdict).toBe('near');
    expect(result.matches[0]?.diff).toContainEqual(expect.objectContaining({ op: 'insert', text: ',' }));
  });

  it('finds nothing for words the corpus does not have, for stop words only, and for blank input', () => {
    for (const quotation of ['The quick brown fox jumps over the lazy dog', 'the of and', '', '   “”  ']) {
      expect(verifyQuotation(index, quotation)).toEqual({ verdict: 'not_found', matches: [] });
    }
  });

  it('does not check quotations longer than 5,000 characters', () => {
    const long = `${corpus.passages[0]?.text} `.repeat(100);
    expect(verifyQuotation(index, long).verdict).toBe('not_found');
  });

  it('accepts the corpus instead of an index', () => {
    const quotation = 'Critics called it “a cult of personality”';
    expect(verifyQuotation(corpus, quotation)).toEqual(verifyQuotation(index, quotation));
    expect(verifyQuotation(corpus, quotation).verdict).toBe('exact');
  });

  it('never throws, keeps similarity within [0, 1] and quotes only the documents’ own words', () => {
    const piece = fc.oneof(
      fc.constantFrom('Saddam’s', 'regime', 'gave', 'the', 'MEK', 'money', ',', '—', '…', '. . .', '[', ']', '"', 'winter', ' '),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const result = verifyQuotation(index, pieces.join(' '));
        expect(['exact', 'exact_edited', 'near', 'not_found']).toContain(result.verdict);
        expect(result.verdict === 'not_found').toBe(result.matches.length === 0);
        for (const match of result.matches) {
          expect(match.similarity).toBeGreaterThanOrEqual(0);
          expect(match.similarity).toBeLessThanOrEqual(1);
          const passages = match.ids.map((id) => corpus.passageById.get(id)?.text ?? '');
          expect(passages.join(' ')).toContain(match.text);
          expect(match.quoted).toHaveLength(match.ids.length);
          match.quoted.forEach((ranges, i) => {
            for (const [start, end] of ranges) expect(0 <= start && start < end && end <= passages[i]!.length).toBe(true);
          });
          // An exact match has gaps only for ellipses that leave out nothing.
          if (result.verdict === 'exact_edited') expect(match.gaps).toBeDefined();
          else if (match.gaps !== undefined) expect(result.verdict === 'exact' && match.gaps.every(omitsNothing)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never runs an exact or edited match across a heading, even in one speaker’s words: near, naming the heading', () => {
    const sections = buildCorpus([
      {
        id: 'talk',
        title: 'Talk',
        type: 'transcript',
        seed: 's',
        passages: [
          { text: 'We will talk about the weapons later.', speaker: 'Rajavi', section: 'Day one' },
          { text: 'The convoy leaves at dawn tomorrow.', speaker: 'Rajavi', section: 'Day one › Evening' },
          { text: 'Nobody will see the trucks.', speaker: 'Rajavi', section: 'Day one › Evening' },
        ],
      },
    ]);
    expect(verifyQuotation(sections, 'The convoy leaves at dawn tomorrow. Nobody will see the trucks.').verdict).toBe('exact');
    const across = verifyQuotation(sections, 'We will talk about the weapons later. The convoy leaves at dawn tomorrow.');
    expect(across.verdict).toBe('near');
    expect(across.matches[0]?.diff).toContainEqual({
      op: 'heading',
      text: 'Evening',
      place: { id: 'talk:2', before: '', after: 'The convoy leaves' },
    });
    expect(verifyQuotation(sections, 'We will talk about … The convoy leaves at dawn').verdict).toBe('near');
    expect(verifyQuotation(sections, 'The convoy leaves … Nobody will see the trucks.').verdict).toBe('exact_edited');
  });

  it('finds a quotation from a footnote as the note’s words, in the passage that carries it', () => {
    const result = verifyQuotation(index, '“Registry ledger of the directorate”');
    expect(result.verdict).toBe('exact');
    expect(result.matches).toEqual([
      {
        id: 'cult-and-patrons:4',
        ids: ['cult-and-patrons:4'],
        quoted: [[[4, 38]]],
        similarity: 1,
        text: 'Registry ledger of the directorate',
        note: 0,
      },
    ]);
  });

  it('prefers a passage’s own words to a note’s', () => {
    expect(verifyQuotation(index, 'Saddam Hussein met the leadership').matches.map((match) => match.note)).toEqual([undefined]);
  });
});

// Verification on the real corpus: a quotation spanning two speakers names both; an editor's ellipses and brackets
// are read as such; no typographic variant of a passage, nor a nested quotation's marks, is ever reported as a
// difference; a heading splits a quotation; footnotes match only as their document writes them.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildIndex, type SearchIndex } from '../../src/search/index.js';
import { APOSTROPHE_CHARS, DASH_CHARS, ELLIPSIS_SOURCE, QUOTE_CHARS } from '../../src/text/normalize.js';
import { omitsNothing, verifyQuotation, type EditorialGap } from '../../src/verify/index.js';

/** What a gap says: its kind, its mark, and the document's words in its place. */
type GapWords = Pick<EditorialGap, 'kind' | 'mark' | 'text' | 'ids'>;

const chars = (classBody: string) => [...classBody.replace(/\\/gu, '')];
const CLASSES = [chars(APOSTROPHE_CHARS), chars(QUOTE_CHARS), chars(DASH_CHARS)];
const WHITESPACE = [' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', ' \n '];
const ELLIPSES = ['…', '...', '. . .'];

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(defaultCorpusDir));
});

const TAPES = 'rajavi-haboush-tapes';
const LEFT_OUT = 'and this is something for me to be proud of and';

describe('what a verification names', () => {
  it('names both passages and their speakers for a quotation of two speakers’ words', () => {
    const result = verifyQuotation(index, 'The military say the best defence is an attack. Their best attack is a defence.');
    expect(result.verdict).toBe('exact');
    const [match] = result.matches;
    expect(match?.ids).toEqual([`${TAPES}:46`, `${TAPES}:47`]);
    expect(match?.ids.map((id) => index.corpus.passageById.get(id)?.location.speaker)).toEqual(['General Saber', 'Abrishamchi']);
    expect(match?.quoted.map((ranges) => ranges.length)).toEqual([1, 1]);
  });

  it.each<[string, string, string[], GapWords[]]>([
    [
      'an ellipsis',
      'Mr President has honoured all of them … it encourages me.',
      [`${TAPES}:27`],
      [{ kind: 'omission', mark: '…', text: LEFT_OUT, ids: [`${TAPES}:27`] }],
    ],
    [
      'three full stops',
      'Mr President has honoured all of them ... it encourages me.',
      [`${TAPES}:27`],
      [{ kind: 'omission', mark: '...', text: LEFT_OUT, ids: [`${TAPES}:27`] }],
    ],
    [
      'spaced full stops',
      'Mr President has honoured all of them . . . it encourages me.',
      [`${TAPES}:27`],
      [{ kind: 'omission', mark: '. . .', text: LEFT_OUT, ids: [`${TAPES}:27`] }],
    ],
    [
      'a bracketed ellipsis, and ellipses around it',
      '[…] Mr President has honoured all of them […] it encourages me …',
      [`${TAPES}:27`],
      [{ kind: 'omission', mark: '[…]', text: LEFT_OUT, ids: [`${TAPES}:27`] }],
    ],
    [
      'an omission into the next passage of a split paragraph',
      'something for me to be proud of … With those positions that we meet',
      [`${TAPES}:27`, `${TAPES}:28`],
      [{ kind: 'omission', mark: '…', text: 'and it encourages me.', ids: [`${TAPES}:27`] }],
    ],
    [
      'a bracketed insertion in place of a pronoun',
      'Until the recent war in Iraq, [the MEK] were allied with the government of Saddam Hussein',
      ['mek-alliance-with-former-iraqi-dictator:47'],
      [{ kind: 'insertion', mark: '[the MEK]', text: 'they', ids: ['mek-alliance-with-former-iraqi-dictator:47'] }],
    ],
    [
      'an insertion and an omission',
      'before the fall of Saddam Hussein, [the MEK] was a military group with military equipments; they helped Saddam … after the war, they were disarmed.',
      ['interview-with-uk-ambassador-to-tehran:5'],
      [
        { kind: 'insertion', mark: '[the MEK]', text: 'MKO', ids: ['interview-with-uk-ambassador-to-tehran:5'] },
        { kind: 'omission', mark: '…', text: 'but', ids: ['interview-with-uk-ambassador-to-tehran:5'] },
      ],
    ],
    [
      'an insertion in place of words the document brackets',
      'He [Saddam] is sending his regards … we will go directly to [the President].',
      [`${TAPES}:24`],
      [
        { kind: 'omission', mark: '…', text: 'to you. We are preparing these and after Eid', ids: [`${TAPES}:24`] },
        { kind: 'insertion', mark: '[the President]', text: 'him [Saddam]', ids: [`${TAPES}:24`] },
      ],
    ],
  ])('reads %s as an editor’s mark: exact, with what it stands for', (_, quotation, ids, gaps) => {
    const result = verifyQuotation(index, quotation);
    expect(result.verdict).toBe('exact_edited');
    expect(result.matches[0]).toMatchObject({ ids, gaps, similarity: 1 });
  });

  it('keeps the document’s own ellipses and brackets as quoted words', () => {
    expect(verifyQuotation(index, 'Your security is as important for us as the security of the President [Saddam].').verdict).toBe('exact');
    expect(verifyQuotation(index, 'We would never talk more about these … talks that have never been secret…').verdict).toBe('exact');
  });

  it('does not let an ellipsis join two speakers’ words', () => {
    expect(verifyQuotation(index, 'The military say the best defence … is a defence.').verdict).toBe('near');
  });
});

const MEK = 'mek-alliance-with-former-iraqi-dictator';
const DIPLOMACY = 'revolutionary-diplomacy-costs-achievements';

describe('quotation marks inside a quotation', () => {
  const inner = (open: string, close: string) =>
    `Saddam armed the MEK near the end of the Iran conflict ${open}with heavy military equipment and deployed thousands of MEK fighters in suicidal, mass wave attacks against Iranian forces.${close}`;

  it.each([
    ['curly single quotes for the document’s double ones', '‘', '’'],
    ['straight single quotes', "'", "'"],
    ['guillemets', '«', '»'],
    ['low and high double quotes', '„', '“'],
  ])('are no difference: %s', (_, open, close) => {
    for (const quotation of [inner(open, close), `“${inner(open, close)}”`]) {
      const result = verifyQuotation(index, quotation);
      expect(result.verdict).toBe('exact');
      expect(result.matches[0]?.ids).toEqual([`${MEK}:37`]);
    }
  });

  it('still reads an apostrophe inside a word as an apostrophe', () => {
    expect(verifyQuotation(index, 'after Rajavi’s escape to France').verdict).toBe('exact');
    expect(verifyQuotation(index, 'after Rajavi"s escape to France').verdict).toBe('near');
  });
});

describe('an ellipsis that leaves out nothing', () => {
  it('is exact, and says the ellipsis stands for nothing', () => {
    const result = verifyQuotation(
      index,
      `Mr President has honoured all of them ${LEFT_OUT} it encourages me. … With those positions that we meet`,
    );
    expect(result.verdict).toBe('exact');
    expect(result.matches[0]).toMatchObject({
      ids: [`${TAPES}:27`, `${TAPES}:28`],
      gaps: [{ kind: 'omission', mark: '…', text: '', ids: [] }],
    });
  });

  it('beside one that leaves words out, says which is which', () => {
    const result = verifyQuotation(index, 'Mr President has honoured all of them … it encourages me. … With those positions that we meet');
    expect(result.verdict).toBe('exact_edited');
    const gaps = result.matches[0]?.gaps ?? [];
    expect(gaps).toMatchObject([
      { mark: '…', follows: 'all of them', text: LEFT_OUT },
      { mark: '…', follows: 'it encourages me.', text: '' },
    ]);
    expect(gaps.map(omitsNothing)).toEqual([false, true]);
  });
});

describe('a quotation across a section heading', () => {
  const across = 'whatever it takes. Peter Hain, a British politician, said';

  it('is not exact: near, with the heading as a difference in its place', () => {
    const result = verifyQuotation(index, across);
    expect(result.verdict).toBe('near');
    const [match] = result.matches;
    expect(match?.ids).toEqual([`${MEK}:39`, `${MEK}:40`]);
    expect(match?.similarity).toBeLessThan(1);
    expect(match?.diff?.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'heading', text: 'Supporting Saddam in Iran-Iraq war', place: { id: `${MEK}:40`, before: '', after: 'Peter Hain, a' } },
    ]);
  });

  it('is not exact with omissions either (here two speakers as well)', () => {
    expect(verifyQuotation(index, 'whatever it takes. … Peter Hain, a British politician, said').verdict).toBe('near');
  });

  it('leaves a quotation across passages of one section exact', () => {
    expect(verifyQuotation(index, 'The military say the best defence is an attack. Their best attack is a defence.').verdict).toBe('exact');
  });
});

describe('differences of a near match', () => {
  it('each have their place: the passage and the document’s words either side', () => {
    const [match] = verifyQuotation(index, 'The believer would never be beaten in the same place twice.').matches;
    expect(match?.diff?.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'never', place: { id: `${TAPES}:11`, before: 'The believer would', after: 'not be beaten' } },
      { op: 'insert', text: 'not', place: { id: `${TAPES}:11`, before: 'The believer would', after: 'be beaten in' } },
    ]);
  });
});

describe('a quotation from footnotes', () => {
  it('matches the note that writes the words, not the "Ibid." notes Verbatim resolves to them', () => {
    const result = verifyQuotation(
      index,
      'A distinct look at Mojahedin’s internal revolution, slightly from inside, slightly from outside',
    );
    expect(result.verdict).toBe('exact');
    expect(result.matches.map((match) => [match.id, match.note])).toEqual([[`${DIPLOMACY}:3`, 0]]);
    const ibids = index.corpus.documentById
      .get(DIPLOMACY)!
      .passageIds.flatMap((id) => index.corpus.passageById.get(id)?.notes ?? [])
      .filter((note) => / = Nyabati Bijan; “A distinct look/u.test(note));
    expect(ibids.length).toBeGreaterThanOrEqual(4);
  });

  it('finds an "Ibid." note by its own words', () => {
    const result = verifyQuotation(index, 'Ibid, 15.');
    expect(result.matches.map((match) => match.id)).toContain(`${DIPLOMACY}:12`);
    expect(result.matches.every((match) => !match.text.includes(' = '))).toBe(true);
  });
});

/** The text with every mark and ellipsis replaced by a look-alike and every run of whitespace by another, as `pick` chooses. */
function variant(text: string, pick: (count: number) => number): string {
  return text.replace(new RegExp(`${ELLIPSIS_SOURCE}|\\s+|.`, 'gu'), (piece) => {
    if (/^\s+$/u.test(piece)) return WHITESPACE[pick(WHITESPACE.length)]!;
    if (new RegExp(`^(?:${ELLIPSIS_SOURCE})$`, 'u').test(piece)) return ELLIPSES[pick(ELLIPSES.length)]!;
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
  it('verify Exact, naming the passage, with no differences (ellipses written any way too)', () => {
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

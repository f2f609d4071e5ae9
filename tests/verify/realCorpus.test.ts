// Verification on the real corpus: a quotation spanning two speakers names both; an editor's ellipses and brackets
// are read as such; no typographic variant of a passage is ever reported as a difference.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildIndex, type SearchIndex } from '../../src/search/index.js';
import { APOSTROPHE_CHARS, DASH_CHARS, ELLIPSIS_SOURCE, QUOTE_CHARS } from '../../src/text/normalize.js';
import { verifyQuotation, type EditorialGap } from '../../src/verify/index.js';

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
    ['an ellipsis', 'Mr President has honoured all of them … it encourages me.', [`${TAPES}:27`], [{ kind: 'omission', mark: '…', text: LEFT_OUT, ids: [`${TAPES}:27`] }]],
    ['three full stops', 'Mr President has honoured all of them ... it encourages me.', [`${TAPES}:27`], [{ kind: 'omission', mark: '...', text: LEFT_OUT, ids: [`${TAPES}:27`] }]],
    ['spaced full stops', 'Mr President has honoured all of them . . . it encourages me.', [`${TAPES}:27`], [{ kind: 'omission', mark: '. . .', text: LEFT_OUT, ids: [`${TAPES}:27`] }]],
    ['a bracketed ellipsis, and ellipses around it', '[…] Mr President has honoured all of them […] it encourages me …', [`${TAPES}:27`], [{ kind: 'omission', mark: '[…]', text: LEFT_OUT, ids: [`${TAPES}:27`] }]],
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

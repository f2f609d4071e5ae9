// Footnotes as shown with a passage: as written, with "Ibid." resolved to the work it repeats.
import { describe, expect, it } from 'vitest';
import { resolveNotes } from '../../src/corpus/resolveNotes.js';
import type { CorpusProblem } from '../../src/corpus/types.js';

const note = (marker: number, text: string) => ({ marker, text, line: marker });

describe('resolveNotes', () => {
  it('resolves a chain of Ibid. notes, each with its own page when it gives one', () => {
    const problems: CorpusProblem[] = [];
    const notes = resolveNotes(
      'f',
      [note(1, 'Smith; “Work”, pp.13-14.'), note(2, 'Ibid.'), note(3, 'Ibid, 15.'), note(4, 'Ibid.'), note(5, 'Jones, Other.'), note(6, 'ibid., 62.')],
      problems,
    );
    expect([...notes.values()]).toEqual([
      '[1] Smith; “Work”, pp.13-14.',
      '[2] Ibid. = Smith; “Work”, pp.13-14.',
      '[3] Ibid, 15. = Smith; “Work”, 15.',
      '[4] Ibid. = Smith; “Work”, 15.',
      '[5] Jones, Other.',
      '[6] ibid., 62. = Jones, Other, 62.',
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a duplicate marker and an Ibid. with nothing before it', () => {
    const problems: CorpusProblem[] = [];
    resolveNotes('f', [note(1, 'Ibid.'), note(2, 'A.'), { marker: 2, text: 'B.', line: 9 }], problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: footnote [1] says "Ibid." but no note precedes it',
      '9: footnote [2] is defined twice',
    ]);
  });
});

// The labelled line that carries a long search in its reply: read back exactly, whatever the values hold, and only as written.
import { describe, expect, it } from 'vitest';
import type { PagedSearch } from '../../src/bot/pageCustomId.js';
import { readSearchLine, searchLine } from '../../src/bot/searchLine.js';
import { shown } from '../commands/commandContext.js';

const hostile: PagedSearch = {
  query: ' He said "no" \\" — “quoted”  twice\\\\ · type "x" · 3 a page · corpus 00000000\n-# Searched for "" ',
  filters: { document: 'a"b\\', speaker: '<@123> *x* `y`', author: '|| spoiler ||', type: '· to "z"', from: '2005', to: '2006-08' },
  perPage: 4,
  stamp: '3c0378e9',
};

describe('searchLine', () => {
  it('reads back every value exactly, separators, quotes, backslashes and lookalike lines included', () => {
    expect(readSearchLine(`4 passages for “…”\n${searchLine(hostile)}`)).toEqual(hostile);
    const plain = { query: 'rajavi', filters: {}, perPage: 1, stamp: 'ffffffff' };
    expect(readSearchLine(searchLine(plain))).toEqual(plain);
  });

  it('shows each value as typed, on one small line that can neither format nor mention', () => {
    const line = searchLine({ ...hostile, query: 'a "quoted" *word* <@123>', filters: { type: 'transcript' } });
    expect(line).toBe('-# Searched for "a \\"quoted\\" \\*word\\* \\<\\@123\\>" · type "transcript" · 4 a page · corpus 3c0378e9');
    expect(shown(line)).toBe('-# Searched for "a "quoted" *word* <@123>" · type "transcript" · 4 a page · corpus 3c0378e9');
  });

  it('reads nothing from content that does not end with such a line, or names a filter twice or unknown', () => {
    const line = searchLine(hostile);
    expect(readSearchLine('4 passages for “rajavi” · page 1 of 2')).toBeUndefined();
    expect(readSearchLine(`${line}\nmore`)).toBeUndefined();
    expect(readSearchLine('-# Searched for "x" · type "a" · type "b" · 1 a page · corpus 3c0378e9')).toBeUndefined();
    expect(readSearchLine('-# Searched for "x" · colour "a" · 1 a page · corpus 3c0378e9')).toBeUndefined();
  });
});

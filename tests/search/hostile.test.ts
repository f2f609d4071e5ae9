import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, searchPassages, type SearchResult } from '../../src/search/index.js';
import { fixture } from './fixture.js';

const index = buildIndex(fixture());

/** What every answer must satisfy, whatever was asked. */
function expectWellFormed(result: SearchResult): void {
  expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
  expect(result.hits.length).toBeLessThanOrEqual(10);
  result.hits.forEach((hit) => {
    expect(Number.isFinite(hit.score)).toBe(true);
    let previousEnd = 0;
    for (const [start, end] of hit.highlights) {
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(hit.passage.text.length);
      previousEnd = end;
    }
  });
}

const HOSTILE = [
  '',
  '   ',
  '\n\t\r',
  ':',
  '~',
  '^',
  '+',
  '-',
  '*',
  '**',
  '*a*',
  'a*',
  '*saddam',
  'sad*dam',
  'rajavi~100',
  'rajavi~-1',
  'rajavi~1.5',
  'rajavi~',
  'saddam^',
  'saddam^10',
  'saddam^-3.5',
  '+saddam',
  '+-saddam',
  '--saddam',
  '-"',
  'title:',
  ':saddam',
  'saddam:',
  'foo:bar',
  'text:title:speaker:',
  'TITLE:Patrons',
  '"',
  '""',
  '"""',
  '"unclosed phrase about saddam',
  '“curly phrase”',
  '«guillemets» „low quotes“',
  'saddam AND regime OR NOT weapons',
  '(saddam) [regime] {weapons}',
  '\\',
  '%s %d ${x} <script>alert(1)</script>',
  'constructor',
  '__proto__',
  'hasOwnProperty toString valueOf',
  'emoji 😀🔥👨‍👩‍👧',
  'صدام حسين',
  'עברית',
  '\u202Esaddam\u202C',
  '\u0000\u0007\u001b[31m',
  '\uD800saddam\uDFFF',
  'the of and to a',
  "Saddam's*",
  '’s',
  'a'.repeat(10_000),
  'saddam '.repeat(2_000),
  ' '.repeat(10_000),
  '"'.repeat(10_000),
  '-'.repeat(5_000) + '*'.repeat(5_000),
  'x~2 '.repeat(2_500),
  '🙂'.repeat(5_000),
];

describe('searchPassages on hostile input', () => {
  it.each(HOSTILE.map((query) => [JSON.stringify(query).slice(0, 40), query]))('answers %s normally', (_label, query) => {
    expectWellFormed(searchPassages(index, query));
  });

  it('does not stall on rajavi~100, and reads it as a fuzzy search for rajavi', () => {
    const result = searchPassages(index, 'rajavi~100');
    expect(result.query.words).toEqual([{ term: 'rajavi', prefix: false, fuzzy: 2, light: false }]);
    expect(result.hits.map((hit) => hit.passage.id)).toContain('cult-and-patrons:2');
  });

  it('does not stall on *a*, and reads it as the word "a"', () => {
    const result = searchPassages(index, '*a*');
    expect(result.query.words).toEqual([{ term: 'a', prefix: false, fuzzy: 0, light: true }]);
    expectWellFormed(result);
  });

  it('answers normally for odd options', () => {
    const odd = [{ limit: -1 }, { offset: Infinity }, { limit: 1e12, offset: 1e12 }, { filters: { from: '', to: '9999' } }];
    for (const options of odd) expectWellFormed(searchPassages(index, 'saddam', options));
  });

  it('never throws and keeps highlights in bounds for arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
        expectWellFormed(searchPassages(index, query));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for arbitrary mixes of corpus words and query syntax', () => {
    const piece = fc.oneof(
      fc.constantFrom('saddam', 'Saddam’s', 'regime', 'negot', 'rajavi', 'the', 'winter', 'crossing', 'Mujahedn'),
      fc.constantFrom('"', '“', '-', '*', '~', '~9', '^2', ':', '+', 'title:', 'speaker:', '’s', ' ', ' '),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(20), (pieces, offset) => {
        expectWellFormed(searchPassages(index, pieces.join(''), { offset, limit: 10 }));
      }),
      { numRuns: 500 },
    );
  });
});

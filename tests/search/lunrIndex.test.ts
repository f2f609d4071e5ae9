// The saved index is a genuine lunr.Index: the JSON lunr.Builder would write, loadable and searchable by stock Lunr,
// and read back by loadIndex into an index that answers exactly as the one built; damaged files are refused.
import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/types.js';
import { buildIndex, loadIndex, registerPipeline, saveIndex, searchPassages, type SearchIndex } from '../../src/search/index.js';
import { SEARCH_FIELDS } from '../../src/search/fields.js';
import { lunrQuery } from '../../src/search/lunrQuery.js';
import { verifyQuotation } from '../../src/verify/index.js';
import { fixture, fixtureSpecs, makeCorpus } from './fixture.js';
import { builtByLunr } from './lunrBuilt.js';

const corpus = fixture();
const index = buildIndex(corpus);
const saved = saveIndex(index);
const json = () => JSON.parse(saved.toString('utf8')) as Record<string, unknown>;

function loaded(bytes: Uint8Array | string, of: Corpus = corpus): SearchIndex {
  const result = loadIndex(bytes, of);
  if (!('index' in result)) throw new Error(result.problem);
  return result.index;
}

describe('saveIndex', () => {
  it('writes exactly the JSON lunr.Index#toJSON gives for the same index built by lunr.Builder, with the fingerprint', () => {
    const { fingerprint, ...rest } = json();
    expect(fingerprint).toBe(index.fingerprint);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(builtByLunr(corpus)));
  });

  it('is loaded and searched by stock Lunr once the pipeline is registered, with our evaluator’s results', () => {
    registerPipeline(lunr);
    const stock = lunr.Index.load(json());
    for (const query of ['negotiations', 'saddam regime', 'title:patrons', '+rajavi -cult', 'negot*', 'mujahedn~1']) {
      const theirs = stock.search(query).map(({ ref, score }) => ({ ref, score }));
      const clauses = new lunr.Query(SEARCH_FIELDS as unknown as string[]);
      new (lunr as unknown as { QueryParser: new (text: string, into: lunr.Query) => { parse(): void } }).QueryParser(
        query,
        clauses,
      ).parse();
      const ours = lunrQuery(
        loaded(saved),
        clauses.clauses.map((c) => ({ ...c, fields: c.fields as (typeof SEARCH_FIELDS)[number][] })),
      );
      expect(theirs.length, query).toBeGreaterThan(0);
      expect(ours.map((r) => r.ref).sort(), query).toEqual(theirs.map((r) => r.ref).sort());
      for (const { ref, score } of theirs) expect(ours.find((r) => r.ref === ref)?.score, `${query} ${ref}`).toBeCloseTo(score, 9);
    }
  });
});

describe('loadIndex', () => {
  it('reads the saved file back into an index that answers exactly as the one built', () => {
    const back = loaded(saved);
    for (const query of ['saddam regime', '"the regime"', 'negot*', 'negotiaton', 'rajavi~2 -cult', 'speaker:haboush', 'the']) {
      expect(searchPassages(back, query)).toEqual(searchPassages(index, query));
    }
    const quotation = 'Saddam’s regime gave the MEK cash, weapons and bases';
    expect(verifyQuotation(back, quotation)).toEqual(verifyQuotation(index, quotation));
    expect(searchPassages(loaded(saved.toString('utf8')), 'saddam')).toEqual(searchPassages(index, 'saddam'));
  });

  it('reads the JSON however it is spaced and ordered', () => {
    const { fingerprint, ...rest } = json();
    const reordered = JSON.stringify({ ...rest, fingerprint }, null, 2);
    expect(searchPassages(loaded(reordered), 'saddam regime')).toEqual(searchPassages(index, 'saddam regime'));
  });

  it('refuses a file built from another corpus, saying so', () => {
    const specs = structuredClone(fixtureSpecs);
    specs[1]?.passages.push('One more passage.');
    expect(loadIndex(saved, makeCorpus(specs))).toEqual({ problem: 'it was built from another corpus or index format' });
  });

  /** Written as 1e999, which JSON reads as Infinity. */
  const INFINITY = 123456.789;
  const tampered: [string, (file: Record<string, unknown>) => void][] = [
    ['no fingerprint', (file) => delete file.fingerprint],
    ['other fields', (file) => (file.fields = ['text'])],
    ['another pipeline', (file) => (file.pipeline = ['stemmer'])],
    ['an infinite weight', (file) => ((file.fieldVectors as [string, number[]][])[0]![1][1] = INFINITY)],
    ['a negative weight', (file) => ((file.fieldVectors as [string, number[]][])[0]![1][1] = -1)],
    ['a term index out of range', (file) => ((file.fieldVectors as [string, number[]][])[0]![1][0] = 1e6)],
    ['a missing field vector', (file) => (file.fieldVectors as unknown[]).pop()],
    ['a field vector twice', (file) => (file.fieldVectors as unknown[]).push((file.fieldVectors as unknown[])[0])],
    ['an unknown passage', (file) => ((file.fieldVectors as [string, number[]][])[0]![0] = 'text/9999')],
    ['unsorted terms', (file) => (file.invertedIndex as unknown[]).reverse()],
    ['a term without a field', (file) => delete (file.invertedIndex as [string, Record<string, unknown>][])[0]![1].text],
    [
      'postings that disagree with the vectors',
      (file) => {
        const entry = (file.invertedIndex as [string, Record<string, Record<string, object>>][]).find(
          ([, p]) => Object.keys(p.text!).length > 0,
        )!;
        entry[1].text = {};
      },
    ],
    [
      'duplicate term numbers',
      (file) => {
        const [first, second] = file.invertedIndex as [string, { _index: number }][];
        second![1]._index = first![1]._index;
      },
    ],
  ];
  it.each(tampered)('refuses a file with %s, with the reason', (_name, edit) => {
    const file = json();
    edit(file);
    const result = loadIndex(JSON.stringify(file).replace(String(INFINITY), '1e999'), corpus);
    expect(result).toHaveProperty('problem');
  });

  it('refuses trailing text after the index', () => {
    expect(loadIndex(`${saved.toString('utf8')} {}`, corpus)).toHaveProperty('problem');
  });

  it('never throws on arbitrary bytes or truncated files', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.nat({ max: saved.length - 1 })), (input) => {
        const bytes = typeof input === 'number' ? saved.subarray(0, input) : input;
        expect(loadIndex(bytes, corpus)).toHaveProperty('problem');
      }),
      { numRuns: 300 },
    );
  });
});

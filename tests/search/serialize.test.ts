import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  corpusFingerprint,
  loadIndex,
  searchPassages,
  serializeIndex,
} from '../../src/search/index.js';
import { verifyQuotation } from '../../src/verify/index.js';
import { fixture, fixtureSpecs, makeCorpus } from './fixture.js';

const corpus = fixture();
const index = buildIndex(corpus);
const saved = () => JSON.parse(JSON.stringify(serializeIndex(index))) as unknown;

/** The fixture with one document's specification changed. */
function changed(edit: (spec: (typeof fixtureSpecs)[number]) => void) {
  const specs = structuredClone(fixtureSpecs);
  edit(specs[1] as (typeof fixtureSpecs)[number]);
  return makeCorpus(specs);
}

describe('serializeIndex and loadIndex', () => {
  it('round-trip through JSON to an index that answers exactly as the original', () => {
    const loaded = loadIndex(saved(), corpus);
    expect(loaded).not.toBeNull();
    if (!loaded) return;
    for (const query of ['saddam regime', '"the regime"', 'negot*', 'negotiaton', 'rajavi~2 -cult', 'speaker:haboush']) {
      expect(searchPassages(loaded, query)).toEqual(searchPassages(index, query));
    }
    const quotation = 'Saddam’s regime gave the MEK cash, weapons and bases';
    expect(verifyQuotation(loaded, quotation)).toEqual(verifyQuotation(index, quotation));
  });

  it('returns null for a corpus whose text or metadata changed', () => {
    const textChanged = changed((spec) => {
      spec.passages[0] = 'Saddam’s regime gave the MEK money.';
    });
    const urlChanged = changed((spec) => {
      spec.meta.url = 'https://example.org/elsewhere';
    });
    const passageAdded = changed((spec) => {
      spec.passages.push('One more passage.');
    });
    for (const other of [textChanged, urlChanged, passageAdded]) {
      expect(corpusFingerprint(other)).not.toBe(corpusFingerprint(corpus));
      expect(loadIndex(saved(), other)).toBeNull();
    }
  });

  it('returns null, never throws, for anything that is not a saved index', () => {
    const fingerprint = corpusFingerprint(corpus);
    const { byteOrder, index } = saved() as { byteOrder: string; index: object };
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'index',
      [],
      {},
      { fingerprint },
      { fingerprint, byteOrder },
      { fingerprint, byteOrder, index: 'not an index' },
      { fingerprint, byteOrder, index: {} },
      { fingerprint, byteOrder, index: { vocabulary: 'x', postings: 3 } },
      { fingerprint: 'f'.repeat(64), byteOrder, index },
      { fingerprint, byteOrder: byteOrder === 'little-endian' ? 'big-endian' : 'little-endian', index },
      { fingerprint, index },
    ];
    for (const json of junk) expect(loadIndex(json, corpus)).toBeNull();
  });
});

describe('loadIndex of a tampered file', () => {
  it('returns null when the postings or vocabulary do not fit together', () => {
    type Saved = { fingerprint: string; index: { vocabulary: string[]; postings: Record<string, string> } };
    const tampered = (edit: (json: Saved) => void) => {
      const json = saved() as Saved;
      edit(json);
      return json;
    };
    const cases = [
      tampered((json) => {
        json.index.postings.ordinals = Buffer.from(new Int32Array([0, 1, 2]).buffer).toString('base64');
      }),
      tampered((json) => {
        json.index.postings.spans = 'AAA';
      }),
      tampered((json) => {
        json.index.vocabulary.reverse();
      }),
      tampered((json) => {
        delete (json.index.postings as Partial<Record<string, string>>).weights;
      }),
    ];
    for (const json of cases) expect(loadIndex(json, corpus)).toBeNull();
  });
});

describe('corpusFingerprint', () => {
  it('is a sha256 that depends on the corpus content, not on object identity', () => {
    expect(corpusFingerprint(corpus)).toMatch(/^[0-9a-f]{64}$/);
    expect(corpusFingerprint(fixture())).toBe(corpusFingerprint(corpus));
  });

  it('changes with a speaker, a date or a footnote', () => {
    const speaker = structuredClone(fixtureSpecs);
    const first = speaker[0]?.passages[0];
    if (typeof first === 'object') first.speaker = 'Someone Else';
    const date = changed((spec) => {
      spec.meta.date = '2005-08-15';
    });
    const noted = fixture();
    noted.passages[0] = { ...(noted.passages[0] as (typeof noted.passages)[number]), notes: ['[1] Ibid.'] };
    for (const other of [makeCorpus(speaker), date, noted]) {
      expect(corpusFingerprint(other)).not.toBe(corpusFingerprint(corpus));
    }
  });
});

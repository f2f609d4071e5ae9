// The corpus fingerprint: what a saved index must match to be used.
import { describe, expect, it } from 'vitest';
import { corpusFingerprint } from '../../src/search/fingerprint.js';
import { fixture, fixtureSpecs, makeCorpus } from './fixture.js';

const corpus = fixture();

/** The fixture with one document's specification changed. */
function changed(edit: (spec: (typeof fixtureSpecs)[number]) => void) {
  const specs = structuredClone(fixtureSpecs);
  edit(specs[1] as (typeof fixtureSpecs)[number]);
  return makeCorpus(specs);
}

describe('corpusFingerprint', () => {
  it('is a sha256 that depends on the corpus content, not on object identity', () => {
    expect(corpusFingerprint(corpus)).toMatch(/^[0-9a-f]{64}$/);
    expect(corpusFingerprint(fixture())).toBe(corpusFingerprint(corpus));
  });

  it('changes with a speaker, a speaker inferred from the turn, a date or a footnote', () => {
    const speaker = structuredClone(fixtureSpecs);
    const first = speaker[0]?.passages[0];
    if (typeof first === 'object') first.speaker = 'Someone Else';
    const date = changed((spec) => {
      spec.meta.date = '2005-08-15';
    });
    const noted = fixture();
    noted.passages[0] = { ...(noted.passages[0] as (typeof noted.passages)[number]), notes: ['[1] Ibid.'] };
    const inferred = fixture();
    const turn = inferred.passages[0]!;
    inferred.passages[0] = { ...turn, location: { ...turn.location, speakerFrom: 'turn' } };
    for (const other of [makeCorpus(speaker), inferred, date, noted]) {
      expect(corpusFingerprint(other)).not.toBe(corpusFingerprint(corpus));
    }
  });
});

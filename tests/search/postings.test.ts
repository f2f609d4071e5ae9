// The compiled postings hold what lunr.Builder computes for the same passages: the same BM25 weight for every term in
// every passage field, and the same occurrences in passage text.
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/build.js';
import { SEARCH_FIELDS } from '../../src/search/fields.js';
import { occurrencesOf, postingRange } from '../../src/search/postings.js';
import { isIndexed, scanWords, termOf } from '../../src/search/text.js';
import { fixture } from './fixture.js';

const BOOSTS = { text: 4, speaker: 2, title: 1, section: 1 };

type LunrInternals = {
  invertedIndex: Record<string, Record<string, Record<string, { position?: [number, number][] }>>>;
  fieldVectors: Record<string, { elements: number[] }>;
};

function lunrIndex(corpus: ReturnType<typeof fixture>): LunrInternals {
  const builder = new lunr.Builder();
  builder.ref('id');
  builder.tokenizer = ((value?: unknown) =>
    typeof value !== 'string'
      ? []
      : scanWords(value).flatMap((word) => {
          const term = termOf(word.fold);
          return isIndexed(term) ? [new lunr.Token(term, { position: [word.start, word.end - word.start] })] : [];
        })) as typeof lunr.tokenizer;
  builder.metadataWhitelist = ['position'];
  for (const field of SEARCH_FIELDS) builder.field(field, { boost: BOOSTS[field] });
  for (const p of corpus.passages) {
    const title = corpus.documentById.get(p.document)?.title;
    builder.add({ id: p.id, text: p.text, title, section: p.location.section, speaker: p.location.speaker });
  }
  return builder.build() as unknown as LunrInternals;
}

describe('compiled postings', () => {
  const corpus = fixture();
  const index = buildIndex(corpus);
  const reference = lunrIndex(corpus);
  const ordinalOf = new Map(corpus.passages.map((p, i) => [p.id, i]));

  it('have the vocabulary lunr.Builder has, sorted', () => {
    expect(index.vocabulary).toEqual(Object.keys(reference.invertedIndex).sort());
  });

  it('weigh every term in every passage field as lunr.Builder does', () => {
    let compared = 0;
    for (const [term, posting] of Object.entries(reference.invertedIndex)) {
      const dimension = (posting as unknown as { _index: number })._index;
      for (const field of SEARCH_FIELDS) {
        const [from, to] = postingRange(index, term, field);
        const ours = new Map<number, number>();
        for (let i = from; i < to; i++) ours.set(index.postings.ordinals[i] as number, index.postings.weights[i] as number);
        const refs = Object.keys(posting[field] ?? {});
        expect(ours.size).toBe(refs.length);
        for (const ref of refs) {
          const elements = reference.fieldVectors[`${field}/${ref}`]?.elements ?? [];
          const at = elements.findIndex((value, i) => i % 2 === 0 && value === dimension);
          expect(ours.get(ordinalOf.get(ref) as number)).toBe(Math.fround(elements[at + 1] as number));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('hold every occurrence lunr.Builder records, as [start, end) ranges', () => {
    for (const [term, posting] of Object.entries(reference.invertedIndex)) {
      for (const [ref, metadata] of Object.entries(posting.text ?? {})) {
        const expected = (metadata.position ?? []).map(([start, length]) => [start, start + length]);
        expect(occurrencesOf(index, term, ordinalOf.get(ref) as number)).toEqual(expected);
      }
    }
    expect(occurrencesOf(index, 'no-such-term', 0)).toEqual([]);
  });
});

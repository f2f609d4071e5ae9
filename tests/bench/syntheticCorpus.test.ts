// The bench's grown corpus: exact size, unique ids, the same every run, and a vocabulary growing as real text's does.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { Corpus } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { growCorpus, vocabulary, WORD } from './syntheticCorpus.js';

let base: Corpus;
let small: Corpus;
let large: Corpus;
beforeAll(async () => {
  base = await loadCorpus(defaultCorpusDir);
  small = growCorpus(base, 2_000);
  large = growCorpus(base, 20_000);
});

const meanLength = (corpus: Corpus) => corpus.passages.reduce((sum, p) => sum + p.text.length, 0) / corpus.passages.length;

describe('growCorpus', () => {
  it('makes exactly the passages asked for, under unique ids that documents and lookups agree on', () => {
    for (const size of [1, 251, 1_234, 20_000]) expect(growCorpus(base, size).passages).toHaveLength(size);
    expect(large.passageById.size).toBe(20_000);
    expect(new Set(large.documents.map((d) => d.id)).size).toBe(large.documents.length);
    expect(large.documents.flatMap((d) => d.passageIds)).toEqual(large.passages.map((p) => p.id));
  });

  it('is the same every run, and a smaller corpus is the start of a larger one', () => {
    expect(growCorpus(base, 2_000).passages).toEqual(small.passages);
    expect(large.passages.slice(0, 2_000)).toEqual(small.passages);
  });

  it('grows the vocabulary sub-linearly but substantially: 10× the passages, 2× to 10× the distinct words', () => {
    const ratio = vocabulary(large.passages).distinct / vocabulary(small.passages).distinct;
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(10);
  });

  it('changes only lowercase words: names, numbers, punctuation and spacing are kept', () => {
    const kept = (text: string) => text.replace(WORD, (word) => (/^[a-z]+$/.test(word) ? '_' : word));
    let changed = 0;
    for (const passage of large.passages) {
      const original = base.passageById.get(passage.id.replace(/-copy-\d+:/, ':'))!;
      expect(kept(passage.text)).toBe(kept(original.text));
      if (passage.text !== original.text) changed++;
    }
    expect(changed).toBeGreaterThan(large.passages.length / 2);
  });

  it('keeps passages about as long as the real ones', () => {
    expect(meanLength(large) / meanLength(base)).toBeGreaterThan(0.95);
    expect(meanLength(large) / meanLength(base)).toBeLessThan(1.05);
  });
});

// Building the index at 100,000 passages takes seconds; a saved one loads fast, but only if it matches the corpus.
import lunr from 'lunr';
import type { Corpus } from '../corpus/types.js';
import { assembleIndex, type SearchIndex } from './build.js';
import { corpusFingerprint } from './fingerprint.js';

export interface SerializedIndex {
  /** `corpusFingerprint` of the corpus the index was built from. */
  fingerprint: string;
  lunr: object;
}

export function serializeIndex(index: SearchIndex): SerializedIndex {
  return { fingerprint: index.fingerprint, lunr: index.lunr.toJSON() };
}

/** The saved index, or null when it was built from another corpus or index format, or is not an index at all. */
export function loadIndex(json: unknown, corpus: Corpus): SearchIndex | null {
  if (typeof json !== 'object' || json === null) return null;
  const { fingerprint, lunr: saved } = json as Partial<Record<keyof SerializedIndex, unknown>>;
  if (typeof saved !== 'object' || saved === null) return null;
  if (fingerprint !== corpusFingerprint(corpus)) return null;
  try {
    return assembleIndex(corpus, lunr.Index.load(saved), fingerprint);
  } catch {
    return null;
  }
}

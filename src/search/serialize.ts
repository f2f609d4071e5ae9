// Building the index at 100,000 passages takes seconds; a saved one loads fast, but only if it matches the corpus.
// The postings are saved as base64 of their bytes: decoding that is a copy, where parsing millions of numbers is not.
import type { Corpus } from '../corpus/types.js';
import { assembleIndex, type SearchIndex } from './build.js';
import { corpusFingerprint } from './fingerprint.js';
import { SEARCH_FIELDS } from './fields.js';
import { TEXT, type Postings } from './postings.js';

export interface SerializedIndex {
  /** `corpusFingerprint` of the corpus the index was built from. */
  fingerprint: string;
  /** The arrays are saved as this machine lays them out; another byte order rebuilds instead. */
  byteOrder: ByteOrder;
  index: { vocabulary: string[]; postings: Record<keyof Postings, string> };
}

type ByteOrder = 'little-endian' | 'big-endian';
const BYTE_ORDER: ByteOrder = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'little-endian' : 'big-endian';

const ARRAYS = { ordinals: Int32Array, weights: Float32Array, starts: Int32Array, occurrences: Int32Array, spans: Int32Array };
type ArrayName = keyof typeof ARRAYS;

export function serializeIndex(index: SearchIndex): SerializedIndex {
  const base64 = (array: Postings[ArrayName]) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
  const { ordinals, weights, starts, occurrences, spans } = index.postings;
  return {
    fingerprint: index.fingerprint,
    byteOrder: BYTE_ORDER,
    index: {
      vocabulary: [...index.vocabulary],
      postings: {
        ordinals: base64(ordinals),
        weights: base64(weights),
        starts: base64(starts),
        occurrences: base64(occurrences),
        spans: base64(spans),
      },
    },
  };
}

/** The saved index, or null when it was built from another corpus or index format, or is not an index at all. */
export function loadIndex(json: unknown, corpus: Corpus): SearchIndex | null {
  if (typeof json !== 'object' || json === null) return null;
  const { fingerprint, byteOrder, index: saved } = json as Partial<Record<keyof SerializedIndex, unknown>>;
  if (fingerprint !== corpusFingerprint(corpus) || byteOrder !== BYTE_ORDER) return null;
  if (typeof saved !== 'object' || saved === null) return null;
  const { vocabulary, postings: encoded } = saved as Partial<Record<keyof SerializedIndex['index'], unknown>>;
  if (!Array.isArray(vocabulary)) return null;
  const terms: unknown[] = vocabulary;
  if (!terms.every((term, i) => typeof term === 'string' && (i === 0 || (terms[i - 1] as string) < term))) return null;
  if (typeof encoded !== 'object' || encoded === null) return null;
  const decoded: Partial<Postings> = {};
  for (const name of Object.keys(ARRAYS) as ArrayName[]) {
    const text: unknown = (encoded as Record<string, unknown>)[name];
    if (typeof text !== 'string') return null;
    const bytes = Buffer.from(text, 'base64');
    if (bytes.byteLength % 4 !== 0) return null;
    // A copy, since a decoded Buffer may share a pool and start where an Int32Array cannot.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    Object.assign(decoded, { [name]: new ARRAYS[name](buffer) });
  }
  const postings = decoded as Postings;
  if (!consistent(postings, terms.length, corpus.passages.length)) return null;
  return assembleIndex(corpus, { vocabulary: terms as string[], postings }, fingerprint);
}

/** Whether every range the arrays describe lies inside them, so searching a tampered file cannot read past an end. */
function consistent(p: Postings, terms: number, passages: number): boolean {
  const ascending = (array: Int32Array) => array.every((value, i) => i === 0 || value >= (array[i - 1] as number));
  const textPostings = (p.starts[(TEXT + 1) * terms] ?? 0) - (p.starts[TEXT * terms] ?? 0);
  return (
    p.starts.length === SEARCH_FIELDS.length * terms + 1 &&
    p.starts[0] === 0 &&
    ascending(p.starts) &&
    p.starts[p.starts.length - 1] === p.ordinals.length &&
    p.weights.length === p.ordinals.length &&
    p.ordinals.every((ordinal) => ordinal >= 0 && ordinal < passages) &&
    p.occurrences.length === textPostings + 1 &&
    p.occurrences[0] === 0 &&
    ascending(p.occurrences) &&
    2 * (p.occurrences[textPostings] ?? 0) === p.spans.length
  );
}

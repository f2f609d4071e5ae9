// Reads a saved lunr.Index (see save.ts) into the evaluator's arrays without building Lunr's objects: the terms and
// their `_index` from the inverted index, the weights from the field vectors, and a check that the two agree.
import type { Corpus } from '../corpus/types.js';
import { assembleIndex, type SearchIndex } from './build.js';
import { corpusFingerprint } from './fingerprint.js';
import { SEARCH_FIELDS } from './fields.js';
import { Column, JsonScanner, MalformedJson } from './jsonScanner.js';
import { QUERY_PIPELINE } from './lunrPipeline.js';
import type { Postings } from './postings.js';

/** The loaded index, or why the saved one cannot serve this corpus (and should be rebuilt). */
export type LoadResult = { index: SearchIndex } | { problem: string };

const FIELD_NUMBER = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));

interface Vectors {
  /** Passage ordinal × field count + field, per vector. */
  slots: Column<Int32Array>;
  /** Vector v's elements are [starts[v], starts[v + 1]). */
  starts: Column<Int32Array>;
  lunrIndex: Column<Int32Array>;
  weights: Column<Float64Array>;
}

interface Inverted {
  vocabulary: string[];
  lunrIndex: Column<Int32Array>;
  /** Per term, then per field: how many passages the inverted index lists. */
  counts: Column<Int32Array>;
}

/**
 * Loads a saved index for `corpus`. Refuses (with the reason) a file made for another corpus or index format, one
 * that is not a lunr.Index with Verbatim's fields and pipeline, and one whose parts disagree or hold numbers out of
 * range, so a damaged file is rebuilt rather than searched.
 */
export function loadIndex(saved: Uint8Array | string, corpus: Corpus): LoadResult {
  const bytes = typeof saved === 'string' ? Buffer.from(saved, 'utf8') : Buffer.from(saved.buffer, saved.byteOffset, saved.byteLength);
  const fingerprint = corpusFingerprint(corpus);
  try {
    return read(new JsonScanner(bytes), corpus, fingerprint);
  } catch (error) {
    if (error instanceof MalformedJson) return { problem: `not valid JSON: ${error.message}` };
    throw error;
  }
}

function read(json: JsonScanner, corpus: Corpus, fingerprint: string): LoadResult {
  let vectors: Vectors | undefined;
  let inverted: Inverted | undefined;
  const seen = new Set<string>();
  json.expect(0x7b);
  if (!json.take(0x7d)) {
    do {
      const key = json.string();
      json.expect(0x3a);
      seen.add(key);
      if (key === 'fingerprint') {
        if (json.string() !== fingerprint) return { problem: 'it was built from another corpus or index format' };
      } else if (key === 'fields') {
        if (JSON.stringify(strings(json)) !== JSON.stringify(SEARCH_FIELDS)) return { problem: 'its fields are not Verbatim’s' };
      } else if (key === 'pipeline') {
        if (JSON.stringify(strings(json)) !== JSON.stringify([QUERY_PIPELINE])) return { problem: 'its pipeline is not Verbatim’s' };
      } else if (key === 'fieldVectors') {
        vectors = readVectors(json, corpus);
      } else if (key === 'invertedIndex') {
        inverted = readInverted(json);
      } else {
        json.skipValue();
      }
    } while (json.more(0x7d));
  }
  if (json.peek() !== -1) json.fail('unexpected text after the index');
  if (!seen.has('fingerprint')) return { problem: 'it has no fingerprint' };
  if (!vectors || !inverted || !seen.has('fields') || !seen.has('pipeline') || !seen.has('version')) {
    return { problem: 'it is not a serialized lunr.Index' };
  }
  const postings = toPostings(vectors, inverted, corpus.passages.length);
  if (typeof postings === 'string') return { problem: postings };
  return { index: assembleIndex(corpus, { vocabulary: inverted.vocabulary, postings }, fingerprint) };
}

function strings(json: JsonScanner): string[] {
  const found: string[] = [];
  json.expect(0x5b);
  if (json.take(0x5d)) return found;
  do found.push(json.string());
  while (json.more(0x5d));
  return found;
}

/** `[["field/ref", [index, weight, …]], …]`. */
function readVectors(json: JsonScanner, corpus: Corpus): Vectors {
  const passages = corpus.passages.length;
  const vectors: Vectors = {
    slots: new Column(new Int32Array(passages * SEARCH_FIELDS.length)),
    starts: new Column(new Int32Array(passages * SEARCH_FIELDS.length + 1)),
    lunrIndex: new Column(new Int32Array(1 << 16)),
    weights: new Column(new Float64Array(1 << 16)),
  };
  json.expect(0x5b);
  if (json.take(0x5d)) return vectors;
  do {
    json.expect(0x5b);
    const at = json.pos;
    const ref = json.fieldRef(SEARCH_FIELDS);
    if (ref === null || ref.ordinal >= passages) {
      json.pos = at;
      json.fail(`unknown field or passage ${JSON.stringify(json.string())}`);
    }
    vectors.slots.push(ref.ordinal * SEARCH_FIELDS.length + ref.field);
    vectors.starts.push(vectors.lunrIndex.length);
    json.expect(0x2c);
    json.numberPairs(vectors.lunrIndex, vectors.weights);
    json.expect(0x5d);
  } while (json.more(0x5d));
  return vectors;
}

/** `[["term", {"_index": n, "text": {"ref": {}, …}, …}], …]`: terms, their `_index`, and passages per field. */
function readInverted(json: JsonScanner): Inverted {
  const fields = SEARCH_FIELDS.length;
  const inverted: Inverted = { vocabulary: [], lunrIndex: new Column(new Int32Array(1024)), counts: new Column(new Int32Array(1024)) };
  json.expect(0x5b);
  if (json.take(0x5d)) return inverted;
  const counts = new Int32Array(fields);
  do {
    json.expect(0x5b);
    inverted.vocabulary.push(json.string());
    json.expect(0x2c);
    json.expect(0x7b);
    counts.fill(-1);
    let lunrIndex = -1;
    if (!json.take(0x7d)) {
      do {
        const key = json.string();
        json.expect(0x3a);
        const field = FIELD_NUMBER.get(key);
        if (key === '_index') lunrIndex = json.number();
        else if (field === undefined) json.skipValue();
        else counts[field] = json.countMembers();
      } while (json.more(0x7d));
    }
    if (lunrIndex < 0 || counts.includes(-1)) json.fail('an inverted-index entry lacks _index or a field');
    inverted.lunrIndex.push(lunrIndex);
    for (const count of counts) inverted.counts.push(count);
    json.expect(0x5d);
  } while (json.more(0x5d));
  return inverted;
}

/** The postings, or what is wrong: every part is checked before it is trusted, so search never reads past an end. */
function toPostings(vectors: Vectors, inverted: Inverted, passages: number): Postings | string {
  const fields = SEARCH_FIELDS.length;
  const { vocabulary } = inverted;
  const terms = vocabulary.length;
  for (let t = 1; t < terms; t++) if (!((vocabulary[t - 1] as string) < (vocabulary[t] as string))) return 'its terms are not sorted';
  const vocabularyPlace = new Int32Array(terms).fill(-1);
  for (let t = 0; t < terms; t++) {
    const n = inverted.lunrIndex.data[t] as number;
    if (!Number.isInteger(n) || n < 0 || n >= terms || vocabularyPlace[n] !== -1) return 'its term numbers (_index) are not a numbering';
    vocabularyPlace[n] = t;
  }
  const vectorCount = vectors.slots.length;
  if (vectorCount !== passages * fields) return 'it has not one field vector per passage and field';
  const order = new Int32Array(vectorCount).fill(-1);
  for (let v = 0; v < vectorCount; v++) {
    const slot = vectors.slots.data[v] as number;
    if (order[slot] !== -1) return 'a field vector is listed twice';
    order[slot] = v;
  }
  vectors.starts.push(vectors.lunrIndex.length);
  const starts = new Int32Array(fields * terms + 1);
  for (let v = 0; v < vectorCount; v++) {
    const f = (vectors.slots.data[v] as number) % fields;
    let previous = -1;
    for (let e = vectors.starts.data[v] as number; e < (vectors.starts.data[v + 1] as number); e++) {
      const n = vectors.lunrIndex.data[e] as number;
      const weight = vectors.weights.data[e] as number;
      if (!Number.isInteger(n) || n <= previous || n >= terms) return 'a field vector names a term out of order or range';
      if (!Number.isFinite(weight) || weight < 0) return 'a field vector holds a weight that is not a finite number ≥ 0';
      previous = n;
      const slot = f * terms + (vocabularyPlace[n] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
  }
  for (let t = 0; t < terms; t++) {
    for (let f = 0; f < fields; f++) {
      if (starts[f * terms + t + 1] !== inverted.counts.data[t * fields + f]) return 'its inverted index and field vectors disagree';
    }
  }
  for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const total = starts[starts.length - 1] as number;
  const ordinals = new Int32Array(total);
  const weights = new Float64Array(total);
  const next = starts.slice();
  // Slot order is passage order, so each term's postings come out in ascending passage order.
  for (let slot = 0; slot < vectorCount; slot++) {
    const v = order[slot] as number;
    const ordinal = Math.floor(slot / fields);
    const f = slot % fields;
    for (let e = vectors.starts.data[v] as number; e < (vectors.starts.data[v + 1] as number); e++) {
      const at = f * terms + (vocabularyPlace[vectors.lunrIndex.data[e] as number] as number);
      const i = next[at] as number;
      next[at] = i + 1;
      ordinals[i] = ordinal;
      weights[i] = vectors.weights.data[e] as number;
    }
  }
  return { ordinals, weights, starts, lunrIndex: inverted.lunrIndex.data.slice(0, terms) };
}

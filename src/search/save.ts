// Writes the index as a serialized lunr.Index — the JSON lunr.Index#toJSON gives (version, fields, fieldVectors,
// invertedIndex, pipeline) — with the corpus fingerprint first. Written in chunks from the typed arrays: the object
// lunr.Index#toJSON would build at 100,000 passages costs gigabytes.
import { LUNR_VERSION } from './lunr-view.js';
import { indexData, type SearchIndex } from './build.js';
import { SEARCH_FIELDS } from './fields.js';
import { QUERY_PIPELINE } from './lunrPipeline.js';

const CHUNK_CHARS = 1 << 20;

/**
 * The saved index as UTF-8 JSON bytes; `lunr.Index.load(JSON.parse(…))` loads it once `registerPipeline` ran. A
 * result's `ref` is the passage's place in `corpus.passages` (`"0"` for the first).
 */
export function saveIndex(index: SearchIndex): Buffer {
  const { corpus, fingerprint, vocabulary, postings } = indexData(index);
  const { ordinals, weights, starts, lunrIndex } = postings;
  const terms = vocabulary.length;
  const fields = SEARCH_FIELDS.length;
  // A passage's Lunr ref is its ordinal: passage ids as refs made the file three times larger (over V8's longest
  // string, which JSON.parse needs, past 80,000 passages), and the fingerprint already ties the file to one corpus.
  const refs = corpus.passages.map((_, ordinal) => String(ordinal));
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const write = (text: string) => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= CHUNK_CHARS) flush();
  };
  const flush = () => {
    chunks.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingChars = 0;
  };

  write(`{"fingerprint":${JSON.stringify(fingerprint)},"version":${JSON.stringify(LUNR_VERSION)}`);
  write(`,"fields":${JSON.stringify(SEARCH_FIELDS)},"fieldVectors":[`);
  // Lunr's field vectors list (term _index, weight) pairs by _index, per passage and field in the order passages
  // were added: a counting sort by passage and field, filled in _index order.
  const vectorStarts = new Int32Array(corpus.passages.length * fields + 1);
  for (let f = 0; f < fields; f++) {
    for (let i = starts[f * terms] as number; i < (starts[(f + 1) * terms] as number); i++) {
      const slot = (ordinals[i] as number) * fields + f + 1;
      vectorStarts[slot] = (vectorStarts[slot] as number) + 1;
    }
  }
  for (let i = 1; i < vectorStarts.length; i++) vectorStarts[i] = (vectorStarts[i] as number) + (vectorStarts[i - 1] as number);
  const elementIndex = new Int32Array(ordinals.length);
  const elementWeight = new Float64Array(ordinals.length);
  const next = vectorStarts.slice();
  const byLunrIndex = new Int32Array(terms);
  lunrIndex.forEach((n, t) => {
    byLunrIndex[n] = t;
  });
  for (let n = 0; n < terms; n++) {
    const t = byLunrIndex[n] as number;
    for (let f = 0; f < fields; f++) {
      for (let i = starts[f * terms + t] as number; i < (starts[f * terms + t + 1] as number); i++) {
        const slot = (ordinals[i] as number) * fields + f;
        const at = next[slot] as number;
        next[slot] = at + 1;
        elementIndex[at] = n;
        elementWeight[at] = weights[i] as number;
      }
    }
  }
  for (let slot = 0; slot < vectorStarts.length - 1; slot++) {
    const elements: string[] = [];
    for (let e = vectorStarts[slot] as number; e < (vectorStarts[slot + 1] as number); e++) {
      elements.push(`${elementIndex[e]},${elementWeight[e]}`);
    }
    const field = SEARCH_FIELDS[slot % fields] as string;
    write(`${slot === 0 ? '' : ','}["${field}/${refs[Math.floor(slot / fields)]}",[${elements.join(',')}]]`);
  }

  write('],"invertedIndex":[');
  for (let t = 0; t < terms; t++) {
    write(`${t === 0 ? '' : ','}[${JSON.stringify(vocabulary[t])},{"_index":${lunrIndex[t]}`);
    for (let f = 0; f < fields; f++) {
      const posted: string[] = [];
      for (let i = starts[f * terms + t] as number; i < (starts[f * terms + t + 1] as number); i++) {
        posted.push(`"${refs[ordinals[i] as number]}":{}`);
      }
      write(`,"${SEARCH_FIELDS[f]}":{${posted.join(',')}}`);
    }
    write('}]');
  }
  write(`],"pipeline":${JSON.stringify([QUERY_PIPELINE])}}`);
  flush();
  return Buffer.concat(chunks);
}

// A saved index is only trusted for the exact corpus and index code it was built from; this hash is that identity.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/types.js';

/** Bump whenever tokenizing, fields or boosts change, so indexes saved by older code are rebuilt. */
export const INDEX_FORMAT = 5;

const fingerprints = new WeakMap<Corpus, string>();

/** A sha256 of everything the index is built from; computed once per corpus value (corpora are not mutated). */
export function corpusFingerprint(corpus: Corpus): string {
  const known = fingerprints.get(corpus);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  hash.update(JSON.stringify(['verbatim-search-index', INDEX_FORMAT]));
  for (const d of corpus.documents) {
    const meta = [d.id, d.title, d.type, d.author, d.publisher, d.date, d.url, d.category, d.seed, d.passageIds];
    hash.update('\nD' + JSON.stringify(meta.map((value) => value ?? null)));
  }
  for (const p of corpus.passages) {
    const { paragraph, part, section, speaker, speakerFrom, statement } = p.location;
    const fields = [p.id, p.document, p.number, p.text, paragraph, part, section, speaker, speakerFrom, statement, p.notes];
    hash.update('\nP' + JSON.stringify(fields.map((value) => value ?? null)));
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(corpus, fingerprint);
  return fingerprint;
}

// A short fingerprint of a passage's words, and the passages of a corpus by it, so a reference made before the
// corpus was edited finds the same words wherever they are now.
import { createHash } from 'node:crypto';
import { normalizeWhitespace } from './normalizeWhitespace.js';
import type { Corpus, Passage } from './types.js';

/** Base-36 characters: about two billion values, so words a reference names are rarely confused with others. */
export const FINGERPRINT_LENGTH = 6;
const SPACE = 36 ** FINGERPRINT_LENGTH;

export function wordsFingerprint(text: string): string {
  const digest = createHash('sha256').update(normalizeWhitespace(text)).digest();
  // 48 bits, then reduced: a JavaScript number holds them exactly.
  return (digest.readUIntBE(0, 6) % SPACE).toString(36).padStart(FINGERPRINT_LENGTH, '0');
}

const byFingerprint = new WeakMap<Corpus, Map<string, Passage[]>>();

/** The passages holding the words with this fingerprint, in corpus order; built once per corpus, when first asked. */
export function passagesWithWords(corpus: Corpus, fingerprint: string): readonly Passage[] {
  let map = byFingerprint.get(corpus);
  if (map === undefined) {
    map = new Map();
    for (const passage of corpus.passages) {
      const key = wordsFingerprint(passage.text);
      map.set(key, [...(map.get(key) ?? []), passage]);
    }
    byFingerprint.set(corpus, map);
  }
  return map.get(fingerprint) ?? [];
}

// The reference a button carries to a passage: its id and a fingerprint of its words (`tapes:3@k3f9z0`), so a click
// after the corpus was renumbered still brings back the words the button was made for.
import { findPassage, parsePassageId, type FoundPassage } from './findPassage.js';
import type { Corpus, Passage } from './types.js';
import { FINGERPRINT_LENGTH, passagesWithWords, wordsFingerprint } from './wordsFingerprint.js';

const REF = new RegExp(`^(.*)@([0-9a-z]{${FINGERPRINT_LENGTH}})$`, 'u');

export function passageRef(passage: Passage): string {
  return `${passage.id}@${wordsFingerprint(passage.text)}`;
}

/** The words a reference named are in no passage any more: `id` is the id it carried. */
export interface WordsGone {
  gone: string;
}

/**
 * The passage holding the words the reference was made for: under its id if they are still there, otherwise
 * wherever they are now (`renamedFrom` the id it carried). A reference without a fingerprint, from before they
 * had one, is read as a typed id. Undefined when the reference names no passage at all.
 */
export function findReferencedPassage(corpus: Corpus, ref: string): FoundPassage | WordsGone | undefined {
  const [, pasted = ref, fingerprint] = REF.exec(ref) ?? [];
  const id = parsePassageId(pasted);
  if (fingerprint === undefined || id === undefined) return findPassage(corpus, ref);
  const current = corpus.passageById.get(id);
  if (current && wordsFingerprint(current.text) === fingerprint) return { passage: current };
  const moved = nearest(passagesWithWords(corpus, fingerprint), id);
  return moved ? { passage: moved, renamedFrom: id } : { gone: id };
}

/**
 * The same words in the same document, nearest the old number (a passage can repeat a short line); elsewhere
 * only when one passage in the corpus has them, since the same words in several documents are different quotes.
 */
function nearest(candidates: readonly Passage[], id: string): Passage | undefined {
  const document = id.slice(0, id.lastIndexOf(':'));
  const number = Number(id.slice(id.lastIndexOf(':') + 1));
  const own = candidates.filter((passage) => passage.document === document);
  if (own.length === 0) return candidates.length === 1 ? candidates[0] : undefined;
  return own.reduce((best, passage) => (Math.abs(passage.number - number) < Math.abs(best.number - number) ? passage : best));
}

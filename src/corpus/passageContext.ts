// The passages around one passage in its document, for reading a quote in context.
import type { Corpus, Passage } from './types.js';

/** Most neighbours on either side one call returns, so a reply stays readable and bounded. */
export const MAX_CONTEXT = 10;

export interface PassageContext {
  target: Passage;
  before: Passage[];
  after: Passage[];
}

export function passageContext(corpus: Corpus, target: Passage, before = 2, after = 2): PassageContext {
  const ids = corpus.documentById.get(target.document)?.passageIds ?? [target.id];
  const index = target.number - 1;
  const clamp = (n: number) => Math.min(MAX_CONTEXT, Math.max(0, Math.floor(Number.isFinite(n) ? n : 0)));
  const pick = (from: number, to: number) =>
    ids.slice(Math.max(0, from), Math.max(0, to)).map((id) => corpus.passageById.get(id)!);
  return {
    target,
    before: pick(index - clamp(before), index),
    after: pick(index + 1, index + 1 + clamp(after)),
  };
}

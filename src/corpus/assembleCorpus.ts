// Makes a Corpus from its documents and passages, with the lookups every reader needs.
import type { AliasTable, Corpus, Document, Passage } from './types.js';

export function assembleCorpus(
  documents: Document[],
  passages: Passage[],
  variants: string[][] = [],
  aliases: AliasTable = new Map(),
): Corpus {
  return {
    documents,
    passages,
    variants,
    aliases,
    passageById: new Map(passages.map((p) => [p.id, p])),
    documentById: new Map(documents.map((d) => [d.id, d])),
  };
}

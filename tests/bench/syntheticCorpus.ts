// A corpus of any size made from the real one: documents repeated under new ids, so timings reflect real text.
import { assembleCorpus } from '../../src/corpus/assembleCorpus.js';
import type { Corpus, Document, Passage } from '../../src/corpus/types.js';

export function growCorpus(base: Corpus, targetPassages: number): Corpus {
  const documents: Document[] = [];
  const passages: Passage[] = [];
  for (let copy = 0; passages.length < targetPassages; copy++) {
    for (const document of base.documents) {
      if (passages.length >= targetPassages) break;
      const id = copy === 0 ? document.id : `${document.id}-copy-${copy}`;
      const own = document.passageIds.slice(0, targetPassages - passages.length).map((passageId) => {
        const passage = base.passageById.get(passageId)!;
        return { ...passage, id: `${id}:${passage.number}`, document: id };
      });
      documents.push({ ...document, id, passageIds: own.map((p) => p.id) });
      passages.push(...own);
    }
  }
  return assembleCorpus(documents, passages);
}

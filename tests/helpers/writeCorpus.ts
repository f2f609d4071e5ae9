// Writes a corpus (a grown synthetic one, say) to a folder in the corpus file format, one plain article per document.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../../src/corpus/types.js';
import { documentFile } from './tempCorpus.js';

export async function writeCorpus(corpus: Corpus, dir: string): Promise<void> {
  await mkdir(path.join(dir, 'documents'), { recursive: true });
  for (const document of corpus.documents) {
    // Footnote markers would need their notes: plain paragraphs are all a large corpus needs to be large.
    const body = document.passageIds.map((id) => corpus.passageById.get(id)!.text.replace(/\[\d+\]/gu, '')).join('\n\n');
    await writeFile(path.join(dir, 'documents', `${document.id}.txt`), documentFile(document.id, body));
  }
}

// Opening and reloading the corpus: a damaged saved index is rebuilt, a reload is built in a worker thread and swapped
// in whole, and a document over the size limit is refused by name while the old corpus keeps serving.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/loadCorpus.js';
import { LibraryHolder } from '../../src/library/libraryHolder.js';
import { INDEX_FILE, openLibrary } from '../../src/library/openLibrary.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { searchPassages } from '../../src/search/index.js';
import { documentFile } from '../helpers/tempCorpus.js';

let corpusDir: string;
const logged: string[] = [];
const log = {
  info: (_fields: object, message: string) => void logged.push(message),
  warn: (_fields: object, message: string) => void logged.push(message),
};

beforeEach(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'verbatim-library-'));
  await cp(defaultCorpusDir, corpusDir, { recursive: true });
  logged.length = 0;
});

afterEach(async () => {
  await rm(corpusDir, { recursive: true, force: true });
});

describe('openLibrary', () => {
  it('rebuilds a saved index whose fingerprint matches but whose weights are NaN, and ranks as before', async () => {
    const sound = await openLibrary(corpusDir, log);
    const file = path.join(corpusDir, INDEX_FILE);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { fieldVectors: [string, (number | string)[]][] };
    for (const [, vector] of saved.fieldVectors) for (let i = 1; i < vector.length; i += 2) vector[i] = 'NaN';
    // JSON has no NaN: written bare, as a careless writer would.
    await writeFile(file, JSON.stringify(saved).replaceAll('"NaN"', 'NaN'));
    logged.length = 0;
    const reopened = await openLibrary(corpusDir, log);
    expect(logged).toContain('saved search index cannot serve this corpus; rebuilding it');
    expect(searchPassages(reopened, 'Camp Ashraf')).toEqual(searchPassages(sound, 'Camp Ashraf'));
  });
});

describe('LibraryHolder.reload', () => {
  it('builds the new corpus in a worker thread while the old one serves, then swaps it in', async () => {
    const holder = new LibraryHolder(await openLibrary(corpusDir, log), corpusDir, log);
    const before = holder.current;
    await writeFile(path.join(corpusDir, 'documents', 'zz-added.txt'), documentFile('zz-added', 'Zanzibarian paragraph.'));
    const reloading = holder.reload();
    expect(holder.current).toBe(before);
    const outcome = await reloading;
    expect(outcome).toMatchObject({ ok: true, previousFingerprint: before.fingerprint });
    expect(holder.current).not.toBe(before);
    expect(searchPassages(holder.current, 'zanzibarian').hits.map((hit) => hit.passage.id)).toEqual(['zz-added:1']);
  });

  it('refuses a document over the size limit, naming it, and keeps serving the old corpus', async () => {
    const holder = new LibraryHolder(await openLibrary(corpusDir, log), corpusDir, log, { maxDocumentBytes: 64 * 1024 });
    const before = holder.current;
    await writeFile(path.join(corpusDir, 'documents', 'zz-huge.txt'), documentFile('zz-huge', 'Words upon words. '.repeat(5000)));
    const outcome = await holder.reload();
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: Error }).error;
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).problems).toEqual([
      {
        file: 'documents/zz-huge.txt',
        line: 0,
        message: expect.stringMatching(/^the document is \d+ KB, over the limit of 64 KB a document may have$/u),
      },
    ]);
    expect(holder.current).toBe(before);
  });
});

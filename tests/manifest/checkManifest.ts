// Checks a corpus folder against the reviewed manifest, shared by the test and by `npm run manifest:update`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { projectRoot } from '../../src/paths.js';
import { describeChanges, diffManifest, type ManifestChange } from './diffManifest.js';
import { manifestRows, parseManifest } from './manifestRows.js';

export const manifestFile = path.join(projectRoot, 'tests', 'manifest', 'passages.tsv');

export async function checkManifest(corpusDir: string, file = manifestFile): Promise<ManifestChange[]> {
  const [corpus, text] = await Promise.all([loadCorpus(corpusDir), readFile(file, 'utf8')]);
  return diffManifest(parseManifest(text), manifestRows(corpus));
}

/** What a contributor reads when the corpus and the manifest disagree. */
export function manifestReport(changes: ManifestChange[], file = manifestFile): string {
  return [
    `The corpus differs from the reviewed manifest ${path.relative(projectRoot, file)}:`,
    ...describeChanges(changes).map((line) => `  ${line}`),
    'If the curation change is intended, run `npm run manifest:update`, check what it prints against the seeds, and commit the manifest with it.',
  ].join('\n');
}

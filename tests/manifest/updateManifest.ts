// `npm run manifest:update`: rewrites the reviewed manifest from corpus/ and prints what changed, to review against the seeds.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir, projectRoot } from '../../src/paths.js';
import { manifestFile } from './checkManifest.js';
import { describeChanges, diffManifest } from './diffManifest.js';
import { formatManifest, manifestRows, parseManifest, type ManifestRow } from './manifestRows.js';

const name = path.relative(projectRoot, manifestFile);
let corpus;
try {
  corpus = await loadCorpus(defaultCorpusDir);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const rows = manifestRows(corpus);
let reviewed: ManifestRow[] = [];
try {
  reviewed = parseManifest(await readFile(manifestFile, 'utf8'));
} catch (error) {
  // A missing or outdated manifest is what this command replaces; every passage is then new to review.
  console.log(`${name}: starting afresh (${error instanceof Error ? error.message : String(error)})`);
}
const changes = describeChanges(diffManifest(reviewed, rows));
await writeFile(manifestFile, formatManifest(rows));
if (changes.length === 0) {
  console.log(`${name}: unchanged (${rows.length} passages).`);
} else {
  console.log(changes.join('\n'));
  console.log(`\nWrote ${name} (${rows.length} passages). Review the changes above against the seeds before committing.`);
}

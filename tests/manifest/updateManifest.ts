// `npm run manifest:update`: rewrites the reviewed manifest from corpus/, records renumbered ids in corpus/aliases.txt,
// and prints what changed, to review against the seeds.
import { defaultCorpusDir } from '../../src/paths.js';
import { manifestFile } from './checkManifest.js';
import { updateManifest } from './manifestUpdate.js';

try {
  console.log((await updateManifest(defaultCorpusDir, manifestFile, new Date().toISOString().slice(0, 10))).join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

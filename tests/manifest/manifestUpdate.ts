// What `npm run manifest:update` does to a corpus folder: rewrites the reviewed manifest from it, records passages it
// finds renumbered in the folder's aliases.txt, and says what changed, to review against the seeds.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ALIASES_FILE, CorpusError, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { projectRoot } from '../../src/paths.js';
import { updateAliases } from './aliasUpdates.js';
import { describeChanges, diffManifest, type ManifestChange } from './diffManifest.js';
import { formatManifest, manifestRows, parseManifest, type ManifestRow } from './manifestRows.js';

/** `date` (YYYY-MM-DD) dates the renumbering in the comments of the lines added. Returns the lines to print. */
export async function updateManifest(corpusDir: string, manifestFile: string, date: string): Promise<string[]> {
  const name = path.relative(projectRoot, manifestFile);
  const out: string[] = [];
  // The alias table is read below as text: before it is updated, its lines may point at ids the edit moved.
  const rows = manifestRows(await loadCorpus(corpusDir, { aliases: false }));
  let reviewed: ManifestRow[] = [];
  try {
    reviewed = parseManifest(await readFile(manifestFile, 'utf8'));
  } catch (error) {
    // A missing or outdated manifest is what this command replaces; every passage is then new to review.
    out.push(`${name}: starting afresh (${error instanceof Error ? error.message : String(error)})`);
  }
  const changes = diffManifest(reviewed, rows);
  await writeFile(manifestFile, formatManifest(rows));
  if (changes.length === 0) return [...out, `${name}: unchanged (${rows.length} passages).`];
  out.push(
    ...describeChanges(changes),
    '',
    `Wrote ${name} (${rows.length} passages). Review the changes above against the seeds before committing.`,
  );
  return [...out, ...(await recordRenumbering(corpusDir, changes, date))];
}

async function recordRenumbering(corpusDir: string, changes: ManifestChange[], date: string): Promise<string[]> {
  const file = path.join(corpusDir, ALIASES_FILE);
  const before = await readFile(file, 'utf8').catch(() => '');
  const { content, report } = updateAliases(before, changes, date);
  if (report.length === 0) return [];
  await writeFile(file, content);
  const checked = await loadCorpus(corpusDir).then(
    () => [],
    (error: unknown) =>
      error instanceof CorpusError
        ? error.problems.filter((p) => p.file === ALIASES_FILE).map((p) => `  ${p.file}:${p.line}: ${p.message}`)
        : [],
  );
  return [
    '',
    `${ALIASES_FILE}, so that the old ids keep leading to their words:`,
    ...report.map((line) => `  ${line}`),
    ...(checked.length > 0 ? ['Still to fix by hand:', ...checked] : []),
  ];
}

// Where the project's own folders are, whatever the working directory, and whether run from src/ or compiled in dist/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this file that holds package.json: the project, not dist/ inside it. */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('verbatim: package.json not found above src/paths');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
export const defaultCorpusDir = path.join(projectRoot, 'corpus');

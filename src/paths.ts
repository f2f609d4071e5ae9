// Where the project's own folders are, whatever the working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultCorpusDir = path.join(projectRoot, 'corpus');
